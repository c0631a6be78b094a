import { conflictOf } from "../conflicts";
import { unavailableDuring } from "./eligibility";
import type { MatchInput } from "./types";

export const VIOLATION_RULES = ["panel_size", "chair_missing", "chair_ineligible", "chair_reviews", "duplicate", "unknown_reviewer", "conflicts", "lead_country", "availability", "capacity", "regions"] as const;
export type ViolationRule = (typeof VIOLATION_RULES)[number];
export type Violation = { proposalId: string; reviewerId: string | null; rule: ViolationRule };

/** New seats per proposal, from any assigner (the solver, the greedy suggestion, an admin's edit). */
export type ProposedPanel = { proposalId: string; reviewerIds: readonly string[]; chairId: string | null };

/**
 * Every hard rule an assignment breaks, checked from the plain input alone (not from the
 * solver's network): panel size (seated + new reviewers = panelSize), a chair when required,
 * chosen among the chair-eligible and not also a reviewer, no reviewer twice, conflicts (declared, "conflict" bids,
 * lead/co-lead membership, same country under that policy), the lead's country when excluded,
 * availability in the window, capacity (current load + new seats), and two regions among the
 * reviewers when the panel has two seats or more. Proposals absent from `panels` are unstaffed
 * and not checked (the solver reports them apart).
 */
export function findViolations(input: MatchInput, panels: readonly ProposedPanel[]): Violation[] {
  const { policy } = input;
  const reviewers = new Map(input.reviewers.map((r) => [r.id, r]));
  const proposals = new Map(input.proposals.map((p) => [p.id, p]));
  const added = new Map<string, number>();
  const found: Violation[] = [];
  for (const panel of panels) {
    const proposal = proposals.get(panel.proposalId);
    if (!proposal) throw new Error(`unknown proposal ${panel.proposalId}`);
    const flag = (rule: ViolationRule, reviewerId: string | null = null) => found.push({ proposalId: proposal.id, reviewerId, rule });
    const everyone = [...(proposal.seated?.reviewerIds ?? []), ...panel.reviewerIds];
    const chair = proposal.seated?.chairId ?? panel.chairId;
    if (everyone.length !== policy.panelSize) flag("panel_size");
    if (policy.chairRequired && chair === null) flag("chair_missing");
    if (chair !== null && everyone.includes(chair)) flag("chair_reviews", chair);
    if (panel.chairId !== null && reviewers.get(panel.chairId)?.chairEligible === false) flag("chair_ineligible", panel.chairId);
    if (new Set(everyone).size !== everyone.length) flag("duplicate");
    for (const id of [...panel.reviewerIds, ...(panel.chairId === null ? [] : [panel.chairId])]) {
      const reviewer = reviewers.get(id);
      if (!reviewer) {
        flag("unknown_reviewer", id);
        continue;
      }
      added.set(id, (added.get(id) ?? 0) + 1);
      const declared = input.declaredConflicts.get(id)?.has(proposal.id) === true || input.bids.get(id)?.get(proposal.id) === "conflict";
      const facts = { userId: id, institutionIds: reviewer.institutionIds, countryCodes: [reviewer.country], declared };
      if (conflictOf(facts, { leadInstitutionId: proposal.leadInstitutionId, coLeadInstitutionIds: proposal.coLeadInstitutionIds, partyCountryCodes: proposal.partyCountries }, policy)) flag("conflicts", id);
      if (policy.excludeLeadCountry && reviewer.country === proposal.leadCountry) flag("lead_country", id);
      if (unavailableDuring(reviewer.unavailable, input.window)) flag("availability", id);
    }
    const regions = new Set(everyone.map((id) => reviewers.get(id)?.region));
    if (policy.minRegions >= 2 && policy.panelSize >= 2 && everyone.length >= 2 && regions.size < 2) flag("regions");
  }
  for (const [id, count] of added) {
    const reviewer = reviewers.get(id)!;
    if (reviewer.currentLoad + count > reviewer.capacity) found.push({ proposalId: panels.find((p) => p.reviewerIds.includes(id) || p.chairId === id)!.proposalId, reviewerId: id, rule: "capacity" });
  }
  return found;
}
