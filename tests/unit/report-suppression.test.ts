import { describe, expect, it } from "vitest";
import type { Bucket, ReportFigures } from "../../server/reports/figures";
import { cell, suppressBudgets, suppressBuckets, suppressFigures, suppressFlows } from "../../server/reports/suppress";

const b = (key: string, count: number): Bucket => ({ key, count });

function figures(overrides: Partial<ReportFigures> = {}): ReportFigures {
  return {
    formatVersion: 1,
    period: { start: "2026-07-01", end: "2026-09-30" },
    computedAt: "2026-10-01T00:00:00.000Z",
    threshold: 5,
    programmes: { total: 0, byStatus: [], approvedTotal: 0, byWorkingArea: [], bySector: [], byMechanism: [], byRegion: [], byHubCountry: [] },
    institutions: { total: 0, byCountry: [], byType: [] },
    participation: { applicationsTotal: 0, applicationsByStatus: [], institutionsParticipating: 0 },
    decisions: { total: 0, byOutcome: [], approvalRate: null, approvalRateDenominator: 0, medianDaysToDecision: null, medianN: 0 },
    reviews: { recusals: 0 },
    agreements: { inForce: 0, flows: [] },
    budgets: { byWorkingArea: [], bySide: [] },
    ...overrides,
  };
}

/** Every count anywhere in a public figures object (numbers only: suppressed ones are strings). */
function shownCounts(value: unknown, key = ""): number[] {
  if (Array.isArray(value)) return value.flatMap((v) => shownCounts(v, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => shownCounts(v, k));
  const isCount = !["amount", "approvalRate", "medianDaysToDecision", "threshold", "formatVersion"].includes(key);
  return typeof value === "number" && isCount ? [value] : [];
}

describe("suppressing small counts", () => {
  it("shows a count below the threshold as <threshold, and a count at the threshold as itself", () => {
    expect([0, 1, 4, 5, 6].map((n) => cell(n, 5))).toEqual(["<5", "<5", "<5", 5, 6]);
    expect(cell(9, 10)).toBe("<10");
    expect(cell(10, 10)).toBe(10);
  });

  it("never leaves exactly one part of a breakdown suppressed: the smallest other part goes too", () => {
    const out = suppressBuckets([b("open", 40), b("active", 12), b("completed", 3), b("cancelled", 9)], 5);
    expect(out.map((x) => x.count)).toEqual([40, 12, "<5", "<5"]);
    // The hidden part cannot be worked out as total − shown parts: two unknowns remain.
    const hidden = out.filter((x) => typeof x.count === "string");
    expect(hidden).toHaveLength(2);
  });

  it("leaves a breakdown alone when nothing is small, and hides every small part when several are", () => {
    expect(suppressBuckets([b("a", 5), b("b", 7)], 5).map((x) => x.count)).toEqual([5, 7]);
    expect(suppressBuckets([b("a", 1), b("b", 2), b("c", 50)], 5).map((x) => x.count)).toEqual(["<5", "<5", 50]);
    expect(suppressBuckets([b("a", 3)], 5).map((x) => x.count)).toEqual(["<5"]);
  });

  it("applies the same rule to data flows", () => {
    const flows = suppressFlows([{ from: "KE", to: "CN", count: 8 }, { from: "BR", to: "IN", count: 2 }, { from: "ZA", to: "IN", count: 6 }], 5);
    expect(flows.map((f) => f.count)).toEqual([8, "<5", "<5"]);
  });

  it("withholds a budget amount backed by too few programmes, and never alone within a currency", () => {
    const out = suppressBudgets(
      [
        { key: "capacity_building", currency: "USD", amount: 1_000_000, programmes: 12 },
        { key: "application", currency: "USD", amount: 250_000, programmes: 2 },
        { key: "data_governance", currency: "USD", amount: 700_000, programmes: 6 },
        { key: "application", currency: "CNY", amount: 900_000, programmes: 7 },
      ],
      5,
    );
    expect(out.map((r) => [r.amount, r.programmes])).toEqual([
      [1_000_000, 12],
      [null, "<5"],
      [null, 6],
      [900_000, 7],
    ]);
  });

  it("withholds the approval rate and its denominator when approvals or rejections are hidden", () => {
    const f = figures({
      decisions: { total: 14, byOutcome: [b("approve", 8), b("request_changes", 4), b("reject", 2)], approvalRate: 0.8, approvalRateDenominator: 10, medianDaysToDecision: 21.5, medianN: 14 },
    });
    const out = suppressFigures(f).decisions;
    expect(out.byOutcome.map((x) => x.count)).toEqual([8, "<5", "<5"]);
    expect(out.approvalRate).toBeNull();
    expect(out.approvalRateDenominator).toBe("<5");
    expect(out.medianDaysToDecision).toBe(21.5);
    expect(out.medianN).toBe(14);
  });

  it("keeps the approval rate when both of its parts are shown, and withholds a median of too few decisions", () => {
    const f = figures({
      decisions: { total: 15, byOutcome: [b("approve", 6), b("request_changes", 4), b("reject", 5)], approvalRate: 0.545, approvalRateDenominator: 11, medianDaysToDecision: 3, medianN: 4 },
    });
    const out = suppressFigures(f).decisions;
    // request_changes (4) is hidden, so the smallest other part (reject, 5) is hidden too — and with it the rate.
    expect(out.byOutcome.map((x) => x.count)).toEqual([6, "<5", "<5"]);
    expect(out.approvalRate).toBeNull();
    expect(out.medianDaysToDecision).toBeNull();
    expect(out.medianN).toBe("<5");

    const big = suppressFigures(figures({ decisions: { total: 20, byOutcome: [b("approve", 10), b("request_changes", 5), b("reject", 5)], approvalRate: 0.667, approvalRateDenominator: 15, medianDaysToDecision: 9.5, medianN: 20 } }));
    expect(big.decisions.approvalRate).toBe(0.667);
    expect(big.decisions.approvalRateDenominator).toBe(15);
  });

  it("leaves no count below the threshold anywhere in the public figures", () => {
    const f = figures({
      programmes: {
        total: 23,
        byStatus: [b("open", 9), b("active", 11), b("completed", 3)],
        approvedTotal: 23,
        byWorkingArea: [b("capacity_building", 20), b("application", 3)],
        bySector: [b("health", 15), b("agriculture", 1), b("education", 7)],
        byMechanism: [b("BRICS", 23)],
        byRegion: [b("Africa", 19), b("Asia", 4)],
        byHubCountry: [b("KE", 12), b("NG", 7), b("CN", 4)],
      },
      institutions: { total: 30, byCountry: [b("KE", 26), b("CN", 4)], byType: [b("university", 29), b("ngo", 1)] },
      participation: { applicationsTotal: 7, applicationsByStatus: [b("pending", 3), b("accepted", 4)], institutionsParticipating: 2 },
      reviews: { recusals: 1 },
      agreements: { inForce: 3, flows: [{ from: "KE", to: "CN", count: 3 }] },
    });
    const out = suppressFigures(f, 5);
    expect(shownCounts(out).filter((n) => n < 5)).toEqual([]);
    expect(out.programmes.total).toBe(23);
    expect(out.participation.institutionsParticipating).toBe("<5");
    expect(out.reviews.recusals).toBe("<5");
  });

  it("uses the report's own threshold", () => {
    const f = figures({ threshold: 10, reviews: { recusals: 7 } });
    expect(suppressFigures(f).reviews.recusals).toBe("<10");
    expect(suppressFigures(f, 5).reviews.recusals).toBe(7);
  });
});
