import { FlowGraph } from "./flow-graph";
import { FORBIDDEN, objectiveOf, type SeatProblem, type SeatSolution } from "./seat-problem";

/**
 * The exact batch assignment, as a min-cost flow (costs are "best score − score", so the
 * cheapest flow of full value is the best-scoring assignment):
 *
 *   source ─(capacity − load; the k-th new seat costs loadBalance·(load + k))→ reviewer r
 *   reviewer r ─(1)→ pair(r,p)            one seat per reviewer per panel: reviewer OR chair
 *   pair(r,p) ─(1, best − score)→ region(p, region of r) ─(regionCap)→ panel(p) ─(need)→ sink
 *   pair(r,p) ─(1, best − score)→ chair(p) ─(1)→ sink
 * (when only one of the two seats is open to r, r's arc goes straight to it, without a pair node).
 *
 * The region cap is panelSize − 1 per region (less the panel's seated reviewers from it): with
 * at most panelSize − 1 reviewers from any one region, a full panel spans two regions.
 *
 * 1. Feasibility: a maximum flow (Dinic). If it does not fill every seat on the full network,
 *    the instance is infeasible: see `staffWhatCanBe` (`feasible: false`).
 * 2. Cost: cost scaling from that flow, on candidate pairs only — per panel its best reviewers,
 *    its best chair-eligible reviewers, the best two of each region, and the pairs the maximum
 *    flow used (so the candidate network is feasible).
 * 3. Proof on the full network: integer potentials under which no residual arc of the
 *    candidate network has a negative reduced cost (potentials.ts) are an optimality
 *    certificate; if no left-out pair has a negative reduced cost under them either (through
 *    its pair node: cost + π(reviewer) − π(region or chair) ≥ 0), they certify the flow on
 *    the full network, by LP duality. Otherwise those pairs join the network: when they are
 *    few, their arcs are saturated where negative and the flow is repaired by shortest paths
 *    (repair.ts), which keeps the potentials exact; when they are many, step 2 runs again on
 *    the larger network. Step 3 repeats until no pair is missing. So the answer is exact,
 *    whatever the candidate sizes (they only change the time it takes).
 */
export type SolveOptions = { candidatesPerSeat?: number; chairCandidates?: number; perRegion?: number };

export function solveSeats(problem: SeatProblem, options: SolveOptions = {}): SeatSolution {
  const candidates = initialCandidates(problem, options);
  const demand = totalDemand(problem);
  let built = buildNetwork(problem, candidates);
  if (built.graph.maxFlow(SOURCE, SINK) < demand) {
    const full = buildNetwork(problem, allEligible(problem));
    if (full.graph.maxFlow(SOURCE, SINK) < demand) return staffWhatCanBe(problem, full);
    for (const pair of full.pairs) if (usedBy(full, pair)) candidates[pair.r * problem.proposals + pair.p] = 1;
    built = buildNetwork(problem, candidates);
    built.graph.maxFlow(SOURCE, SINK);
  }
  // Costs × (nodes + 1) make the last phase (ε = 1) exact on this network (cost-scaling.ts).
  let scale = built.graph.nodeCount + 1;
  built.graph.minimiseCost(scale);
  let d = built.graph.exactPotentials(scale);
  let searches = 0;
  let relabels = built.graph.relabels;
  for (let rounds = 1; ; rounds++) {
    const missing = violations(problem, built, candidates, d);
    if (missing.length === 0) return extract(problem, built, { candidatePairs: built.pairs.length, rounds, relabels, searches }, true);
    if (missing.length > REPAIR_LIMIT) {
      // Many missing pairs: solving again costs less than one shortest path each.
      for (const [r, p] of missing) candidates[r * problem.proposals + p] = 1;
      built = buildNetwork(problem, candidates);
      built.graph.maxFlow(SOURCE, SINK);
      scale = built.graph.nodeCount + 1;
      built.graph.minimiseCost(scale);
      relabels += built.graph.relabels;
      d = built.graph.exactPotentials(scale);
      continue;
    }
    const arcs: number[] = [];
    const nodes: [number, number][] = [];
    for (const [r, p] of missing) {
      candidates[r * problem.proposals + p] = 1;
      const node = addPair(problem, built, r, p);
      if (node >= 0) nodes.push([node, r]);
      const pair = built.pairs[built.pairs.length - 1]!;
      arcs.push(...[pair.review, pair.chair].filter((a) => a >= 0));
    }
    const grown = new Float64Array(built.graph.nodeCount);
    grown.set(d);
    for (const [node, r] of nodes) grown[node] = d[FIRST_REVIEWER + r]!;
    searches += built.graph.repair(grown, arcs);
    d = grown;
  }
}

