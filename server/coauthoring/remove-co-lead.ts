import { programmes } from "@/db/schema";
import { notFound } from "../errors";
import { programmeMoved } from "../programmes/programme-step";
import { programmeSubject } from "../programmes/queries";
import { programmeMachine } from "../programmes/transitions";
import { transition } from "../workflow/transition";
import { coLeadNotices, coLeadsWith, loadCoLeadChange, type CoLeadChange } from "./co-lead-step";
import type { CoLeadInput } from "./schemas";

/** The co-lead named must be one now (else NOT_FOUND: nothing to remove or leave). */
function assertCoLead(loaded: CoLeadChange, input: CoLeadInput) {
  if (!loaded.institution || !loaded.programme.coLeadInstitutionIds.includes(input.institutionId)) throw notFound("institution");
}

const shared = {
  machine: programmeMachine,
  table: programmes,
  object: "programme",
  load: loadCoLeadChange,
  target: (found: CoLeadChange) => found.programme,
  rules: ({ loaded, input }: { loaded: CoLeadChange; input: CoLeadInput }) => assertCoLead(loaded, input),
  change: ({ loaded, input }: { loaded: CoLeadChange; input: CoLeadInput }) => ({ set: { coLeadInstitutionIds: coLeadsWith(loaded.programme, undefined, input.institutionId) } }),
  result: programmeMoved,
} as const;

const listChange = (loaded: CoLeadChange, input: CoLeadInput) => ({
  coLeadInstitutionIds: { before: loaded.programme.coLeadInstitutionIds, after: coLeadsWith(loaded.programme, undefined, input.institutionId) },
});
const named = (loaded: CoLeadChange) => ({ id: loaded.institution!.institution.id, name: loaded.institution!.institution.name });

/** The lead's members take a co-lead off the draft; both sides are told. */
export const removeCoLead = transition({
  ...shared,
  event: "removeCoLead",
  subject: (found) => programmeSubject(found.programme, found.panel),
  audit: ({ loaded, input }) => ({
    action: "programme.removeCoLead",
    onBehalfOfInstitutionId: loaded.programme.leadInstitutionId,
    changes: listChange(loaded, input),
    context: { institutionId: input.institutionId },
  }),
  notices: ({ loaded }) => coLeadNotices(loaded.programme, named(loaded), "removed"),
});

/**
 * A co-lead's members take their own institution off the draft (subject: that institution; a
 * stranger to the programme is told it does not exist first). Both sides are told.
 */
export const leaveCoLead = transition({
  ...shared,
  event: "leaveCoLead",
  visibleTo: { action: "programme.viewPrivate", subject: (found) => programmeSubject(found.programme, found.panel) },
  subject: (_found, input) => ({ institutionId: input.institutionId }),
  audit: ({ loaded, input }) => ({
    action: "programme.leaveCoLead",
    onBehalfOfInstitutionId: input.institutionId,
    changes: listChange(loaded, input),
    context: { institutionId: input.institutionId },
  }),
  notices: ({ loaded }) => coLeadNotices(loaded.programme, named(loaded), "left"),
});
