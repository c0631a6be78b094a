import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { conflict, DomainError, invalidFields, notFound } from "../errors";
import { endedSeatsAudit, endSeatsStep, notifySeatsEnded, openSeatsOf } from "../reviews/end-seats";
import { commitAtomic } from "../workflow/commit-transition";
import { guardedUpdate } from "../workflow/guarded-update";
import { nextState } from "../workflow/state-machine";
import { userMachine, type UserEvent } from "./transitions";

export type ChangeUserStatusInput = { userId: string; event: UserEvent; version: number; reason?: string };

/**
 * Admin suspends or reinstates an account. Suspending (with a reason) ends every session of
 * the person at once (session version + 1; sign-in is refused while suspended) and their
 * seats on every panel whose decision is not final — one atomic write, one audit entry — and
 * tells the admins which panels need a replacement. An admin cannot suspend themselves.
 */
export async function changeUserStatus(ctx: UseCaseContext, input: ChangeUserStatusInput) {
  const { db, viewer } = ctx;
  const rule = userMachine.transitions[input.event];
  assertCan(viewer, rule.permission, { userId: input.userId });
  if (input.event === "suspend" && input.userId === viewer.userId) throw new DomainError("FORBIDDEN", { action: "suspendSelf" });
  const suspending = input.event === "suspend";
  const [[user], seats] = await Promise.all([
    db.select({ id: users.id, status: users.status, version: users.version, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, input.userId)).limit(1),
    suspending ? openSeatsOf(db, input.userId) : Promise.resolve([]),
  ]);
  if (!user) throw notFound("user");
  if (user.version !== input.version) throw conflict("user");
  const to = nextState(userMachine, user.status, input.event);
  const reason = input.reason?.trim() ?? "";
  if (rule.needsReason && !reason) throw invalidFields({ reason: ["validation.reasonRequired"] });

  const seatStep = endSeatsStep(db, seats, "endWithSuspension");
  const ended = endedSeatsAudit(seats);
  await commitAtomic(
    db,
    [
      guardedUpdate(db, users, user.id, user, {
        status: to,
        statusReason: reason || null,
        statusChangedAt: new Date(),
        ...(suspending ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
      }),
      ...(seatStep ? [seatStep] : []),
    ],
    {
      actorUserId: viewer.userId,
      action: `user.${input.event}`,
      objectType: "user",
      objectId: user.id,
      changes: {
        status: { before: user.status, after: to },
        ...(suspending ? { sessionVersion: { before: user.sessionVersion, after: user.sessionVersion + 1 } } : {}),
        ...ended.changes,
      },
      context: { ...metaContext(ctx.meta), reason: reason || null, ...(seats.length ? { endedPanels: ended.programmes } : {}) },
    },
  );
  if (seats.length) await afterResponse(ctx, () => notifySeatsEnded(db, seats));
  return { userId: user.id, status: to, version: user.version + 1, endedSeats: seats.length };
}
