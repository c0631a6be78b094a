// Ending a person's panel seats when they lose the reviewer role or their account is
// suspended: which seats (those on panels whose decision is not final), the atomic step that
// ends them with the role change, and the notice to the admins that a panel needs a replacement.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { AtomicStep, Executor } from "@/db/client";
import { programmes, reviewAssignments } from "@/db/schema";
import type { Change } from "../audit/changes";
import type { Notice } from "../notifications/notices";
import { nextState } from "../workflow/state-machine";
import { assignmentMachine, UNDECIDED_PROGRAMME_STATUSES } from "./transitions";

export type OpenSeat = { assignmentId: string; programmeId: string; reference: string; title: string; role: "reviewer" | "chair" };

/** The person's active seats on panels whose decision is not final. */
export async function openSeatsOf(db: Executor, userId: string): Promise<OpenSeat[]> {
  return db
    .select({ assignmentId: reviewAssignments.id, programmeId: programmes.id, reference: programmes.reference, title: programmes.title, role: reviewAssignments.role })
    .from(reviewAssignments)
    .innerJoin(programmes, eq(programmes.id, reviewAssignments.programmeId))
    .where(and(eq(reviewAssignments.reviewerUserId, userId), eq(reviewAssignments.status, "active"), inArray(programmes.status, [...UNDECIDED_PROGRAMME_STATUSES])));
}

/**
 * The step that ends exactly these seats, guarded: each must still be active (a seat recused
 * in the meantime makes the whole write a CONFLICT). Undefined when there is none.
 */
export function endSeatsStep(db: Executor, seats: readonly OpenSeat[], event: "endWithRole" | "endWithSuspension"): AtomicStep | undefined {
  if (seats.length === 0) return undefined;
  const to = nextState(assignmentMachine, "active", event);
  return {
    statement: db
      .update(reviewAssignments)
      .set({ status: to, version: sql`${reviewAssignments.version} + 1` })
      .where(and(inArray(reviewAssignments.id, seats.map((s) => s.assignmentId)), eq(reviewAssignments.status, "active"))),
    expectRows: seats.length,
  };
}

/** The audit entry's record of the ended seats: one change per seat, and the programmes concerned. */
export function endedSeatsAudit(seats: readonly OpenSeat[]) {
  return {
    changes: Object.fromEntries(seats.map((s) => [`assignment:${s.assignmentId}`, { before: "active", after: "ended" }])) as Record<`assignment:${string}`, Change<string>>,
    programmes: seats.map((s) => s.reference),
  };
}

/** Every admin hears, per panel, that it lost a member and needs a replacement (notices of the same write). */
export function seatsEndedNotices(seats: readonly OpenSeat[]): Notice[] {
  return seats.map((seat) => ({
    to: { role: "admin" },
    kind: "reviewerSeatEnded",
    params: { reference: seat.reference, title: seat.title, role: seat.role },
    path: `/review-desk/${seat.programmeId}`,
  }));
}
