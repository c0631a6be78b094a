/** Why a reviewer may not sit on a programme's panel, or null. Pure: every fact is passed in. */
export type ConflictReason = "lead_member" | "co_lead_member" | "same_country" | "declared";

export type ReviewerFacts = {
  userId: string;
  institutionIds: readonly string[];
  countryCodes: readonly string[];
  /** Recused from this programme before. */
  declared: boolean;
};

export type ProgrammeFacts = {
  leadInstitutionId: string;
  coLeadInstitutionIds: readonly string[];
  partyCountryCodes: readonly string[];
};

export type ConflictPolicy = { sameCountry: boolean };

export function conflictOf(reviewer: ReviewerFacts, programme: ProgrammeFacts, policy: ConflictPolicy): ConflictReason | null {
  if (reviewer.declared) return "declared";
  if (reviewer.institutionIds.includes(programme.leadInstitutionId)) return "lead_member";
  if (programme.coLeadInstitutionIds.some((id) => reviewer.institutionIds.includes(id))) return "co_lead_member";
  if (policy.sameCountry && programme.partyCountryCodes.some((c) => reviewer.countryCodes.includes(c))) return "same_country";
  return null;
}
