import { AtomicGuardError, runAtomic } from "@/db/client";
import { auditInsert } from "../audit/record-audit";
import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { nextState } from "../workflow/state-machine";
import { findParticipation, freePlace, guardedParticipationUpdate } from "./queries";
import type { LeaveParticipationInput } from "./schemas";
import { participationMachine } from "./transitions";

/**
 * A member of a participating institution leaves a programme that still runs (open or active):
 * the participation becomes `left` and its place is freed, in one atomic write with the audit entry.
 */
export async function leaveProgramme(ctx: UseCaseContext, input: LeaveParticipationInput) {
  const { db, viewer } = ctx;
  const found = await findParticipation(db, input.participationId);
  if (!found) throw notFound("participation");
  const { participation, programme } = found;
  assertCan(viewer, participationMachine.transitions.leave.permission, { institutionId: participation.institutionId });
  if (participation.version !== input.version) throw conflict("participation");
  const to = nextState(participationMachine, participation.status, "leave");
  if (programme.status !== "open" && programme.status !== "active") {
    throw new DomainError("INVALID_TRANSITION", { machine: "programme", from: programme.status, event: "leave" });
  }
  const reason = input.reason?.trim() || null;
  try {
    // The programme row first (exclusive lock), then the participation: see decide-application.ts.
    await runAtomic(db, [
      freePlace(db, programme.id),
      guardedParticipationUpdate(db, participation.id, participation, { status: to, reason }),
      {
        statement: auditInsert(db, {
          actorUserId: viewer!.userId,
          onBehalfOfInstitutionId: participation.institutionId,
          action: "participation.leave",
          objectType: "participation",
          objectId: participation.id,
          changes: { status: { before: participation.status, after: to } },
          context: { ...metaContext(ctx.meta), reason, programmeId: programme.id },
        }),
      },
    ]);
  } catch (error) {
    if (error instanceof AtomicGuardError) throw conflict("participation");
    throw error;
  }
  return { participationId: participation.id, status: to, version: participation.version + 1 };
}
