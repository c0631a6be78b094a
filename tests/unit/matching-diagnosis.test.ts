import { describe, expect, it } from "vitest";
import { matchBatch, matchOne } from "../../server/reviews/matching/match-batch";
import { DEFAULT_MATCH_POLICY, type Bid, type MatchInput, type MatchPolicy, type MatchProposal, type MatchReviewer } from "../../server/reviews/matching/types";
import { findViolations } from "../../server/reviews/matching/violations";
import { matchReviewer } from "./support/match-reviewer";

// Hand-made batches whose answer is known: what binds an impossible panel, what kept a better
// reviewer off a panel, seated panels, the chair's seat, and the validator's every rule.

const REGION_OF: Record<string, string> = { KE: "Africa", NG: "Africa", GH: "Africa", IN: "Asia", CN: "Asia", BR: "Americas" };

function reviewer(id: string, country: string, facts: Partial<MatchReviewer> = {}): MatchReviewer {
  return matchReviewer({ id, institutionIds: [`inst-${id}`], country, region: REGION_OF[country]!, chairEligible: false, ...facts });
}

function proposal(id: string, facts: Partial<MatchProposal> = {}): MatchProposal {
  return { id, leadInstitutionId: `lead-${id}`, coLeadInstitutionIds: [], leadCountry: "BR", partyCountries: ["BR"], hubCountry: null, spilloverCountries: [], sectors: [], workingArea: null, languages: [], title: "", summary: "", ...facts };
}

function batch(reviewers: MatchReviewer[], proposals: MatchProposal[], options: { bids?: Record<string, Record<string, Bid>>; policy?: Partial<MatchPolicy> } = {}): MatchInput {
  return {
    reviewers,
    proposals,
    bids: new Map(Object.entries(options.bids ?? {}).map(([r, b]) => [r, new Map(Object.entries(b))])),
    declaredConflicts: new Map(),
    countryRegions: new Map(Object.entries(REGION_OF)),
    window: { from: "2026-03-01", to: "2026-03-31" },
    policy: { ...DEFAULT_MATCH_POLICY, loadBalance: 0, ...options.policy },
  };
}

const chair = (id: string, country: string, facts: Partial<MatchReviewer> = {}) => reviewer(id, country, { chairEligible: true, ...facts });
const bindingOf = (input: MatchInput) => matchBatch(input).unstaffed.map((u) => [u.proposalId, u.binding]);

describe("a panel that cannot be staffed", () => {
  it("is bound by panel size when there are not enough reviewers at all", () => {
    expect(bindingOf(batch([reviewer("a", "KE"), chair("b", "IN")], [proposal("p")]))).toEqual([["p", ["panel_size"]]]);
  });

  it("is bound by regions when every reviewer comes from one region", () => {
    expect(bindingOf(batch([reviewer("a", "KE"), reviewer("b", "NG"), reviewer("c", "GH"), chair("d", "KE")], [proposal("p")]))).toEqual([["p", ["regions"]]]);
  });

  it("is bound by chairs when nobody may chair", () => {
    expect(bindingOf(batch([reviewer("a", "KE"), reviewer("b", "IN"), reviewer("c", "BR"), reviewer("d", "CN")], [proposal("p")]))).toEqual([["p", ["chairs"]]]);
  });

  it("is bound by conflicts when members of the lead leave too few reviewers, and says which rule the rest break", () => {
    const lead = { institutionIds: ["lead-p"] };
    expect(bindingOf(batch([reviewer("a", "KE", lead), reviewer("b", "IN", lead), reviewer("c", "BR", lead), chair("d", "CN"), chair("e", "KE")], [proposal("p")]))).toEqual([["p", ["conflicts"]]]);
    expect(bindingOf(batch([reviewer("a", "KE", lead), reviewer("b", "IN"), reviewer("c", "BR"), chair("d", "CN")], [proposal("p")]))).toEqual([["p", ["conflicts", "chairs"]]]);
    expect(bindingOf(batch([reviewer("a", "IN", lead), reviewer("b", "KE"), reviewer("c", "NG"), reviewer("d", "GH"), chair("e", "KE")], [proposal("p")]))).toEqual([["p", ["conflicts", "regions"]]]);
  });

  it("is bound by the lead's country, availability or capacity when those leave too few reviewers", () => {
    const four = (facts: Partial<MatchReviewer>) => [reviewer("a", "BR", facts), reviewer("b", "IN"), reviewer("c", "KE"), reviewer("d", "CN")];
    const policy = { panelSize: 4, chairRequired: false };
    expect(bindingOf(batch(four({}), [proposal("p")], { policy: { ...policy, excludeLeadCountry: true } }))).toEqual([["p", ["lead_country"]]]);
    expect(bindingOf(batch(four({ unavailable: [{ from: "2026-03-30", to: "2026-04-02" }] }), [proposal("p")], { policy }))).toEqual([["p", ["availability"]]]);
    expect(bindingOf(batch(four({ capacity: 3, currentLoad: 3 }), [proposal("p")], { policy }))).toEqual([["p", ["capacity"]]]);
  });

  it("is bound by the batch's shared capacity when it could be staffed alone, and one of the two panels is still staffed", () => {
    const reviewers = [reviewer("a", "KE", { capacity: 1 }), reviewer("b", "IN", { capacity: 1 }), chair("c", "BR", { capacity: 1 })];
    const result = matchBatch(batch(reviewers, [proposal("p"), proposal("q")], { policy: { panelSize: 2 } }));
    expect(result.status).toBe("infeasible");
    expect(result.unstaffed).toHaveLength(1);
    expect(result.unstaffed[0]).toMatchObject({ missingReviewers: 2, missingChair: true, binding: ["capacity"] });
    expect(result.panels.map((p) => [p.reviewerIds.sort(), p.chairId])).toEqual([[["a", "b"], "c"]]);
  });
});

