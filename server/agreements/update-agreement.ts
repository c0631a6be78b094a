import type { Database } from "@/db/client";
import type { EditedFields } from "../audit/events";
import { invalidFields } from "../errors";
import { transition } from "../workflow/transition";
import { agreementMoved, editChange, editedChanges, loadAgreement, onAgreement, recordedFor } from "./agreement-step";
import { canonicalJson, contentFromStored, CONTENT_FIELDS } from "./content";
import { programmeInstitutions, replacePartiesSteps } from "./queries";
import type { UpdateAgreementInput } from "./schemas";

async function load(db: Database, input: UpdateAgreementInput) {
  const [found, candidates] = await Promise.all([loadAgreement(db, input.agreementId), programmeInstitutions(db, { agreementId: input.agreementId })]);
  if (!found) return undefined;
  const before = contentFromStored(found.agreement.content);
  const changes: EditedFields = {};
  if (found.agreement.title !== input.title) changes.title = { before: found.agreement.title, after: input.title };
  for (const field of CONTENT_FIELDS) {
    if (canonicalJson(before[field]) !== canonicalJson(input.content[field])) changes[field] = { before: before[field] ?? null, after: input.content[field] ?? null };
  }
  const { content } = input;
  const edit = editChange(
    db,
    found,
    { title: input.title, content, effectiveDate: content.effectiveDate, expiryDate: content.expiryDate },
    "parties" in changes ? replacePartiesSteps(db, found.agreement.id, content.parties) : [],
  );
  return { ...found, candidates, changes, edit };
}

/**
 * A party's member saves the agreement's text. Parties must be institutions of the programme
 * (lead, co-leads, accepted participants), each once. Editing an agreement that waits for
 * signatures sends it back to draft and voids the round's signatures (agreement-step.ts).
 */
export const updateAgreement = transition({
  ...onAgreement<UpdateAgreementInput>(),
  event: "edit",
  load,
  rules: ({ input, loaded }) => {
    const eligible = new Set(loaded.candidates.map((c) => c.id));
    const problems: Record<string, string[]> = {};
    const seen = new Set<string>();
    input.content.parties.forEach((p, i) => {
      if (!eligible.has(p.institutionId)) problems[`parties.${i}.institutionId`] = ["agreementChecks.partyNotInProgramme"];
      else if (seen.has(p.institutionId)) problems[`parties.${i}.institutionId`] = ["agreementChecks.duplicateParty"];
      seen.add(p.institutionId);
    });
    if (Object.keys(problems).length) throw invalidFields(problems);
  },
  change: ({ loaded }) => loaded.edit.change,
  audit: ({ viewer, loaded, from, to }) => ({
    action: "agreement.edit",
    onBehalfOfInstitutionId: recordedFor(viewer, loaded),
    changes: editedChanges(loaded.changes, from, to, loaded.edit),
    context: loaded.edit.voidedContext,
  }),
  notices: ({ loaded }) => loaded.edit.notices,
  result: (facts) => ({ ...agreementMoved(facts), signaturesVoided: facts.loaded.edit.voiding ? facts.loaded.agreement.signaturesGiven : 0 }),
});
