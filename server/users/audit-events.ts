import type { PlatformRole } from "@/db/schema/users";
import type { Change } from "../audit/changes";

/** Platform roles granted and revoked by admins. */
export type UserAuditEvents = {
  "user.grant_role": { objectType: "user"; changes: Partial<Record<`role:${PlatformRole}`, Change<boolean>>>; context: object };
  "user.revoke_role": { objectType: "user"; changes: Partial<Record<`role:${PlatformRole}`, Change<boolean>>>; context: object };
};
