import { canonicalJson } from "./content";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { authorizeEdit, commitEdit } from "./edit-agreement";
import { findAgreement, partiesOf } from "./queries";
import type { RecordImpactAssessmentInput } from "./schemas";

/**
 * A party records the data-protection impact assessment (required before sending when any data
 * category is sensitive). It is part of what is signed, so it is an edit like any other.
 */
export async function recordImpactAssessment(ctx: UseCaseContext, input: RecordImpactAssessmentInput) {
  const { db } = ctx;
  const [found, parties] = await Promise.all([findAgreement(db, input.agreementId), partiesOf(db, input.agreementId)]);
  if (!found) throw notFound("agreement");
  const partyIds = parties.map((p) => p.institutionId);
  authorizeEdit(ctx, found, partyIds, input.version);
  const before = found.agreement.impactAssessment ?? null;
  const changed = canonicalJson(before) !== canonicalJson(input.assessment);
  return commitEdit(ctx, found, partyIds, {
    set: { impactAssessment: input.assessment },
    changes: changed ? { impactAssessment: { before, after: input.assessment } } : {},
    action: "agreement.recordImpactAssessment",
  });
}