describe("a staffed panel's preview", () => {
  it("names the conflicted reviewer who would have scored higher", () => {
    const input = batch([reviewer("a", "KE", { institutionIds: ["lead-p"] }), reviewer("b", "IN"), reviewer("c", "BR"), chair("d", "CN")], [proposal("p")], { policy: { panelSize: 2 }, bids: { a: { p: "eager" } } });
    const [panel] = matchBatch(input).panels;
    expect(panel!.boundBy).toEqual(["conflicts"]);
    expect(panel!.displaced).toEqual([{ reviewerId: "a", seat: "reviewer", score: expect.any(Number) as number, constraint: "conflicts" }]);
  });

  it("names the region rule when a third reviewer from the same region scored higher", () => {
    const input = batch([reviewer("a", "KE"), reviewer("b", "NG"), reviewer("c", "GH"), reviewer("d", "IN"), chair("e", "BR")], [proposal("p")], {
      bids: { a: { p: "eager" }, b: { p: "eager" }, c: { p: "eager" } },
    });
    const [panel] = matchBatch(input).panels;
    expect(panel!.reviewerIds).toContain("d");
    expect(panel!.regions).toEqual(["Africa", "Asia"]);
    expect(panel!.displaced).toContainEqual({ reviewerId: expect.stringMatching(/^[abc]$/) as string, seat: "reviewer", score: expect.any(Number) as number, constraint: "regions" });
  });

  it("names capacity when the better reviewer's seats went to another panel", () => {
    const input = batch([reviewer("a", "KE", { capacity: 1 }), reviewer("b", "IN"), reviewer("c", "BR"), chair("d", "CN")], [proposal("p"), proposal("q")], {
      policy: { panelSize: 1 },
      bids: { a: { p: "eager", q: "eager" } },
    });
    const panels = matchBatch(input).panels;
    expect(panels.filter((p) => p.reviewerIds.includes("a"))).toHaveLength(1);
    expect(panels.find((p) => !p.reviewerIds.includes("a"))!.displaced).toContainEqual({ reviewerId: "a", seat: "reviewer", score: expect.any(Number) as number, constraint: "capacity" });
  });

  it("names the chair rule when the best reviewer is the only one who may chair", () => {
    const input = batch([chair("a", "KE"), reviewer("b", "NG"), reviewer("c", "BR")], [proposal("p")], { policy: { panelSize: 2 }, bids: { a: { p: "eager" } } });
    const [panel] = matchBatch(input).panels;
    expect(panel!.chairId).toBe("a");
    expect(panel!.displaced).toEqual([{ reviewerId: "a", seat: "reviewer", score: expect.any(Number) as number, constraint: "chairs" }]);
  });
});

