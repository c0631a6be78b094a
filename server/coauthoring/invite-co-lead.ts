import { invalidFields, notFound } from "../errors";
import { programmeMoved } from "../programmes/programme-step";
import { programmeMachine } from "../programmes/transitions";
import { programmeSubject } from "../programmes/queries";
import { programmes } from "@/db/schema";
import { transition } from "../workflow/transition";
import { coLeadNotices, coLeadsWith, loadCoLeadChange } from "./co-lead-step";

const MAX_CO_LEADS = 10;

/**
 * The lead's members invite a verified institution as co-lead of the draft: it is a co-lead at
 * once (its members may co-author and read the proposal's internals; it may leave). Both sides are told.
 */
export const inviteCoLead = transition({
  machine: programmeMachine,
  table: programmes,
  object: "programme",
  event: "inviteCoLead",
  load: loadCoLeadChange,
  target: (found) => found.programme,
  subject: (found) => programmeSubject(found.programme, found.panel),
  rules: ({ loaded, input }) => {
    const { programme, institution } = loaded;
    if (!institution) throw notFound("institution");
    const problem =
      institution.institution.status !== "verified"
        ? "validation.coLeadNotVerified"
        : input.institutionId === programme.leadInstitutionId || programme.coLeadInstitutionIds.includes(input.institutionId)
          ? "validation.coLeadAlready"
          : programme.coLeadInstitutionIds.length >= MAX_CO_LEADS
            ? "validation.coLeads"
            : null;
    if (problem) throw invalidFields({ institutionId: [problem] });
  },
  change: ({ loaded, input }) => ({ set: { coLeadInstitutionIds: coLeadsWith(loaded.programme, input.institutionId) } }),
  audit: ({ loaded, input }) => ({
    action: "programme.inviteCoLead",
    onBehalfOfInstitutionId: loaded.programme.leadInstitutionId,
    changes: { coLeadInstitutionIds: { before: loaded.programme.coLeadInstitutionIds, after: coLeadsWith(loaded.programme, input.institutionId) } },
    context: { institutionId: input.institutionId },
  }),
  notices: ({ loaded }) => coLeadNotices(loaded.programme, { id: loaded.institution!.institution.id, name: loaded.institution!.institution.name }, "invited"),
  result: programmeMoved,
});

