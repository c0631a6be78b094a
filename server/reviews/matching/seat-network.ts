import { FlowGraph } from "./flow-graph";
import { FORBIDDEN, objectiveOf, type SeatProblem, type SeatSolution } from "./seat-problem";

/**
 * The assignment network of a seat problem (see solve-seats.ts for the picture): node numbers,
 * the arcs of each reviewer × proposal pair, and the solution read back from a flow.
 */
export type Pair = { r: number; p: number; review: number; chair: number };
export type Built = {
  graph: FlowGraph;
  pairs: Pair[];
  best: number;
  /** Supply arcs (source → reviewer) of each reviewer. */
  supply: number[][];
  panelArc: Int32Array;
  chairArc: Int32Array;
  panelNode: (p: number) => number;
  chairNode: (p: number) => number;
  regionNode: (p: number, g: number) => number;
};

export const SOURCE = 0;
export const SINK = 1;
export const FIRST_REVIEWER = 2;

export function eligibleFor(problem: SeatProblem, r: number, p: number): boolean {
  return problem.capacity[r]! > 0 && problem.score[r * problem.proposals + p] !== FORBIDDEN;
}

export function allEligible(problem: SeatProblem): Uint8Array {
  return Uint8Array.from({ length: problem.reviewers * problem.proposals }, (_, i) => (eligibleFor(problem, Math.floor(i / problem.proposals), i % problem.proposals) ? 1 : 0));
}

export const usedBy = (built: Built, pair: Pair) => (pair.review >= 0 && built.graph.flow(pair.review) === 1) || (pair.chair >= 0 && built.graph.flow(pair.chair) === 1);

export function buildNetwork(problem: SeatProblem, candidates: Uint8Array): Built {
  const { reviewers: R, proposals: P, regions: G, score, capacity, load, loadBalance } = problem;
  if (!Number.isInteger(loadBalance) || loadBalance < 0) throw new Error("loadBalance must be a non-negative integer");
  let best = 0;
  for (let i = 0; i < R * P; i++) if (score[i] !== FORBIDDEN) best = Math.max(best, score[i]!);
  const block = 2 + G;
  const panelNode = (p: number) => FIRST_REVIEWER + R + p * block;
  const chairNode = (p: number) => FIRST_REVIEWER + R + p * block + 1;
  const regionNode = (p: number, g: number) => FIRST_REVIEWER + R + p * block + 2 + g;
  const graph = new FlowGraph(FIRST_REVIEWER + R + P * block);
  const supply: number[][] = [];
  for (let r = 0; r < R; r++) {
    // A reviewer takes at most one seat per panel: more supply than eligible panels is never used.
    let panels = 0;
    for (let p = 0; p < P; p++) if (score[r * P + p] !== FORBIDDEN && problem.need[p]! + problem.chair[p]! > 0) panels++;
    const seats = Math.min(capacity[r]!, panels);
    if (loadBalance === 0) supply.push(seats > 0 ? [graph.addArc(SOURCE, FIRST_REVIEWER + r, seats, 0)] : []);
    else supply.push(Array.from({ length: seats }, (_, k) => graph.addArc(SOURCE, FIRST_REVIEWER + r, 1, loadBalance * (load[r]! + k))));
  }
  const panelArc = new Int32Array(P).fill(-1);
  const chairArc = new Int32Array(P).fill(-1);
  for (let p = 0; p < P; p++) {
    if (problem.need[p]! > 0) {
      panelArc[p] = graph.addArc(panelNode(p), SINK, problem.need[p]!, 0);
      for (let g = 0; g < G; g++) {
        const cap = problem.regionCap[p * G + g]!;
        if (cap > 0) graph.addArc(regionNode(p, g), panelNode(p), cap, 0);
      }
    }
    if (problem.chair[p] === 1) chairArc[p] = graph.addArc(chairNode(p), SINK, 1, 0);
  }
  const built: Built = { graph, pairs: [], best, supply, panelArc, chairArc, panelNode, chairNode, regionNode };
  for (let i = 0; i < R * P; i++) if (candidates[i] === 1) addPair(problem, built, Math.floor(i / P), i % P);
  return built;
}

/** Adds a pair's arcs (and its pair node when both seats are open to the reviewer); returns the pair node or −1. */
export function addPair(problem: SeatProblem, built: Built, r: number, p: number): number {
  const { graph } = built;
  const cost = built.best - problem.score[r * problem.proposals + p]!;
  const g = problem.region[r]!;
  const canReview = problem.need[p]! > 0 && problem.regionCap[p * problem.regions + g]! > 0;
  const canChair = problem.chair[p] === 1 && problem.chairEligible[r] === 1;
  let from = FIRST_REVIEWER + r;
  let node = -1;
  if (canReview && canChair) {
    node = graph.addNodes(1);
    graph.addArc(from, node, 1, 0);
    from = node;
  }
  const review = canReview ? graph.addArc(from, built.regionNode(p, g), 1, cost) : -1;
  const chair = canChair ? graph.addArc(from, built.chairNode(p), 1, cost) : -1;
  built.pairs.push({ r, p, review, chair });
  return node;
}

export function extract(problem: SeatProblem, built: Built, stats: SeatSolution["stats"], feasible: boolean): SeatSolution {
  const P = problem.proposals;
  const reviewers: number[][] = Array.from({ length: P }, () => []);
  const chairs = new Int32Array(P).fill(-1);
  for (const pair of built.pairs) {
    if (pair.review >= 0 && built.graph.flow(pair.review) === 1) reviewers[pair.p]!.push(pair.r);
    if (pair.chair >= 0 && built.graph.flow(pair.chair) === 1) chairs[pair.p] = pair.r;
  }
  const missingReviewers = Int32Array.from({ length: P }, (_, p) => problem.need[p]! - (built.panelArc[p]! >= 0 ? built.graph.flow(built.panelArc[p]!) : 0));
  const missingChair = Uint8Array.from({ length: P }, (_, p) => problem.chair[p]! - (built.chairArc[p]! >= 0 ? built.graph.flow(built.chairArc[p]!) : 0));
  for (const panel of reviewers) panel.sort((a, b) => a - b);
  return { reviewers, chairs, missingReviewers, missingChair, objective: objectiveOf(problem, reviewers, chairs), feasible, stats };
}