/** Up to this many missing pairs, the flow is repaired by shortest paths; beyond, solved again. */
const REPAIR_LIMIT = 256;

type Pair = { r: number; p: number; review: number; chair: number };
type Built = {
  graph: FlowGraph;
  pairs: Pair[];
  best: number;
  panelArc: Int32Array;
  chairArc: Int32Array;
  panelNode: (p: number) => number;
  chairNode: (p: number) => number;
  regionNode: (p: number, g: number) => number;
};

const SOURCE = 0;
const SINK = 1;
const FIRST_REVIEWER = 2;

const totalDemand = (problem: SeatProblem) => problem.need.reduce((a, b) => a + b, 0) + problem.chair.reduce((a, b) => a + b, 0);

function eligibleFor(problem: SeatProblem, r: number, p: number): boolean {
  return problem.capacity[r]! > 0 && problem.score[r * problem.proposals + p] !== FORBIDDEN;
}

function allEligible(problem: SeatProblem): Uint8Array {
  return Uint8Array.from({ length: problem.reviewers * problem.proposals }, (_, i) => (eligibleFor(problem, Math.floor(i / problem.proposals), i % problem.proposals) ? 1 : 0));
}

const usedBy = (built: Built, pair: Pair) => (pair.review >= 0 && built.graph.flow(pair.review) === 1) || (pair.chair >= 0 && built.graph.flow(pair.chair) === 1);

function initialCandidates(problem: SeatProblem, options: SolveOptions): Uint8Array {
  const { reviewers: R, proposals: P, score, region } = problem;
  const perSeat = options.candidatesPerSeat ?? 8;
  const chairs = options.chairCandidates ?? 8;
  const perRegion = options.perRegion ?? 2;
  const chosen = new Uint8Array(R * P);
  const order: number[] = [];
  for (let p = 0; p < P; p++) {
    const need = problem.need[p]!;
    if (need === 0 && problem.chair[p] === 0) continue;
    order.length = 0;
    for (let r = 0; r < R; r++) if (eligibleFor(problem, r, p)) order.push(r);
    order.sort((a, b) => score[b * P + p]! - score[a * P + p]! || a - b);
    let reviewerSlots = need * perSeat + perRegion;
    let chairSlots = problem.chair[p] === 1 ? chairs : 0;
    const fromRegion = new Int32Array(problem.regions);
    for (const r of order) {
      let take = false;
      if (need > 0 && reviewerSlots > 0) {
        reviewerSlots--;
        take = true;
      }
      if (need > 0 && fromRegion[region[r]!]! < perRegion) take = true;
      if (chairSlots > 0 && problem.chairEligible[r] === 1) {
        chairSlots--;
        take = true;
      }
      if (take) {
        chosen[r * P + p] = 1;
        fromRegion[region[r]!]!++;
      }
    }
  }
  return chosen;
}

