import { conflictOf, type ProgrammeFacts, type ReviewerFacts } from "../conflicts";
import type { Constraint, MatchInput, MatchProposal, MatchReviewer, Period } from "./types";

/** Pair-level rules, each a hard constraint: the first one that keeps the reviewer off the panel, or null. */
export type Exclusion = Extract<Constraint, "conflicts" | "lead_country" | "availability">;

/** The facts `conflictOf` reads, built once per reviewer and per proposal (declared conflicts are checked apart). */
export const reviewerFacts = (r: MatchReviewer): ReviewerFacts => ({ userId: r.id, institutionIds: r.institutionIds, countryCodes: [r.country], declared: false });
export const programmeFacts = (p: MatchProposal): ProgrammeFacts => ({ leadInstitutionId: p.leadInstitutionId, coLeadInstitutionIds: p.coLeadInstitutionIds, partyCountryCodes: p.partyCountries });

/** Unavailable on any day of the window (ISO dates compare as strings). */
export function unavailableDuring(periods: readonly Period[], window: Period | null): boolean {
  return window !== null && periods.some((p) => p.from <= window.to && p.to >= window.from);
}

/**
 * Why a reviewer may not take any seat (reviewer or chair) on a proposal's panel:
 * - `conflicts`: a declared conflict, a "conflict" bid, membership of the lead or a co-lead
 *   institution, or (under the same-country policy) the country of the lead or a co-lead —
 *   the same rules as `conflictOf`, which the assignment use case applies;
 * - `lead_country`: the admin asked for no reviewer from the lead's country;
 * - `availability`: unavailable during the review window.
 */
export function exclusionOf(
  reviewer: MatchReviewer,
  proposal: MatchProposal,
  input: Pick<MatchInput, "bids" | "declaredConflicts" | "window" | "policy">,
  facts: { reviewer: ReviewerFacts; proposal: ProgrammeFacts } = { reviewer: reviewerFacts(reviewer), proposal: programmeFacts(proposal) },
): Exclusion | null {
  const declared = input.declaredConflicts.get(reviewer.id)?.has(proposal.id) === true || input.bids.get(reviewer.id)?.get(proposal.id) === "conflict";
  if (declared || conflictOf(facts.reviewer, facts.proposal, input.policy) !== null) return "conflicts";
  if (input.policy.excludeLeadCountry && reviewer.country === proposal.leadCountry) return "lead_country";
  if (unavailableDuring(reviewer.unavailable, input.window)) return "availability";
  return null;
}