describe("the seats", () => {
  it("keep the panel's seated reviewers and chair, fill only what is missing, and count the seated in the regions", () => {
    const input = batch([reviewer("a", "KE"), reviewer("b", "NG"), reviewer("c", "GH"), reviewer("d", "IN"), chair("e", "BR")], [proposal("p", { seated: { reviewerIds: ["a", "b"], chairId: "e" } })], {
      bids: { c: { p: "eager" } },
    });
    const [panel] = matchBatch(input).panels;
    expect(panel).toMatchObject({ reviewerIds: ["d"], chairId: null, regions: ["Africa", "Asia"] });
  });

  it("count the chair toward capacity but not toward the regions", () => {
    const input = batch([chair("a", "KE", { capacity: 1 }), reviewer("b", "NG"), reviewer("c", "IN"), chair("d", "GH")], [proposal("p"), proposal("q")], {
      policy: { panelSize: 2 },
      bids: { a: { p: "eager", q: "eager" } },
    });
    const result = matchBatch(input);
    const seatsOfA = result.panels.filter((p) => p.reviewerIds.includes("a") || p.chairId === "a");
    expect(seatsOfA).toHaveLength(1);
    for (const panel of result.panels) expect(panel.regions).toEqual(["Africa", "Asia"]);
    expect(findViolations(input, result.panels)).toEqual([]);
  });

  it("for a single proposal, come from the same solver with the other proposals' load fixed", () => {
    const input = batch([reviewer("a", "KE", { capacity: 2, currentLoad: 2 }), reviewer("b", "IN"), reviewer("c", "BR"), chair("d", "CN")], [proposal("p"), proposal("q")], {
      policy: { panelSize: 2 },
      bids: { a: { p: "eager" } },
    });
    const one = matchOne(input, "p");
    expect(one.panels.map((p) => p.proposalId)).toEqual(["p"]);
    expect(one.panels[0]!.reviewerIds).not.toContain("a");
  });
});

describe("the validator", () => {
  const input = batch(
    [reviewer("a", "KE", { institutionIds: ["lead-p"] }), reviewer("b", "NG", { capacity: 1, currentLoad: 1 }), reviewer("c", "BR", { unavailable: [{ from: "2026-03-02", to: "2026-03-03" }] }), chair("d", "CN")],
    [proposal("p"), proposal("q", { leadCountry: "NG" })],
    { policy: { panelSize: 2, excludeLeadCountry: true } },
  );
  const rules = (reviewerIds: string[], chairId: string | null, proposalId = "p") => findViolations(input, [{ proposalId, reviewerIds, chairId }]).map((v) => v.rule).sort();

  it("accepts a panel that keeps every rule", () => {
    expect(rules(["d", "b"], null, "p").filter((r) => r !== "capacity" && r !== "chair_missing")).toEqual([]);
  });

  it("finds each broken rule", () => {
    expect(rules(["d"], "a")).toEqual(["chair_ineligible", "conflicts", "panel_size"]);
    expect(rules(["d", "c"], "b")).toEqual(["availability", "capacity", "chair_ineligible", "lead_country"]);
    expect(rules(["d", "d"], "d")).toEqual(["chair_reviews", "duplicate", "regions"]);
    expect(rules(["b", "c"], null, "q")).toEqual(["availability", "capacity", "chair_missing", "lead_country"].sort());
    expect(rules(["d", "x"], "d")).toEqual(["chair_reviews", "unknown_reviewer"]);
  });

  it("finds a panel of one region", () => {
    const sameRegion = batch([reviewer("a", "KE"), reviewer("b", "NG")], [proposal("p")], { policy: { panelSize: 2, chairRequired: false } });
    expect(findViolations(sameRegion, [{ proposalId: "p", reviewerIds: ["a", "b"], chairId: null }]).map((v) => v.rule)).toEqual(["regions"]);
  });
});
