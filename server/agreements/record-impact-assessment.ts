import type { Database } from "@/db/client";
import { transition } from "../workflow/transition";
import { agreementMoved, editChange, editedChanges, loadAgreement, onAgreement, recordedFor } from "./agreement-step";
import { canonicalJson } from "./content";
import type { RecordImpactAssessmentInput } from "./schemas";

async function load(db: Database, input: RecordImpactAssessmentInput) {
  const found = await loadAgreement(db, input.agreementId);
  return found && { ...found, edit: editChange(db, found, { impactAssessment: input.assessment }) };
}

/**
 * A party records the data-protection impact assessment (required before sending when any data
 * category is sensitive). It is part of what is signed, so it is an edit like any other.
 */
export const recordImpactAssessment = transition({
  ...onAgreement<RecordImpactAssessmentInput>(),
  event: "edit",
  load,
  change: ({ loaded }) => loaded.edit.change,
  audit: ({ viewer, input, loaded, from, to }) => {
    const before = loaded.agreement.impactAssessment ?? null;
    const changed = canonicalJson(before) !== canonicalJson(input.assessment);
    return {
      action: "agreement.recordImpactAssessment",
      onBehalfOfInstitutionId: recordedFor(viewer, loaded),
      changes: editedChanges(changed ? { impactAssessment: { before, after: input.assessment } } : {}, from, to, loaded.edit),
      context: loaded.edit.voidedContext,
    };
  },
  notices: ({ loaded }) => loaded.edit.notices,
  result: (facts) => ({ ...agreementMoved(facts), signaturesVoided: facts.loaded.edit.voiding ? facts.loaded.agreement.signaturesGiven : 0 }),
});
