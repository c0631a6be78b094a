// The adapter from database rows to the solver's input (server/reviewer-matching/match-input.ts):
// which proposals await a panel, seated and declared seats, profiles and their defaults, the
// review window; and the batch it builds solved without breaking a rule.
import { describe, expect, it } from "vitest";
import { awaitsPanel, buildMatchInput, DEFAULT_CAPACITY, NO_REGION, reviewWindow, type MatchingRows } from "../../server/reviewer-matching/match-input";
import type { MatchingReviewerRow, PanelProposalRow } from "../../server/reviewer-matching/queries";
import { matchBatch } from "../../server/reviews/matching/match-batch";
import { findViolations } from "../../server/reviews/matching/violations";

const REGIONS = new Map([
  ["KE", "Africa"],
  ["NG", "Africa"],
  ["IN", "Asia"],
  ["BR", "Americas"],
  ["CN", "Asia"],
]);

function reviewer(id: string, country: string | null, profile: Partial<NonNullable<MatchingReviewerRow["profile"]>> | null = null, load = 0): MatchingReviewerRow {
  const now = new Date();
  return {
    userId: id,
    name: id,
    institutionIds: country ? [`inst-${id}`] : [],
    country,
    load,
    profile: profile && {
      userId: id,
      sectors: [],
      workingAreas: [],
      countriesKnown: [],
      regionsKnown: [],
      languages: ["en"],
      capacity: 3,
      unavailable: [],
      chairEligible: true,
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...profile,
    },
  };
}

function proposal(id: string, panel: PanelProposalRow["panel"] = [], extra: Partial<PanelProposalRow> = {}): PanelProposalRow {
  return {
    id,
    reference: id.toUpperCase(),
    title: `Proposal ${id} on crop yields`,
    summary: "Machine learning for smallholder agriculture.",
    status: "submitted",
    version: 1,
    leadInstitutionId: "lead",
    coLeadInstitutionIds: [],
    leadCountry: "KE",
    partyCountries: ["KE"],
    hubCountry: "KE",
    spilloverCountries: ["UG"],
    sectors: ["agriculture"],
    workingArea: "application",
    languages: ["en"],
    panel,
    ...extra,
  };
}

const rows = (reviewers: MatchingReviewerRow[], proposals: PanelProposalRow[], extra: Partial<MatchingRows> = {}): MatchingRows => ({
  reviewers,
  proposals,
  bids: [],
  pastTexts: [],
  countryRegions: REGIONS,
  reviewPolicy: { panelSize: 3, quorum: 2, sameCountry: false },
  excludeLeadCountry: false,
  today: "2026-12-06",
  ...extra,
});

describe("the matching input built from database rows", () => {
  it("keeps only proposals missing a reviewer or the chair, and leaves an over-full panel to the desk", () => {
    const seat = (userId: string, role: "reviewer" | "chair", status = "active") => ({ userId, role, status });
    expect(awaitsPanel(proposal("a"), 3)).toBe(true);
    expect(awaitsPanel(proposal("b", [seat("r1", "reviewer"), seat("r2", "reviewer"), seat("r3", "reviewer"), seat("c", "chair")]), 3)).toBe(false);
    expect(awaitsPanel(proposal("c", [seat("r1", "reviewer"), seat("r2", "reviewer"), seat("r3", "reviewer")]), 3)).toBe(true);
    expect(awaitsPanel(proposal("d", [seat("r1", "reviewer"), seat("r2", "reviewer"), seat("r3", "reviewer"), seat("r4", "reviewer")]), 3)).toBe(false);
    expect(awaitsPanel(proposal("e", [seat("r1", "reviewer", "recused"), seat("r2", "reviewer"), seat("r3", "reviewer"), seat("c", "chair")]), 3)).toBe(true);
  });

  it("seats the active panel, makes a recused or ended seat a declared conflict, and reads conflict bids", () => {
    const input = buildMatchInput(
      rows(
        [reviewer("r1", "KE"), reviewer("r2", "IN"), reviewer("r3", "NG")],
        [proposal("p", [{ userId: "r1", role: "reviewer", status: "active" }, { userId: "r2", role: "reviewer", status: "recused" }, { userId: "r3", role: "chair", status: "ended" }])],
        { bids: [{ reviewerUserId: "r1", programmeId: "p", bid: "conflict" }] },
      ),
    );
    expect(input.proposals[0]!.seated).toEqual({ reviewerIds: ["r1"], chairId: null });
    expect([...input.declaredConflicts.entries()].map(([k, v]) => [k, [...v]])).toEqual([
      ["r2", ["p"]],
      ["r3", ["p"]],
    ]);
    expect(input.bids.get("r1")?.get("p")).toBe("conflict");
  });

  it("gives a reviewer without a profile the default capacity and no expertise, and one without an institution no region", () => {
    const input = buildMatchInput(rows([reviewer("r1", null), reviewer("r2", "BR", { sectors: ["agriculture"], capacity: 7 }, 2)], [proposal("p")]));
    expect(input.reviewers[0]).toMatchObject({ capacity: DEFAULT_CAPACITY, sectors: [], region: NO_REGION, currentLoad: 0 });
    expect(input.reviewers[1]).toMatchObject({ capacity: 7, sectors: ["agriculture"], region: "Americas", country: "BR", currentLoad: 2 });
  });

  it("reviews over the four weeks from today", () => {
    expect(reviewWindow("2026-12-06")).toEqual({ from: "2026-12-06", to: "2027-01-02" });
  });

  it("solves the batch it builds without breaking a rule, an unavailable reviewer left out", () => {
    const away = [{ from: "2026-12-20", to: "2026-12-24" }];
    const reviewers = [
      reviewer("a1", "KE", { sectors: ["agriculture"] }),
      reviewer("a2", "NG", { sectors: ["agriculture"], unavailable: away }),
      reviewer("a3", "NG"),
      reviewer("b1", "IN", { sectors: ["agriculture"] }),
      reviewer("b2", "CN"),
      reviewer("c1", "BR"),
      reviewer("c2", "BR", { chairEligible: false }),
    ];
    const input = buildMatchInput(rows(reviewers, [proposal("p1"), proposal("p2", [], { leadInstitutionId: "inst-b1" })]));
    const result = matchBatch(input);
    expect(result.status).toBe("optimal");
    expect(findViolations(input, result.panels)).toEqual([]);
    const everyone = result.panels.flatMap((p) => [...p.reviewerIds, p.chairId]);
    expect(everyone).not.toContain("a2");
    expect(result.panels.find((p) => p.proposalId === "p2")!.reviewerIds).not.toContain("b1");
  });
});
