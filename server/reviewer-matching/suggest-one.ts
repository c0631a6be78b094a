// The single-proposal suggestion of the review desk: the batch solver on a batch of one
// (`matchOne`), the other proposals' seats counted in each reviewer's load.
import { matchOne } from "../reviews/matching/match-batch";
import type { Constraint } from "../reviews/matching/types";
import { batchInputOf, type LoadedMatchingRows } from "./load-matching";

export type SolverSuggestion =
  | { staffed: true; reviewerIds: string[]; chairId: string | null; score: number }
  | { staffed: false; binding: Constraint[] };

/** The optimal new seats of one proposal, or why it cannot be staffed under every rule (null when it needs none). */
export function suggestOne(rows: LoadedMatchingRows, programmeId: string): SolverSuggestion | null {
  const input = batchInputOf(rows, false, Number.POSITIVE_INFINITY);
  if (!input.proposals.some((p) => p.id === programmeId)) return null;
  const result = matchOne(input, programmeId);
  const panel = result.panels[0];
  if (panel) return { staffed: true, reviewerIds: panel.reviewerIds, chairId: panel.chairId, score: panel.score };
  return { staffed: false, binding: result.unstaffed[0]?.binding ?? [] };
}
