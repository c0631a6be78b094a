import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchBatch, matchOne } from "../../server/reviews/matching/match-batch";
import { scoreMatrix } from "../../server/reviews/matching/score-matrix";
import { seededRandom } from "../../server/reviews/matching/synthetic-batch";
import { BIDS, type Bid, type MatchInput, type MatchProposal, type MatchReviewer, type PanelResult } from "../../server/reviews/matching/types";
import { findViolations, type ProposedPanel } from "../../server/reviews/matching/violations";

// Whole batches, from profiles to panels: the rules are checked from the plain input by
// findViolations (which knows nothing of the solver), the optimum by brute force over every
// assignment findViolations accepts.

const REGION_OF: Record<string, string> = { KE: "Africa", NG: "Africa", IN: "Asia", CN: "Asia", BR: "Americas" };
const COUNTRIES = Object.keys(REGION_OF);
const INSTITUTIONS = ["i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8"];
const SECTORS = ["agriculture", "health", "education", "energy"];
const LANGUAGES = ["en", "fr", "ar", "zh"];
const TEXTS = ["crop yield models for smallholder farms", "primary care triage with machine learning", "人工智能 农业 数据", "الصحة العامة والذكاء الاصطناعي", "teacher training in digital skills", "solar grid forecasting"];

type Size = { reviewers: [number, number]; proposals: [number, number]; panel: [number, number] };

function randomInput(seed: number, size: Size): MatchInput {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!;
  const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: int(0, max) }, () => pick(items)))];
  const reviewers: MatchReviewer[] = Array.from({ length: int(...size.reviewers) }, (_, i) => {
    const country = pick(COUNTRIES);
    return {
      id: `r${i}`,
      institutionIds: [pick(INSTITUTIONS)],
      country,
      region: REGION_OF[country]!,
      sectors: some(SECTORS, 3),
      workingAreas: some(["capacity_building", "application", "data_governance"], 2),
      countriesKnown: some(COUNTRIES, 2),
      regionsKnown: some(["Africa", "Asia", "Americas"], 1),
      languages: some(LANGUAGES, 2),
      capacity: int(0, 5),
      currentLoad: int(0, 1),
      unavailable: rnd() < 0.1 ? [{ from: "2026-03-10", to: "2026-03-12" }] : rnd() < 0.2 ? [{ from: "2026-05-01", to: "2026-05-02" }] : [],
      chairEligible: rnd() < 0.6,
      pastTexts: some(TEXTS, 2),
    };
  });
  const policy = {
    panelSize: int(...size.panel),
    chairRequired: rnd() < 0.7,
    excludeLeadCountry: rnd() < 0.2,
    sameCountry: rnd() < 0.15,
    minRegions: pick([1, 2] as const),
    loadBalance: pick([0, 0, 5, 40]),
  };
  const proposals: MatchProposal[] = Array.from({ length: int(...size.proposals) }, (_, i) => {
    const lead = pick(COUNTRIES);
    const seatedReviewers = rnd() < 0.25 ? some(reviewers, policy.panelSize - 1).map((r) => r.id) : [];
    const chairCandidates = reviewers.filter((r) => !seatedReviewers.includes(r.id));
    const chairId = rnd() < 0.15 && chairCandidates.length > 0 ? pick(chairCandidates).id : null;
    return {
      id: `p${i}`,
      leadInstitutionId: pick(INSTITUTIONS),
      coLeadInstitutionIds: rnd() < 0.5 ? some(INSTITUTIONS, 1) : [],
      leadCountry: lead,
      partyCountries: [lead],
      hubCountry: rnd() < 0.5 ? lead : null,
      spilloverCountries: some(COUNTRIES, 2),
      sectors: some(SECTORS, 2),
      workingArea: rnd() < 0.8 ? pick(["capacity_building", "application", "data_governance"]) : null,
      languages: some(LANGUAGES, 2),
      title: pick(TEXTS),
      summary: pick(TEXTS),
      seated: seatedReviewers.length > 0 || chairId ? { reviewerIds: seatedReviewers, chairId } : undefined,
    };
  });
  const bid = (): Bid => (rnd() < 0.1 ? "conflict" : pick(BIDS.filter((b) => b !== "conflict")));
  const bids = new Map(reviewers.map((r) => [r.id, new Map(some(proposals, 2).map((p) => [p.id, bid()]))]));
  const declaredConflicts = new Map(reviewers.map((r) => [r.id, new Set(rnd() < 0.1 ? [pick(proposals).id] : [])]));
  return { reviewers, proposals, bids, declaredConflicts, countryRegions: new Map(Object.entries(REGION_OF)), window: { from: "2026-03-01", to: "2026-03-31" }, policy };
}

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [first!, ...s]), ...subsets(rest, size)];
}

