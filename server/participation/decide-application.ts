import { AtomicGuardError, runAtomic } from "@/db/client";
import { auditInsert } from "../audit/record-audit";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { notify } from "../notifications/notify";
import { nextState } from "../workflow/state-machine";
import { activeMemberIds, findParticipation, guardedParticipationUpdate, takePlace } from "./queries";
import type { DecideParticipationInput } from "./schemas";
import { participationMachine } from "./transitions";

/**
 * The lead's member accepts or declines a pending application. Accepting takes a place in the
 * same atomic write: the capacity-guarded increment of the programme's accepted count (its
 * row lock serialises concurrent acceptances), the guarded application update and the audit
 * entry — all or nothing. No place left: PROGRAMME_FULL and nothing written.
 */
export async function decideApplication(ctx: UseCaseContext, input: DecideParticipationInput) {
  const { db, viewer } = ctx;
  const found = await findParticipation(db, input.participationId);
  if (!found) throw notFound("participation");
  const { participation, programme } = found;
  const event = input.decision;
  assertCan(viewer, participationMachine.transitions[event].permission, { institutionId: programme.leadInstitutionId });
  if (participation.version !== input.version) throw conflict("participation");
  const to = nextState(participationMachine, participation.status, event);
  if (event === "accept") {
    if (programme.status !== "open" && programme.status !== "active") {
      throw new DomainError("INVALID_TRANSITION", { machine: "programme", from: programme.status, event: "accept" });
    }
    if (programme.capacity !== null && programme.acceptedCount >= programme.capacity) throw new DomainError("PROGRAMME_FULL", { capacity: programme.capacity });
  }
  const reason = input.reason?.trim() || null;

  // The place is taken FIRST: that locks the programme row exclusively before the participation
  // update's foreign-key check asks for a shared lock on it (the other order deadlocks two
  // concurrent acceptances, each holding the shared lock and waiting for the exclusive one).
  const steps = [
    ...(event === "accept" ? [takePlace(db, programme.id)] : []),
    guardedParticipationUpdate(db, participation.id, participation, { status: to, decidedByUserId: viewer!.userId, decidedAt: new Date(), reason }),
    {
      statement: auditInsert(db, {
        actorUserId: viewer!.userId,
        onBehalfOfInstitutionId: programme.leadInstitutionId,
        action: `participation.${event}`,
        objectType: "participation",
        objectId: participation.id,
        changes: { status: { before: participation.status, after: to } },
        context: { ...metaContext(ctx.meta), reason, programmeId: programme.id },
      }),
    },
  ];
  try {
    await runAtomic(db, steps);
  } catch (error) {
    if (error instanceof AtomicGuardError) {
      // Accepting, step 0: the last place went to a concurrent acceptance. Otherwise: somebody decided first.
      if (event === "accept" && error.step === 0) throw new DomainError("PROGRAMME_FULL", { capacity: programme.capacity ?? 0 });
      throw conflict("participation");
    }
    throw error;
  }

  await afterResponse(ctx, async () =>
    notify(
      db,
      { userIds: await activeMemberIds(db, [participation.institutionId]) },
      "applicationDecided",
      { institution: found.institutionName, reference: programme.reference, title: programme.title, decision: event === "accept" ? "accepted" : "declined" },
      "/dashboard",
    ),
  );
  return { participationId: participation.id, status: to, version: participation.version + 1 };
}
