import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { DomainError } from "../errors";
import { endedSeatsAudit, endSeatsStep, openSeatsOf, seatsEndedNotices } from "../reviews/end-seats";
import { transition } from "../workflow/transition";
import { userMachine, type UserEvent } from "./transitions";

export type ChangeUserStatusInput = { userId: string; event: UserEvent; version: number; reason?: string };

/** The account, and (when suspending) the person's open panel seats, in one wave. */
async function load(db: Database, input: ChangeUserStatusInput) {
  const [[user], seats] = await Promise.all([
    db.select({ id: users.id, status: users.status, version: users.version, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, input.userId)).limit(1),
    input.event === "suspend" ? openSeatsOf(db, input.userId) : Promise.resolve([]),
  ]);
  return user && { user, seats };
}

const reasonOf = (input: ChangeUserStatusInput) => input.reason?.trim() || null;

/**
 * Admin suspends or reinstates an account. Suspending (with a reason) ends every session of
 * the person at once (session version + 1; sign-in is refused while suspended) and their
 * seats on every panel whose decision is not final — one atomic write, one audit event — and
 * tells the admins which panels need a replacement. An admin cannot suspend themselves.
 */
export const changeUserStatus = transition({
  machine: userMachine,
  table: users,
  object: "user",
  load,
  target: ({ user }) => user,
  event: (input) => input.event,
  subject: ({ user }) => ({ userId: user.id }),
  rules: ({ event, viewer, target }) => {
    if (event === "suspend" && target.id === viewer.userId) throw new DomainError("FORBIDDEN", { action: "suspendSelf" });
  },
  change: ({ db, event, input, now, loaded: { seats } }) => {
    const ending = endSeatsStep(db, seats, "endWithSuspension");
    return {
      set: { statusReason: reasonOf(input), statusChangedAt: now, ...(event === "suspend" ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) },
      after: ending ? [ending] : [],
    };
  },
  audit: ({ event, input, from, to, loaded: { user, seats } }) => ({
    action: event === "suspend" ? "user.suspend" : "user.reinstate",
    onBehalfOfInstitutionId: null,
    changes: {
      status: { before: from, after: to },
      ...(event === "suspend" ? { sessionVersion: { before: user.sessionVersion, after: user.sessionVersion + 1 } } : {}),
      ...endedSeatsAudit(seats).changes,
    },
    context: { reason: reasonOf(input), ...(seats.length ? { endedPanels: endedSeatsAudit(seats).programmes } : {}) },
  }),
  notices: ({ loaded: { seats } }) => seatsEndedNotices(seats),
  result: ({ target, to, loaded: { seats } }) => ({ userId: target.id, status: to, version: target.version + 1, endedSeats: seats.length }),
});
