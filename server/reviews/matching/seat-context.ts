import type { ScoreMatrix } from "./score-matrix";
import { FORBIDDEN, regionCapacity, type SeatProblem } from "./seat-problem";
import type { MatchInput } from "./types";

/** A batch in indices: the seat problem plus what the diagnosis needs to explain it. */
export type SeatContext = {
  input: MatchInput;
  matrix: ScoreMatrix;
  regionNames: string[];
  reviewerIndex: Map<string, number>;
  /** Seated reviewer indices and seated chair (or −1) per proposal. */
  seated: number[][];
  seatedChair: Int32Array;
};

export function seatContext(input: MatchInput, matrix: ScoreMatrix): SeatContext {
  const { policy } = input;
  if (!Number.isInteger(policy.panelSize) || policy.panelSize < 1) throw new Error("panelSize must be a positive integer");
  if (!Number.isInteger(policy.loadBalance) || policy.loadBalance < 0) throw new Error("loadBalance must be a non-negative integer");
  const reviewerIndex = new Map(input.reviewers.map((r, i) => [r.id, i]));
  if (reviewerIndex.size !== input.reviewers.length) throw new Error("reviewer ids must be unique");
  if (new Set(input.proposals.map((p) => p.id)).size !== input.proposals.length) throw new Error("proposal ids must be unique");
  const indexOf = (id: string) => {
    const i = reviewerIndex.get(id);
    if (i === undefined) throw new Error(`seated reviewer ${id} is not among the reviewers`);
    return i;
  };
  const seated = input.proposals.map((p) => (p.seated?.reviewerIds ?? []).map(indexOf));
  const seatedChair = Int32Array.from(input.proposals, (p) => (p.seated?.chairId ? indexOf(p.seated.chairId) : -1));
  const regionNames = [...new Set(input.reviewers.map((r) => r.region))].sort();
  return { input, matrix, regionNames, reviewerIndex, seated, seatedChair };
}

/** New reviewer seats a proposal needs, and whether it needs a chair. */
export function seatsNeeded(ctx: SeatContext, p: number): { need: number; chair: boolean } {
  const { policy } = ctx.input;
  return { need: Math.max(0, policy.panelSize - ctx.seated[p]!.length), chair: policy.chairRequired && ctx.seatedChair[p] === -1 };
}

export function regionIndexOf(ctx: SeatContext, r: number): number {
  return ctx.regionNames.indexOf(ctx.input.reviewers[r]!.region);
}

/** The seat problem for the proposals marked active (the others need nothing). */
export function toSeatProblem(ctx: SeatContext, active: readonly boolean[]): SeatProblem {
  const { input, matrix, regionNames, seated, seatedChair } = ctx;
  const R = input.reviewers.length;
  const P = input.proposals.length;
  const G = regionNames.length;
  const region = Int32Array.from({ length: R }, (_, r) => regionIndexOf(ctx, r));
  const score = Int32Array.from(matrix.score, (s, i) => (matrix.exclusion[i] === 0 ? s : FORBIDDEN));
  const need = new Int32Array(P);
  const chair = new Uint8Array(P);
  const regionCap = new Int32Array(P * G);
  for (let p = 0; p < P; p++) {
    for (const r of [...seated[p]!, seatedChair[p]!]) if (r >= 0) score[r * P + p] = FORBIDDEN;
    if (!active[p]) continue;
    const seats = seatsNeeded(ctx, p);
    need[p] = seats.need;
    chair[p] = seats.chair ? 1 : 0;
    for (let g = 0; g < G; g++) {
      const fromRegion = seated[p]!.filter((r) => region[r] === g).length;
      regionCap[p * G + g] = regionCapacity(input.policy.panelSize, input.policy.minRegions, need[p]!, fromRegion);
    }
  }
  return {
    reviewers: R,
    proposals: P,
    region,
    regions: G,
    capacity: Int32Array.from(input.reviewers, (r) => Math.max(0, r.capacity - r.currentLoad)),
    load: Int32Array.from(input.reviewers, (r) => Math.max(0, r.currentLoad)),
    chairEligible: Uint8Array.from(input.reviewers, (r) => (r.chairEligible ? 1 : 0)),
    score,
    need,
    chair,
    regionCap,
    loadBalance: input.policy.loadBalance,
  };
}
