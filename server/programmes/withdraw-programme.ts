import { transition } from "../workflow/transition";
import { onProgramme, programmeMoved, type ProgrammeInput } from "./programme-step";

/** The proposer withdraws a proposal that has not been decided yet. */
export const withdrawProgramme = transition({
  ...onProgramme<ProgrammeInput>(),
  event: "withdraw",
  audit: ({ loaded, from, to }) => ({
    action: "programme.withdraw",
    onBehalfOfInstitutionId: loaded.programme.leadInstitutionId,
    changes: { status: { before: from, after: to } },
    context: {},
  }),
  result: programmeMoved,
});
