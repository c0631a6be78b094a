import { and, eq } from "drizzle-orm";
import { platformRoles, type PlatformRole } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { endedSeatsAudit, endSeatsStep, notifySeatsEnded, openSeatsOf } from "../reviews/end-seats";
import { commitAtomic } from "../workflow/commit-transition";

/**
 * Admin grants or revokes a platform role (reviewer, admin). An admin cannot revoke their own
 * admin role. Revoking the reviewer role ends the person's seats on every panel whose decision
 * is not final, in the same atomic write and audit entry, and tells the admins which panels
 * need a replacement.
 */
export async function changePlatformRole(ctx: UseCaseContext, input: { userId: string; role: PlatformRole; grant: boolean }) {
  const { db, viewer } = ctx;
  assertCan(viewer, input.grant ? "user.grantRole" : "user.revokeRole");
  if (!input.grant && input.role === "admin" && input.userId === viewer.userId) throw new DomainError("FORBIDDEN", { action: "revokeOwnAdmin" });
  const seats = !input.grant && input.role === "reviewer" ? await openSeatsOf(db, input.userId) : [];
  const roleStep = input.grant
    ? db.insert(platformRoles).ignore().values({ userId: input.userId, role: input.role, grantedByUserId: viewer.userId })
    : db.delete(platformRoles).where(and(eq(platformRoles.userId, input.userId), eq(platformRoles.role, input.role)));
  const seatStep = endSeatsStep(db, seats, "endWithRole");
  const ended = endedSeatsAudit(seats);
  await commitAtomic(db, [{ statement: roleStep, expectRows: 1 }, ...(seatStep ? [seatStep] : [])], {
    actorUserId: viewer.userId,
    action: input.grant ? "user.grant_role" : "user.revoke_role",
    objectType: "user",
    objectId: input.userId,
    changes: { [`role:${input.role}`]: { before: !input.grant, after: input.grant }, ...ended.changes },
    context: { ...metaContext(ctx.meta), ...(seats.length ? { endedPanels: ended.programmes } : {}) },
  });
  if (seats.length) await afterResponse(ctx, () => notifySeatsEnded(db, seats));
  return { userId: input.userId, role: input.role, granted: input.grant, endedSeats: seats.length };
}
