import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORBIDDEN, objectiveOf, regionCapacity, type SeatProblem } from "../../server/reviews/matching/seat-problem";
import { solveSeats, type SolveOptions } from "../../server/reviews/matching/solve-seats";

// The solver against brute force: every panel's options enumerated, every combination that
// fits the capacities tried. The rules are checked here from the instance's own description
// (panel size, seated regions, chair eligibility), not from the solver's network.

type Instance = { problem: SeatProblem; panelSize: number; minRegions: number; seatedRegions: number[][] };

const instance = fc
  .record({
    reviewers: fc.integer({ min: 2, max: 5 }),
    proposals: fc.integer({ min: 1, max: 3 }),
    regions: fc.integer({ min: 1, max: 3 }),
    panelSize: fc.integer({ min: 1, max: 3 }),
    minRegions: fc.constantFrom(1, 2),
    loadBalance: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
    seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 64, maxLength: 64 }),
  })
  .map(({ reviewers: R, proposals: P, regions: G, panelSize, minRegions, loadBalance, seed }): Instance => {
    let i = 0;
    const next = (n: number) => seed[i++ % seed.length]! % n;
    const seatedRegions = Array.from({ length: P }, () => Array.from({ length: next(panelSize + 1) }, () => next(G)));
    const need = Int32Array.from(seatedRegions, (s) => panelSize - s.length);
    const regionCap = new Int32Array(P * G);
    for (let p = 0; p < P; p++) {
      for (let g = 0; g < G; g++) regionCap[p * G + g] = regionCapacity(panelSize, minRegions, need[p]!, seatedRegions[p]!.filter((x) => x === g).length);
    }
    const problem: SeatProblem = {
      reviewers: R,
      proposals: P,
      region: Int32Array.from({ length: R }, () => next(G)),
      regions: G,
      capacity: Int32Array.from({ length: R }, () => (next(6) === 0 ? 0 : 1 + next(3))),
      load: Int32Array.from({ length: R }, () => next(4)),
      chairEligible: Uint8Array.from({ length: R }, () => next(2)),
      score: Int32Array.from({ length: R * P }, () => (next(7) === 0 ? FORBIDDEN : next(2501) - 500)),
      need,
      chair: Uint8Array.from({ length: P }, () => next(2)),
      regionCap,
      loadBalance,
    };
    return { problem, panelSize, minRegions, seatedRegions };
  });

function subsets(items: number[], size: number): number[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [first!, ...s]), ...subsets(rest, size)];
}

/** The best objective over every assignment that keeps every rule, or null if there is none. */
function bruteForce({ problem, panelSize, minRegions, seatedRegions }: Instance, only?: readonly boolean[]): number | null {
  const { reviewers: R, proposals: P } = problem;
  const options: { reviewers: number[]; chair: number }[][] = [];
  for (let p = 0; p < P; p++) {
    if (only && !only[p]) {
      options.push([{ reviewers: [], chair: -1 }]);
      continue;
    }
    const allowed = [...Array(R).keys()].filter((r) => problem.score[r * P + p] !== FORBIDDEN);
    const list: { reviewers: number[]; chair: number }[] = [];
    for (const reviewers of subsets(allowed, problem.need[p]!)) {
      const regions = new Set([...seatedRegions[p]!, ...reviewers.map((r) => problem.region[r]!)]);
      if (problem.need[p]! > 0 && regions.size < Math.min(minRegions, panelSize)) continue;
      if (problem.chair[p] === 0) list.push({ reviewers, chair: -1 });
      else for (const c of allowed) if (problem.chairEligible[c] === 1 && !reviewers.includes(c)) list.push({ reviewers, chair: c });
    }
    options.push(list);
  }
  let best: number | null = null;
  const chosen: { reviewers: number[]; chair: number }[] = [];
  const used = new Int32Array(R);
  const search = (p: number) => {
    if (p === P) {
      const value = objectiveOf(problem, chosen.map((o) => o.reviewers), chosen.map((o) => o.chair));
      if (best === null || value > best) best = value;
      return;
    }
    for (const option of options[p]!) {
      const seats = option.chair >= 0 ? [...option.reviewers, option.chair] : option.reviewers;
      if (seats.some((r) => used[r]! >= problem.capacity[r]!)) continue;
      seats.forEach((r) => used[r]!++);
      chosen.push(option);
      search(p + 1);
      chosen.pop();
      seats.forEach((r) => used[r]!--);
    }
  };
  search(0);
  return best;
}

// Candidate sets from generous (the whole network) to none at all (every pair must come in
// through the proof on the full network and the repair by shortest paths).
const candidateSettings: [string, SolveOptions][] = [
  ["the default candidates", {}],
  ["no initial candidates (only the pairs of a maximum flow; the rest comes in through the optimality proof)", { candidatesPerSeat: 0, chairCandidates: 0, perRegion: 0 }],
  ["one candidate per seat", { candidatesPerSeat: 1, chairCandidates: 1, perRegion: 0 }],
];

describe("the batch solver against brute force", () => {
  it.each(candidateSettings)("finds the optimum objective exactly, and infeasibility exactly when there is no assignment, with %s", (_, options) => {
    fc.assert(
      fc.property(instance, (inst) => {
        const expected = bruteForce(inst);
        const solution = solveSeats(inst.problem, options);
        expect(solution.feasible).toBe(expected !== null);
        if (expected !== null) expect(solution.objective).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("when not every seat can be filled, staffs a maximal set of panels: no unstaffed one could be staffed as well", () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const solution = solveSeats(inst.problem);
        if (solution.feasible) return;
        const staffed = Array.from({ length: inst.problem.proposals }, (_, p) => solution.missingReviewers[p] === 0 && solution.missingChair[p] === 0);
        expect(staffed.every(Boolean)).toBe(false);
        expect(bruteForce(inst, staffed)).not.toBeNull();
        staffed.forEach((isStaffed, p) => {
          if (!isStaffed) expect(bruteForce(inst, staffed.map((s, q) => s || q === p))).toBeNull();
        });
      }),
      { numRuns: 400 },
    );
  });

  it("returns seats that match its objective: full panels where it staffs, empty ones where it does not", () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const solution = solveSeats(inst.problem);
        expect(solution.objective).toBe(objectiveOf(inst.problem, solution.reviewers, solution.chairs));
        solution.reviewers.forEach((panel, p) => {
          const seats = panel.length + (solution.chairs[p]! >= 0 ? 1 : 0);
          const missing = solution.missingReviewers[p]! + solution.missingChair[p]!;
          if (missing === 0) expect(seats).toBe(inst.problem.need[p]! + inst.problem.chair[p]!);
          else expect(seats).toBe(0);
        });
      }),
      { numRuns: 300 },
    );
  });
});
