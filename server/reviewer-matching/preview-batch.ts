// The admin's batch preview: every proposal awaiting a panel, solved together (exact min-cost
// flow, server/reviews/matching/), with the objective, each panel's scores and what bound it.
// A read: nothing is written until the admin commits (commit-batch.ts).
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { matchBatch } from "../reviews/matching/match-batch";
import { EXCLUSIONS, scoreMatrix } from "../reviews/matching/score-matrix";
import { batchInputOf, loadMatchingRows } from "./load-matching";
import type { BatchOptions } from "./schemas";

/** Other reviewers offered per panel for a swap, best score first. */
const ALTERNATIVES = 8;

export async function previewBatch(ctx: UseCaseContext, options: BatchOptions) {
  assertCan(ctx.viewer, "programme.assignBatch");
  const rows = await loadMatchingRows(ctx.db);
  const input = batchInputOf(rows, options.excludeLeadCountry);
  const result = matchBatch(input);
  const matrix = scoreMatrix(input);
  const names = new Map(rows.reviewers.map((r) => [r.userId, r.name]));
  const rowOf = new Map(rows.proposals.map((p) => [p.id, p]));
  const P = input.proposals.length;
  const pIndex = new Map(input.proposals.map((p, i) => [p.id, i]));
  const person = (id: string, score: number | null) => ({ userId: id, name: names.get(id) ?? "", score });
  const proposalFacts = (id: string) => {
    const row = rowOf.get(id)!;
    const seated = input.proposals[pIndex.get(id)!]!.seated!;
    return { programmeId: id, reference: row.reference, title: row.title, version: row.version, seated: [...seated.reviewerIds, ...(seated.chairId ? [seated.chairId] : [])].map((s) => person(s, null)) };
  };
  const alternativesOf = (proposalId: string, taken: readonly string[]) => {
    const p = pIndex.get(proposalId)!;
    return input.reviewers
      .map((r, i) => ({ userId: r.id, name: names.get(r.id) ?? "", score: matrix.score[i * P + p]!, excluded: matrix.exclusion[i * P + p]! === 0 ? null : EXCLUSIONS[matrix.exclusion[i * P + p]! - 1]! }))
      .filter((a) => a.excluded === null && !taken.includes(a.userId))
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
      .slice(0, ALTERNATIVES);
  };
  return {
    status: result.status,
    objective: result.objective,
    totalScore: result.panels.reduce((sum, panel) => sum + panel.score, 0),
    panelSize: input.policy.panelSize,
    window: input.window,
    excludeLeadCountry: options.excludeLeadCountry,
    panels: result.panels.map((panel) => {
      const facts = proposalFacts(panel.proposalId);
      const taken = [...facts.seated.map((s) => s.userId), ...panel.reviewerIds, ...(panel.chairId ? [panel.chairId] : [])];
      return {
        ...facts,
        reviewers: panel.reviewerIds.map((id, i) => person(id, panel.reviewerScores[i]!)),
        chair: panel.chairId ? person(panel.chairId, panel.chairScore) : null,
        score: panel.score,
        regions: panel.regions,
        boundBy: panel.boundBy,
        displaced: panel.displaced.map((d) => ({ name: names.get(d.reviewerId) ?? "", seat: d.seat, score: d.score, constraint: d.constraint })),
        alternatives: alternativesOf(panel.proposalId, taken),
      };
    }),
    unstaffed: result.unstaffed.map((u) => ({ ...proposalFacts(u.proposalId), missingReviewers: u.missingReviewers, missingChair: u.missingChair, binding: u.binding })),
    reviewers: input.reviewers.map((r) => ({ userId: r.id, name: names.get(r.id) ?? "", region: r.region, load: r.currentLoad, capacity: r.capacity })),
    stats: { candidatePairs: result.stats.candidatePairs, solveMs: Math.round(result.stats.solveMs + result.stats.affinityMs) },
  };
}
export type BatchPreview = Awaited<ReturnType<typeof previewBatch>>;
