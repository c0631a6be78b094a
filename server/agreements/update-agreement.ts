import { canonicalJson, contentFromStored, CONTENT_FIELDS, type AgreementContent } from "./content";
import type { UseCaseContext } from "../context";
import { invalidFields, notFound } from "../errors";
import { authorizeEdit, commitEdit } from "./edit-agreement";
import { findAgreement, partiesOf, programmeInstitutions, replacePartiesSteps } from "./queries";
import type { FieldChanges } from "@/db/schema/audit";
import type { UpdateAgreementInput } from "./schemas";

/**
 * A party's member saves the agreement's text. Parties must be institutions of the programme
 * (lead, co-leads, accepted participants). Editing an agreement that waits for signatures sends
 * it back to draft and voids the round's signatures (edit-agreement.ts).
 */
export async function updateAgreement(ctx: UseCaseContext, input: UpdateAgreementInput) {
  const { db } = ctx;
  const [found, parties, candidates] = await Promise.all([
    findAgreement(db, input.agreementId),
    partiesOf(db, input.agreementId),
    programmeInstitutions(db, { agreementId: input.agreementId }),
  ]);
  if (!found) throw notFound("agreement");
  const partyIds = parties.map((p) => p.institutionId);
  authorizeEdit(ctx, found, partyIds, input.version);

  const content: AgreementContent = input.content;
  const eligible = new Set(candidates.map((c) => c.id));
  const problems: Record<string, string[]> = {};
  const seen = new Set<string>();
  content.parties.forEach((p, i) => {
    if (!eligible.has(p.institutionId)) problems[`parties.${i}.institutionId`] = ["agreementChecks.partyNotInProgramme"];
    else if (seen.has(p.institutionId)) problems[`parties.${i}.institutionId`] = ["agreementChecks.duplicateParty"];
    seen.add(p.institutionId);
  });
  if (Object.keys(problems).length) throw invalidFields(problems);

  const before = contentFromStored(found.agreement.content);
  const changes: FieldChanges = {};
  if (found.agreement.title !== input.title) changes.title = { before: found.agreement.title, after: input.title };
  for (const field of CONTENT_FIELDS) {
    if (canonicalJson(before[field]) !== canonicalJson(content[field])) changes[field] = { before: before[field] ?? null, after: content[field] ?? null };
  }
  const partiesChanged = "parties" in changes;
  return commitEdit(ctx, found, partyIds, {
    set: { title: input.title, content, effectiveDate: content.effectiveDate, expiryDate: content.expiryDate },
    extraSteps: partiesChanged ? replacePartiesSteps(db, found.agreement.id, content.parties) : [],
    changes,
    action: "agreement.edit",
  });
}
