import { transition } from "../workflow/transition";
import { onProgramme, programmeMoved } from "./programme-step";
import type { SetFlagshipInput } from "./schemas";
import { programmeMachine } from "./transitions";

/** Statuses in which an admin may mark (or unmark) a programme as flagship: approved and after, unless cancelled. */
export const FLAGSHIP_STATUSES = programmeMachine.transitions.setFlagship.from;

/**
 * An admin designates a programme as flagship, or withdraws the designation. Not a status
 * change, but audited and guarded by the version like one; setting the value it already has
 * writes nothing.
 */
export const setFlagshipProgramme = transition({
  ...onProgramme<SetFlagshipInput>(),
  event: "setFlagship",
  unchanged: ({ loaded, input }) => loaded.programme.isFlagship === input.flagship,
  change: ({ input }) => ({ set: { isFlagship: input.flagship } }),
  audit: ({ loaded, input }) => ({
    action: "programme.setFlagship",
    onBehalfOfInstitutionId: null,
    changes: { isFlagship: { before: loaded.programme.isFlagship, after: input.flagship } },
    context: {},
  }),
  result: programmeMoved,
});
