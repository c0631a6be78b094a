import { hasAgreementInForce } from "../agreements/in-force";
import type { Database } from "@/db/client";
import { DomainError } from "../errors";
import { transition } from "../workflow/transition";
import { assertStarted, onProgramme, programmeMoved, statusChangedNotices, type ProgrammeInput } from "./programme-step";

const programme = onProgramme<ProgrammeInput>();

/**
 * The lead's owner starts an open programme (open → active). A programme that involves data
 * sharing needs a data-sharing agreement in force today, read in the same wave as the programme.
 * Not before the programme's start date (NOT_STARTED_YET).
 */
export const startProgramme = transition({
  ...programme,
  event: "start",
  load: async (db: Database, input: ProgrammeInput) => {
    const [found, agreementInForce] = await Promise.all([programme.load(db, input), hasAgreementInForce(db, input.programmeId)]);
    return found && { ...found, agreementInForce };
  },
  rules: ({ loaded, now }) => {
    assertStarted(loaded.programme, now);
    if (loaded.programme.involvesDataSharing && !loaded.agreementInForce) throw new DomainError("AGREEMENT_NOT_IN_FORCE", { programmeId: loaded.programme.id });
  },
  change: ({ now }) => ({ set: { startedAt: now } }),
  audit: ({ loaded, from, to }) => ({
    action: "programme.start",
    onBehalfOfInstitutionId: loaded.programme.leadInstitutionId,
    changes: { status: { before: from, after: to } },
    context: { agreementInForce: loaded.agreementInForce },
  }),
  notices: ({ loaded, to }) => statusChangedNotices(loaded.programme, to),
  result: programmeMoved,
});
