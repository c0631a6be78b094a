import { and, eq } from "drizzle-orm";
import { platformRoles, type PlatformRole } from "@/db/schema";
import type { Database } from "@/db/client";
import { DomainError } from "../errors";
import { endedSeatsAudit, endSeatsStep, openSeatsOf, seatsEndedNotices } from "../reviews/end-seats";
import { action } from "../workflow/transition";

export type ChangePlatformRoleInput = { userId: string; role: PlatformRole; grant: boolean };

/**
 * Admin grants or revokes a platform role (reviewer, admin). An admin cannot revoke their own
 * admin role. Revoking the reviewer role ends the person's seats on every panel whose decision
 * is not final, in the same atomic write and audit event, and tells the admins which panels
 * need a replacement. A role is a row, not a state: no machine, the write is guarded on the
 * row being (or not being) there.
 */
export const changePlatformRole = action({
  permission: (input: ChangePlatformRoleInput) => (input.grant ? "user.grantRole" : "user.revokeRole"),
  object: "user",
  load: async (db: Database, input: ChangePlatformRoleInput) => ({ seats: !input.grant && input.role === "reviewer" ? await openSeatsOf(db, input.userId) : [] }),
  rules: ({ input, viewer }) => {
    if (!input.grant && input.role === "admin" && input.userId === viewer.userId) throw new DomainError("FORBIDDEN", { action: "revokeOwnAdmin" });
  },
  change: ({ db, input, viewer, loaded: { seats } }) => {
    const roleStep = input.grant
      ? db.insert(platformRoles).ignore().values({ userId: input.userId, role: input.role, grantedByUserId: viewer.userId })
      : db.delete(platformRoles).where(and(eq(platformRoles.userId, input.userId), eq(platformRoles.role, input.role)));
    const ending = endSeatsStep(db, seats, "endWithRole");
    return [{ statement: roleStep, expectRows: 1 }, ...(ending ? [ending] : [])];
  },
  objectId: ({ input }) => input.userId,
  audit: ({ input, loaded: { seats } }) => {
    const ended = endedSeatsAudit(seats);
    return {
      action: input.grant ? "user.grant_role" : "user.revoke_role",
      onBehalfOfInstitutionId: null,
      changes: { [`role:${input.role}` as const]: { before: !input.grant, after: input.grant }, ...ended.changes },
      context: seats.length ? { endedPanels: ended.programmes } : {},
    };
  },
  notices: ({ loaded: { seats } }) => seatsEndedNotices(seats),
  result: ({ input, loaded: { seats } }) => ({ userId: input.userId, role: input.role, granted: input.grant, endedSeats: seats.length }),
});