function buildNetwork(problem: SeatProblem, candidates: Uint8Array): Built {
  const { reviewers: R, proposals: P, regions: G, score, capacity, load, loadBalance } = problem;
  if (!Number.isInteger(loadBalance) || loadBalance < 0) throw new Error("loadBalance must be a non-negative integer");
  let best = 0;
  for (let i = 0; i < R * P; i++) if (score[i] !== FORBIDDEN) best = Math.max(best, score[i]!);
  const block = 2 + G;
  const panelNode = (p: number) => FIRST_REVIEWER + R + p * block;
  const chairNode = (p: number) => FIRST_REVIEWER + R + p * block + 1;
  const regionNode = (p: number, g: number) => FIRST_REVIEWER + R + p * block + 2 + g;
  const graph = new FlowGraph(FIRST_REVIEWER + R + P * block);
  for (let r = 0; r < R; r++) {
    if (loadBalance === 0) {
      if (capacity[r]! > 0) graph.addArc(SOURCE, FIRST_REVIEWER + r, capacity[r]!, 0);
    } else for (let k = 0; k < capacity[r]!; k++) graph.addArc(SOURCE, FIRST_REVIEWER + r, 1, loadBalance * (load[r]! + k));
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
  const built: Built = { graph, pairs: [], best, panelArc, chairArc, panelNode, chairNode, regionNode };
  for (let i = 0; i < R * P; i++) if (candidates[i] === 1) addPair(problem, built, Math.floor(i / P), i % P);
  return built;
}

/** Adds a pair's arcs (and its pair node when both seats are open to the reviewer); returns the pair node or −1. */
function addPair(problem: SeatProblem, built: Built, r: number, p: number): number {
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

/**
 * When not every seat can be filled: the panels a maximum flow staffed completely stay staffed;
 * every other panel gives its seats back, then is tried again in the order of the input (the
 * desk's queue), on top of the staffed ones, and kept when it can be staffed in full. So the
 * staffed set is maximal: no panel reported as unstaffed could be staffed in addition. The
 * missing seats of an unstaffed panel are those it still lacked when it was tried.
 */
function staffWhatCanBe(problem: SeatProblem, full: Built): SeatSolution {
  const { graph } = full;
  const P = problem.proposals;
  const sinkArcs = (p: number) => [full.panelArc[p]!, full.chairArc[p]!].filter((a) => a >= 0);
  const capacityOf = (p: number, arc: number) => (arc === full.panelArc[p] ? problem.need[p]! : 1);
  const complete = (p: number) => sinkArcs(p).every((a) => graph.flow(a) === capacityOf(p, a));
  // Gives a panel's seats back: its arcs to the sink close and the flow they carried returns to
  // the source without passing through the sink, so no other panel loses a seat.
  const release = (p: number) => {
    for (const arc of sinkArcs(p)) {
      const carried = graph.closeArc(arc);
      const from = arc === full.panelArc[p] ? full.panelNode(p) : full.chairNode(p);
      if (carried > 0 && graph.maxFlow(from, SOURCE, SINK) !== carried) throw new Error("matching: a released panel's flow could not return to the source");
    }
  };
  const missingReviewers = new Int32Array(P);
  const missingChair = new Uint8Array(P);
  const retry = Array.from({ length: P }, (_, p) => p).filter((p) => !complete(p));
  retry.forEach(release);
  for (const p of retry) {
    for (const arc of sinkArcs(p)) graph.openArc(arc, capacityOf(p, arc));
    graph.maxFlow(SOURCE, SINK);
    if (complete(p)) continue;
    missingReviewers[p] = full.panelArc[p]! >= 0 ? problem.need[p]! - graph.flow(full.panelArc[p]!) : 0;
    missingChair[p] = full.chairArc[p]! >= 0 ? 1 - graph.flow(full.chairArc[p]!) : 0;
    release(p);
  }
  const solution = extract(problem, full, { candidatePairs: full.pairs.length, rounds: 0, relabels: 0, searches: 0 }, false);
  return { ...solution, missingReviewers, missingChair };
}

/** Left-out pairs with a negative reduced cost under exact potentials (none: the flow is optimal on the full network). */
function violations(problem: SeatProblem, built: Built, candidates: Uint8Array, d: Float64Array): [number, number][] {
  const { reviewers: R, proposals: P, regions: G, score } = problem;
  const found: [number, number][] = [];
  for (let r = 0; r < R; r++) {
    const dr = d[FIRST_REVIEWER + r]!;
    for (let p = 0; p < P; p++) {
      const i = r * P + p;
      if (candidates[i] === 1 || !eligibleFor(problem, r, p)) continue;
      const cost = built.best - score[i]!;
      const g = problem.region[r]!;
      const review = problem.need[p]! > 0 && problem.regionCap[p * G + g]! > 0 && cost + dr - d[built.regionNode(p, g)]! < 0;
      const chair = problem.chair[p] === 1 && problem.chairEligible[r] === 1 && cost + dr - d[built.chairNode(p)]! < 0;
      if (review || chair) found.push([r, p]);
    }
  }
  return found;
}

function extract(problem: SeatProblem, built: Built, stats: SeatSolution["stats"], feasible: boolean): SeatSolution {
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
