import { transition } from "../workflow/transition";
import { onProgramme, programmeMoved, statusChangedNotices } from "./programme-step";
import type { CancelProgrammeInput } from "./schemas";

/** The lead's owner or an admin cancels an open or active programme, giving a reason (shown publicly). */
export const cancelProgramme = transition({
  ...onProgramme<CancelProgrammeInput>(),
  event: "cancel",
  change: ({ input, now }) => ({ set: { closedAt: now, cancellationReason: input.reason.trim() } }),
  audit: ({ loaded, input, from, to }) => ({
    action: "programme.cancel",
    onBehalfOfInstitutionId: loaded.programme.leadInstitutionId,
    changes: { status: { before: from, after: to } },
    context: { reason: input.reason.trim() },
  }),
  notices: ({ loaded, to }) => statusChangedNotices(loaded.programme, to),
  result: programmeMoved,
});
