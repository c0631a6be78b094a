import { bindingConstraints, boundingOf } from "./diagnose";
import { scoreMatrix } from "./score-matrix";
import { seatContext, toSeatProblem, type SeatContext } from "./seat-context";
import type { SeatProblem, SeatSolution } from "./seat-problem";
import { solveSeats, type SolveOptions } from "./solve-seats";
import type { MatchInput, MatchResult, PanelResult, Unstaffed } from "./types";

/**
 * The batch assignment: every proposal of the input gets its missing reviewers and chair so
 * that the total score (affinity + bids, minus the load-balance cost) is the largest possible
 * under every hard rule — conflicts, lead's country, availability, capacity, one seat per
 * reviewer per panel, a chair who does not review, at least two regions among the reviewers.
 *
 * When some panels cannot all be staffed, the solver first fills as many seats as possible;
 * the proposals left with an empty seat are reported in `unstaffed` with the constraint that
 * binds them, and the others are solved again on their own, to optimality (that second solve
 * is always feasible: the first one staffed them). Pure: plain data in, plain data out.
 */
export function matchBatch(input: MatchInput, options: SolveOptions = {}): MatchResult {
  const started = performance.now();
  const matrix = scoreMatrix(input);
  const affinityMs = performance.now() - started;
  const ctx = seatContext(input, matrix);
  const all = input.proposals.map(() => true);
  let problem = toSeatProblem(ctx, all);
  let solution = solveSeats(problem, options);
  const stats = { ...solution.stats };
  const unstaffed: Unstaffed[] = [];
  if (!solution.feasible) {
    const first = { problem, solution };
    const staffed = input.proposals.map((_, p) => solution.missingReviewers[p] === 0 && solution.missingChair[p] === 0);
    input.proposals.forEach((proposal, p) => {
      if (staffed[p]) return;
      unstaffed.push({
        proposalId: proposal.id,
        missingReviewers: first.solution.missingReviewers[p]!,
        missingChair: first.solution.missingChair[p] === 1,
        binding: bindingConstraints(ctx, first.problem, p),
      });
    });
    problem = toSeatProblem(ctx, staffed);
    solution = solveSeats(problem, options);
    if (!solution.feasible) throw new Error("matching: the staffed panels could not be staffed again (solver bug)");
    stats.rounds += solution.stats.rounds;
    stats.relabels += solution.stats.relabels;
    stats.searches += solution.stats.searches;
  }
  return {
    status: unstaffed.length === 0 ? "optimal" : "infeasible",
    objective: solution.objective,
    panels: panelsOf(ctx, problem, solution, new Set(unstaffed.map((u) => u.proposalId))),
    unstaffed,
    stats: { ...stats, affinityMs, solveMs: performance.now() - started - affinityMs },
  };
}

/**
 * The suggestion for one proposal: the same solver on a batch of one. The other proposals'
 * seats stay as they are — they are in each reviewer's `currentLoad`.
 */
export function matchOne(input: MatchInput, proposalId: string, options: SolveOptions = {}): MatchResult {
  const proposal = input.proposals.find((p) => p.id === proposalId);
  if (!proposal) throw new Error(`proposal ${proposalId} is not in the input`);
  return matchBatch({ ...input, proposals: [proposal] }, options);
}

function panelsOf(ctx: SeatContext, problem: SeatProblem, solution: SeatSolution, unstaffed: Set<string>): PanelResult[] {
  const { input, matrix, regionNames } = ctx;
  const P = input.proposals.length;
  const used = new Int32Array(problem.reviewers);
  solution.reviewers.forEach((panel, p) => {
    for (const r of panel) used[r]!++;
    if (solution.chairs[p]! >= 0) used[solution.chairs[p]!]!++;
  });
  const panels: PanelResult[] = [];
  input.proposals.forEach((proposal, p) => {
    if (unstaffed.has(proposal.id)) return;
    const scoreOf = (r: number) => matrix.score[r * P + p]!;
    const reviewers = [...solution.reviewers[p]!].sort((a, b) => scoreOf(b) - scoreOf(a) || a - b);
    const chair = solution.chairs[p]!;
    const reviewerScores = reviewers.map(scoreOf);
    const chairScore = chair >= 0 ? scoreOf(chair) : null;
    const regions = [...new Set([...ctx.seated[p]!, ...reviewers].map((r) => regionNames[problem.region[r]!]!))].sort();
    panels.push({
      proposalId: proposal.id,
      reviewerIds: reviewers.map((r) => input.reviewers[r]!.id),
      chairId: chair >= 0 ? input.reviewers[chair]!.id : null,
      reviewerScores,
      chairScore,
      score: reviewerScores.reduce((a, b) => a + b, 0) + (chairScore ?? 0),
      regions,
      ...boundingOf(ctx, problem, used, p, reviewers, chair),
    });
  });
  return panels;
}
