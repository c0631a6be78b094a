import type { PlatformRole, UserStatus } from "@/db/schema/users";
import type { Change, StatusChange } from "../audit/changes";

/** Seats ended with the change, one change per seat (`assignment:<id>`). */
type EndedSeats = Partial<Record<`assignment:${string}`, Change<string>>>;
type RoleChange = { objectType: "user"; changes: Partial<Record<`role:${PlatformRole}`, Change<boolean>>> & EndedSeats; context: { endedPanels?: string[] } };
type StandingChange = {
  objectType: "user";
  changes: StatusChange<UserStatus> & { sessionVersion?: Change<number> } & EndedSeats;
  context: { reason: string | null; endedPanels?: string[] };
};

/** Platform roles granted and revoked, accounts suspended and reinstated, by admins. */
export type UserAuditEvents = {
  "user.grant_role": RoleChange;
  "user.revoke_role": RoleChange;
  "user.suspend": StandingChange;
  "user.reinstate": StandingChange;
};
