import { addPair, allEligible, buildNetwork, eligibleFor, extract, FIRST_REVIEWER, SINK, SOURCE, usedBy, type Built } from "./seat-network";
import type { SeatProblem, SeatSolution } from "./seat-problem";
import { staffWhatCanBe } from "./staff-maximal";

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

const totalDemand = (problem: SeatProblem) => problem.need.reduce((a, b) => a + b, 0) + problem.chair.reduce((a, b) => a + b, 0);

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

