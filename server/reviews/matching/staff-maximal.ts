import { allEligible, extract, SINK, SOURCE, type Built } from "./seat-network";
import type { SeatProblem, SeatSolution } from "./seat-problem";

/**
 * When not every seat can be filled: the panels a maximum flow staffed completely stay staffed;
 * every other panel gives its seats back, then is tried again in the order of the input (the
 * desk's queue), on top of the staffed ones, and kept when it can be staffed in full. So the
 * staffed set is maximal: no panel reported as unstaffed could be staffed in addition. The
 * missing seats of an unstaffed panel are those it still lacked when it was tried. A panel is
 * not even tried when the reviewers who could take any seat have fewer seats left, all
 * together, than it needs (every seat it would take is a unit more out of the source): then
 * all its seats are missing.
 */
export function staffWhatCanBe(problem: SeatProblem, full: Built): SeatSolution {
  const { graph } = full;
  const P = problem.proposals;
  const sinkArcs = (p: number) => [full.panelArc[p]!, full.chairArc[p]!].filter((a) => a >= 0);
  const capacityOf = (p: number, arc: number) => (arc === full.panelArc[p] ? problem.need[p]! : 1);
  const complete = (p: number) => sinkArcs(p).every((a) => graph.flow(a) === capacityOf(p, a));
  // Gives a panel's seats back: its arcs to the sink close and the flow they carried walks back
  // to the source along its own path (reviewer, pair, region), so no other panel loses a seat.
  const release = (p: number) => {
    for (const arc of sinkArcs(p)) {
      const carried = graph.closeArc(arc);
      graph.unwind(arc === full.panelArc[p] ? full.panelNode(p) : full.chairNode(p), SOURCE, carried);
    }
  };
  const missingReviewers = new Int32Array(P);
  const missingChair = new Uint8Array(P);
  const retry = Array.from({ length: P }, (_, p) => p).filter((p) => !complete(p));
  retry.forEach(release);
  const eligible = allEligible(problem);
  let spare = 0;
  for (let r = 0; r < problem.reviewers; r++) {
    if (!eligible.subarray(r * P, (r + 1) * P).includes(1)) continue;
    spare += full.supply[r]!.reduce((sum, arc) => sum + graph.capacityLeft(arc), 0);
  }
  for (const p of retry) {
    const seats = problem.need[p]! + problem.chair[p]!;
    if (spare < seats) {
      missingReviewers[p] = problem.need[p]!;
      missingChair[p] = problem.chair[p]!;
      continue;
    }
    for (const arc of sinkArcs(p)) graph.openArc(arc, capacityOf(p, arc));
    graph.maxFlow(SOURCE, SINK);
    if (complete(p)) {
      spare -= seats;
      continue;
    }
    missingReviewers[p] = full.panelArc[p]! >= 0 ? problem.need[p]! - graph.flow(full.panelArc[p]!) : 0;
    missingChair[p] = full.chairArc[p]! >= 0 ? 1 - graph.flow(full.chairArc[p]!) : 0;
    release(p);
  }
  const solution = extract(problem, full, { candidatePairs: full.pairs.length, rounds: 0, relabels: 0, searches: 0 }, false);
  return { ...solution, missingReviewers, missingChair };
}

