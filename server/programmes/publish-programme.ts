import { transition } from "../workflow/transition";
import { onProgramme, programmeMoved, statusChangedNotices, type ProgrammeInput } from "./programme-step";

/** The lead's owner publishes an approved programme: it opens for applications (approved → open). */
export const publishProgramme = transition({
  ...onProgramme<ProgrammeInput>(),
  event: "publish",
  change: ({ now }) => ({ set: { publishedAt: now } }),
  audit: ({ loaded, from, to }) => ({
    action: "programme.publish",
    onBehalfOfInstitutionId: loaded.programme.leadInstitutionId,
    changes: { status: { before: from, after: to } },
    context: {},
  }),
  notices: ({ loaded, to }) => statusChangedNotices(loaded.programme, to),
  // Public news: every receiver hears of a newly published programme (public facts only).
  webhooks: ({ loaded: { programme } }) => [
    { event: "programme.published", to: "everyone", data: { programmeId: programme.id, reference: programme.reference, title: programme.title, leadInstitutionId: programme.leadInstitutionId } },
  ],
  result: programmeMoved,
});
