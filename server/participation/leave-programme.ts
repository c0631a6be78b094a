import { transition } from "../workflow/transition";
import { onParticipation, participationMoved, reasonOf, requireRunning } from "./participation-step";
import { freePlace } from "./queries";
import type { LeaveParticipationInput } from "./schemas";

/**
 * A member of a participating institution leaves a programme that still runs (open or active):
 * the participation becomes `left` and its place is freed (the programme row first, as when
 * a place is taken: see decide-application.ts).
 */
export const leaveProgramme = transition({
  ...onParticipation<LeaveParticipationInput>(),
  event: "leave",
  subject: ({ participation }) => ({ institutionId: participation.institutionId }),
  rules: ({ event, loaded: { programme } }) => requireRunning(programme, event),
  change: ({ db, input, loaded: { programme } }) => ({ set: { reason: reasonOf(input) }, before: [freePlace(db, programme.id)] }),
  audit: ({ input, from, to, loaded: { participation, programme } }) => ({
    action: "participation.leave",
    onBehalfOfInstitutionId: participation.institutionId,
    changes: { status: { before: from, after: to } },
    context: { reason: reasonOf(input), programmeId: programme.id },
  }),
  result: participationMoved,
});
