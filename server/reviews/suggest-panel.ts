import { conflictOf, type ConflictPolicy, type ProgrammeFacts } from "./conflicts";
import type { Candidate } from "./queries";

export const DEFAULT_PANEL_SIZE = 3;

/**
 * Suggests a panel: skips conflicted reviewers, prefers the least loaded, and spreads the
 * panel across regions (a reviewer from a region not yet on the panel goes first). The chair
 * is the least-loaded remaining eligible reviewer (never one of the suggested reviewers). The
 * chair does not review, so a reviewer only moves to the chair while at least `minReviewers`
 * (the quorum still to be reached) stay reviewers. Pure and deterministic.
 */
export function suggestPanel(candidates: Candidate[], programme: ProgrammeFacts, policy: ConflictPolicy, size = DEFAULT_PANEL_SIZE, minReviewers = 0) {
  const eligible = candidates
    .filter((c) => conflictOf({ ...c, declared: c.standing === "recused" }, programme, policy) === null)
    .sort((a, b) => a.load - b.load || a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  const reviewers: Candidate[] = [];
  const regions = new Set<string>();
  while (reviewers.length < size) {
    const remaining = eligible.filter((c) => !reviewers.includes(c));
    if (remaining.length === 0) break;
    const fresh = remaining.find((c) => c.regions.length === 0 || c.regions.some((r) => !regions.has(r)));
    const pick = fresh ?? remaining[0]!;
    reviewers.push(pick);
    pick.regions.forEach((r) => regions.add(r));
  }
  // The chair must not also review: the least-loaded eligible reviewer left over, else the last
  // reviewer picked moves to the chair (the panel is one smaller) if the quorum can still be met,
  // else no chair is suggested.
  let chair = eligible.find((c) => !reviewers.includes(c)) ?? null;
  if (!chair && reviewers.length > Math.max(1, minReviewers)) chair = reviewers.pop() ?? null;
  return { reviewerIds: reviewers.map((r) => r.userId), chairId: chair?.userId ?? null };
}
