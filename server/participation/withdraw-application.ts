import { transition } from "../workflow/transition";
import { onParticipation, participationMoved } from "./participation-step";
import type { WithdrawParticipationInput } from "./schemas";

/** A member of the applicant institution withdraws its pending application. */
export const withdrawApplication = transition({
  ...onParticipation<WithdrawParticipationInput>(),
  event: "withdraw",
  subject: ({ participation }) => ({ institutionId: participation.institutionId }),
  audit: ({ from, to, loaded: { participation, programme } }) => ({
    action: "participation.withdraw",
    onBehalfOfInstitutionId: participation.institutionId,
    changes: { status: { before: from, after: to } },
    context: { reason: null, programmeId: programme.id },
  }),
  result: participationMoved,
});
