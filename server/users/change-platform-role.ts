import { and, eq } from "drizzle-orm";
import { platformRoles, type PlatformRole } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { endedSeatsAudit, endSeatsStep, openSeatsOf, seatsEndedNotices } from "../reviews/end-seats";
import { commit } from "../workflow/commit";

export type ChangePlatformRoleInput = { userId: string; role: PlatformRole; grant: boolean };

/**
 * Admin grants or revokes a platform role (reviewer, admin). An admin cannot revoke their own
 * admin role. Revoking the reviewer role ends the person's seats on every panel whose decision
 * is not final, in the same atomic write and audit event, and tells the admins which panels
 * need a replacement. A role is a row, not a state: no machine, the write is guarded on the
 * row being (or not being) there.
 */
export async function changePlatformRole(ctx: UseCaseContext, input: ChangePlatformRoleInput) {
  const { db, viewer } = ctx;
  assertCan(viewer, input.grant ? "user.grantRole" : "user.revokeRole");
  if (!input.grant && input.role === "admin" && input.userId === viewer.userId) throw new DomainError("FORBIDDEN", { action: "revokeOwnAdmin" });
  const seats = !input.grant && input.role === "reviewer" ? await openSeatsOf(db, input.userId) : [];
  const roleStep = input.grant
    ? db.insert(platformRoles).ignore().values({ userId: input.userId, role: input.role, grantedByUserId: viewer.userId })
    : db.delete(platformRoles).where(and(eq(platformRoles.userId, input.userId), eq(platformRoles.role, input.role)));
  const ending = endSeatsStep(db, seats, "endWithRole");
  const ended = endedSeatsAudit(seats);
  await commit(db, {
    changes: [{ statement: roleStep, expectRows: 1 }, ...(ending ? [ending] : [])],
    event: {
      action: input.grant ? "user.grant_role" : "user.revoke_role",
      objectType: "user",
      objectId: input.userId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { [`role:${input.role}` as const]: { before: !input.grant, after: input.grant }, ...ended.changes },
      context: seats.length ? { endedPanels: ended.programmes } : {},
    },
    notices: seatsEndedNotices(seats),
    request: requestFacts(ctx.meta),
  });
  return { userId: input.userId, role: input.role, granted: input.grant, endedSeats: seats.length };
}
