import { EXCLUSIONS } from "./score-matrix";
import { regionCapacity, type SeatProblem } from "./seat-problem";
import { regionIndexOf, seatsNeeded, type SeatContext } from "./seat-context";
import type { Constraint, Displaced } from "./types";

/**
 * Whether one panel could be staffed from `pool` alone (each reviewer free for one seat):
 * `need` reviewers within the region caps (or any, when `regions` is false) and, when a chair is
 * asked for, a chair-eligible reviewer of the pool who is not one of them.
 */
function canStaff(ctx: SeatContext, p: number, pool: number[], rules: { regions: boolean; chair: boolean }): boolean {
  const { need, chair } = seatsNeeded(ctx, p);
  const { panelSize, minRegions } = ctx.input.policy;
  const G = ctx.regionNames.length;
  const counts = new Int32Array(G);
  for (const r of pool) counts[regionIndexOf(ctx, r)]!++;
  const cap = (g: number) => (rules.regions ? regionCapacity(panelSize, minRegions, need, ctx.seated[p]!.filter((r) => regionIndexOf(ctx, r) === g).length) : need);
  const reachable = (without: number) => {
    let total = 0;
    for (let g = 0; g < G; g++) total += Math.min(counts[g]! - (g === without ? 1 : 0), cap(g));
    return total >= need;
  };
  if (!(chair && rules.chair)) return reachable(-1);
  return pool.some((r) => ctx.input.reviewers[r]!.chairEligible && reachable(regionIndexOf(ctx, r)));
}

/** The structural rule a pool breaks for a panel: [] when it can staff it. */
function structural(ctx: SeatContext, p: number, pool: number[]): Constraint[] {
  if (canStaff(ctx, p, pool, { regions: true, chair: true })) return [];
  if (canStaff(ctx, p, pool, { regions: false, chair: true })) return ["regions"];
  if (canStaff(ctx, p, pool, { regions: true, chair: false })) return ["chairs"];
  if (canStaff(ctx, p, pool, { regions: false, chair: false })) return ["regions", "chairs"];
  return ["panel_size"];
}

/**
 * Why a panel cannot be staffed. The panel is tried alone, with the reviewers that pass each
 * rule in turn — conflicts, lead's country, availability, capacity left — and the first rule
 * after which it cannot be staffed is reported, with the structural rule the remaining pool
 * breaks (regions, chairs). If it can be staffed alone, the batch's shared capacity is what
 * binds: ["capacity"]. Reviewers too few before any rule: ["panel_size"].
 */
export function bindingConstraints(ctx: SeatContext, problem: SeatProblem, p: number): Constraint[] {
  const P = ctx.input.proposals.length;
  const onPanel = new Set([...ctx.seated[p]!, ctx.seatedChair[p]!]);
  let pool = ctx.input.reviewers.map((_, r) => r).filter((r) => !onPanel.has(r));
  const first = structural(ctx, p, pool);
  if (first.length > 0) return first;
  const stages: [Constraint, (r: number) => boolean][] = [
    ...EXCLUSIONS.map((name, k): [Constraint, (r: number) => boolean] => [name, (r) => ctx.matrix.exclusion[r * P + p] !== k + 1]),
    ["capacity", (r) => problem.capacity[r]! > 0],
  ];
  for (const [name, keep] of stages) {
    pool = pool.filter(keep);
    const broken = structural(ctx, p, pool);
    if (broken.length > 0) return [name, ...broken.filter((c) => c !== "panel_size")];
  }
  return ["capacity"];
}

/**
 * The constraints that kept a better-scored reviewer off a staffed panel: a reviewer scoring
 * more than the panel's weakest new reviewer (or than its new chair) who is excluded (conflicts,
 * lead's country, availability), is the panel's chair (or one of its reviewers, for the chair
 * seat: "chairs"), has no capacity left ("capacity"), or would leave the panel in one region if
 * swapped for its weakest reviewer ("regions"). Reviewers passed over only to spread load are
 * not listed: load balance is part of the objective, not a constraint.
 */
export function boundingOf(ctx: SeatContext, problem: SeatProblem, used: Int32Array, p: number, reviewers: number[], chair: number): { boundBy: Constraint[]; displaced: Displaced[] } {
  const { input, matrix } = ctx;
  const P = input.proposals.length;
  const onPanel = new Set([...ctx.seated[p]!, ctx.seatedChair[p]!, ...reviewers, chair]);
  const scoreOf = (r: number) => matrix.score[r * P + p]!;
  const weakest = reviewers.length === 0 ? -1 : reviewers.reduce((a, b) => (scoreOf(b) < scoreOf(a) ? b : a));
  const regionsAfterSwap = (r: number) => {
    const panel = [...ctx.seated[p]!, ...reviewers.filter((x) => x !== weakest), r];
    const counts = new Map<number, number>();
    for (const x of panel) counts.set(problem.region[x]!, (counts.get(problem.region[x]!) ?? 0) + 1);
    return Math.min(input.policy.minRegions, input.policy.panelSize) < 2 || [...counts.values()].every((n) => n <= input.policy.panelSize - 1);
  };
  const displaced: Displaced[] = [];
  input.reviewers.forEach((reviewer, r) => {
    if (onPanel.has(r) && r !== chair && !reviewers.includes(r)) return;
    const excluded = matrix.exclusion[r * P + p]!;
    const full = used[r]! >= problem.capacity[r]!;
    if (weakest >= 0 && !reviewers.includes(r) && scoreOf(r) > scoreOf(weakest)) {
      const constraint: Constraint | null = excluded > 0 ? EXCLUSIONS[excluded - 1]! : r === chair ? "chairs" : full ? "capacity" : !regionsAfterSwap(r) ? "regions" : null;
      if (constraint) displaced.push({ reviewerId: reviewer.id, seat: "reviewer", score: scoreOf(r), constraint });
    }
    if (chair >= 0 && r !== chair && reviewer.chairEligible && scoreOf(r) > scoreOf(chair)) {
      const constraint: Constraint | null = excluded > 0 ? EXCLUSIONS[excluded - 1]! : reviewers.includes(r) ? "chairs" : full ? "capacity" : null;
      if (constraint) displaced.push({ reviewerId: reviewer.id, seat: "chair", score: scoreOf(r), constraint });
    }
  });
  displaced.sort((a, b) => b.score - a.score || a.reviewerId.localeCompare(b.reviewerId));
  return { boundBy: [...new Set(displaced.map((d) => d.constraint))], displaced: displaced.slice(0, 3) };
}
