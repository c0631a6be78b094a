// Who "the parties" of a proposal are: its lead institution and its co-lead institutions (the
// programme records its co-leads). A clause thread adds the agreement's parties.

export type Leads = { leadInstitutionId: string; coLeadInstitutionIds: readonly string[] };

/** The lead and co-lead institutions of a programme, lead first, without repeats. */
export function proposalParties(p: Leads): string[] {
  return [...new Set([p.leadInstitutionId, ...p.coLeadInstitutionIds])];
}
