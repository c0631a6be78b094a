import { DomainError } from "../errors";
import { transition } from "../workflow/transition";
import { onParticipation, participationMoved, reasonOf, requireRunning } from "./participation-step";
import { takePlace } from "./queries";
import type { DecideParticipationInput } from "./schemas";

const full = (capacity: number | null) => new DomainError("PROGRAMME_FULL", { capacity: capacity ?? 0 });

/**
 * The lead's member accepts or declines a pending application. Accepting takes a place in the
 * same atomic write — the capacity-guarded increment of the programme's accepted count, whose
 * row lock serialises concurrent acceptances — so no place left means PROGRAMME_FULL and
 * nothing written. The place is taken FIRST: that locks the programme row exclusively before
 * the participation update's foreign-key check asks for a shared lock on it (the other order
 * deadlocks two concurrent acceptances).
 */
export const decideApplication = transition({
  ...onParticipation<DecideParticipationInput>(),
  event: (input) => input.decision,
  subject: ({ programme }) => ({ institutionId: programme.leadInstitutionId }),
  rules: ({ event, loaded: { programme } }) => {
    if (event !== "accept") return;
    requireRunning(programme, event);
    if (programme.capacity !== null && programme.acceptedCount >= programme.capacity) throw full(programme.capacity);
  },
  change: ({ db, event, input, viewer, now, loaded: { programme } }) => ({
    set: { decidedByUserId: viewer.userId, decidedAt: now, reason: reasonOf(input) },
    before: event === "accept" ? [{ ...takePlace(db, programme.id), refusal: () => full(programme.capacity) }] : [],
  }),
  audit: ({ event, input, from, to, loaded: { programme } }) => ({
    action: event === "accept" ? "participation.accept" : "participation.decline",
    onBehalfOfInstitutionId: programme.leadInstitutionId,
    changes: { status: { before: from, after: to } },
    context: { reason: reasonOf(input), programmeId: programme.id },
  }),
  notices: ({ event, loaded: { participation, programme, institutionName } }) => [
    {
      to: { membersOf: [participation.institutionId] },
      kind: "applicationDecided",
      params: { institution: institutionName, reference: programme.reference, title: programme.title, decision: event === "accept" ? "accepted" : "declined" },
      path: "/dashboard",
    },
  ],
  // The applicant institution's receivers hear the decision.
  webhooks: ({ event, target, loaded: { participation, programme } }) => [
    {
      event: "application.decided",
      to: { institutions: [participation.institutionId] },
      data: { participationId: target.id, programmeId: programme.id, reference: programme.reference, institutionId: participation.institutionId, decision: event === "accept" ? "accepted" : "declined" },
    },
  ],
  result: participationMoved,
});
