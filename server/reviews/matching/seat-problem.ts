/**
 * The assignment problem in numbers, as the solver sees it: reviewers and proposals are
 * indices, each pair has an integer score or is forbidden. `match-batch.ts` builds it from the
 * plain inputs; the tests build it directly to compare the solver with brute force.
 */
export const FORBIDDEN = -0x7fffffff;

export type SeatProblem = {
  reviewers: number;
  proposals: number;
  /** Region index of each reviewer (0 … regions − 1). */
  region: Int32Array;
  regions: number;
  /** Seats each reviewer may still take in this batch (capacity − current load, at least 0). */
  capacity: Int32Array;
  /** Seats each reviewer holds now (the load-balance cost grows with it). */
  load: Int32Array;
  chairEligible: Uint8Array;
  /** score[r * proposals + p] in points, or FORBIDDEN (a conflict, an exclusion, or already on that panel). */
  score: Int32Array;
  /** New reviewer seats each proposal needs. */
  need: Int32Array;
  /** 1 when the proposal needs a chair. */
  chair: Uint8Array;
  /** regionCap[p * regions + g]: most new reviewers from region g the panel may take (the two-region rule). */
  regionCap: Int32Array;
  /** Cost, in points, of each seat a reviewer already holds when giving them one more. */
  loadBalance: number;
};

/**
 * The solution: for each proposal its new reviewers and chair (reviewer indices; −1 for no
 * chair), the seats it could not fill, and the objective: the seats' scores minus the
 * load-balance cost (Σ over reviewers of loadBalance · (load + 0 + 1 + … + (new seats − 1))).
 */
export type SeatSolution = {
  reviewers: number[][];
  chairs: Int32Array;
  missingReviewers: Int32Array;
  missingChair: Uint8Array;
  objective: number;
  feasible: boolean;
  stats: { candidatePairs: number; rounds: number; relabels: number; searches: number };
};

/** Most new reviewers from region g on a panel of `panelSize` whose seated reviewers come from `seatedRegions`. */
export function regionCapacity(panelSize: number, minRegions: number, need: number, seatedFromRegion: number): number {
  if (Math.min(minRegions, panelSize) < 2) return need;
  return Math.max(0, Math.min(need, panelSize - 1 - seatedFromRegion));
}

/** Σ over the j-th new seat (j = 0 … added − 1) of loadBalance · (load + j). */
export function balanceCost(loadBalance: number, load: number, added: number): number {
  return loadBalance * (added * load + (added * (added - 1)) / 2);
}

/** The objective of a given choice of seats (used by the solver's output and by checks). */
export function objectiveOf(problem: SeatProblem, reviewers: readonly (readonly number[])[], chairs: ArrayLike<number>): number {
  const added = new Int32Array(problem.reviewers);
  let total = 0;
  reviewers.forEach((panel, p) => {
    for (const r of panel) {
      total += problem.score[r * problem.proposals + p]!;
      added[r]!++;
    }
    const c = chairs[p]!;
    if (c >= 0) {
      total += problem.score[c * problem.proposals + p]!;
      added[c]!++;
    }
  });
  for (let r = 0; r < problem.reviewers; r++) total -= balanceCost(problem.loadBalance, problem.load[r]!, added[r]!);
  return total;
}