/** Σ scores of the new seats − the load-balance cost (loadBalance × seats already held, for each new seat). */
function objective(input: MatchInput, panels: readonly ProposedPanel[]): number {
  const matrix = scoreMatrix(input);
  const P = input.proposals.length;
  const index = (id: string) => input.reviewers.findIndex((r) => r.id === id);
  const held = new Map(input.reviewers.map((r) => [r.id, r.currentLoad]));
  let total = 0;
  for (const panel of panels) {
    const p = input.proposals.findIndex((x) => x.id === panel.proposalId);
    for (const id of [...panel.reviewerIds, ...(panel.chairId ? [panel.chairId] : [])]) {
      total += matrix.score[index(id) * P + p]! - input.policy.loadBalance * held.get(id)!;
      held.set(id, held.get(id)! + 1);
    }
  }
  return total;
}

/** The best objective over every assignment of `proposals` that findViolations accepts, or null. */
function bruteForce(input: MatchInput, proposals = input.proposals): number | null {
  const ids = input.reviewers.map((r) => r.id);
  const options = proposals.map((proposal) => {
    const need = input.policy.panelSize - (proposal.seated?.reviewerIds.length ?? 0);
    const needChair = input.policy.chairRequired && !proposal.seated?.chairId;
    return subsets(ids, need)
      .flatMap((reviewerIds) => (needChair ? ids.map((chairId): ProposedPanel => ({ proposalId: proposal.id, reviewerIds, chairId })) : [{ proposalId: proposal.id, reviewerIds, chairId: null }]))
      .filter((panel) => findViolations(input, [panel]).every((v) => v.rule === "capacity"));
  });
  let best: number | null = null;
  const chosen: ProposedPanel[] = [];
  const search = (i: number) => {
    if (i === options.length) {
      if (findViolations(input, chosen).length > 0) return;
      const value = objective(input, chosen);
      if (best === null || value > best) best = value;
      return;
    }
    for (const option of options[i]!) {
      chosen.push(option);
      search(i + 1);
      chosen.pop();
    }
  };
  search(0);
  return best;
}

const asProposed = (panels: PanelResult[]): ProposedPanel[] => panels.map(({ proposalId, reviewerIds, chairId }) => ({ proposalId, reviewerIds, chairId }));
const small: Size = { reviewers: [3, 5], proposals: [1, 3], panel: [1, 2] };
const larger: Size = { reviewers: [8, 30], proposals: [2, 20], panel: [1, 4] };
const seeds = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe("a whole batch, from profiles to panels", () => {
  it("reaches the brute-force optimum, and is infeasible exactly when no assignment keeps every rule", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const input = randomInput(seed, small);
        const expected = bruteForce(input);
        const result = matchBatch(input);
        expect(result.status).toBe(expected === null ? "infeasible" : "optimal");
        if (expected !== null) expect(result.objective).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it("when some panels cannot be staffed, reports them and staffs the others optimally", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const input = randomInput(seed, small);
        const result = matchBatch(input);
        if (result.status === "optimal") return;
        const staffed = new Set(result.panels.map((p) => p.proposalId));
        expect(result.unstaffed.length).toBeGreaterThan(0);
        expect([...staffed, ...result.unstaffed.map((u) => u.proposalId)].sort()).toEqual(input.proposals.map((p) => p.id).sort());
        for (const u of result.unstaffed) {
          expect(u.binding.length).toBeGreaterThan(0);
          expect(u.missingReviewers > 0 || u.missingChair).toBe(true);
        }
        expect(result.objective).toBe(bruteForce(input, input.proposals.filter((p) => staffed.has(p.id))));
      }),
      { numRuns: 250 },
    );
  });

  it("never breaks a rule on larger random batches: panel size, chair, conflicts, lead's country, availability, capacity, regions", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const input = randomInput(seed, larger);
        const result = matchBatch(input);
        expect(findViolations(input, asProposed(result.panels))).toEqual([]);
        expect(result.objective).toBe(objective(input, asProposed(result.panels)));
        for (const panel of result.panels) expect(panel.score).toBe(panel.reviewerScores.reduce((a, b) => a + b, 0) + (panel.chairScore ?? 0));
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same optimum whatever candidate pairs it starts from", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const input = randomInput(seed, larger);
        const objectives = [{}, { candidatesPerSeat: 0, chairCandidates: 0, perRegion: 0 }, { candidatesPerSeat: 1000, chairCandidates: 1000, perRegion: 1000 }].map((o) => matchBatch(input, o).objective);
        expect(new Set(objectives).size).toBe(1);
      }),
      { numRuns: 60 },
    );
  });

  it("suggests one proposal's panel with the same solver, the other proposals' seats counted in the load", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const input = randomInput(seed, small);
        const target = input.proposals[0]!;
        const one = matchOne(input, target.id);
        expect(one).toEqual({ ...matchBatch({ ...input, proposals: [target] }), stats: one.stats });
        expect(findViolations(input, asProposed(one.panels))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
