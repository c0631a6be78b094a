import { describe, expect, it } from "vitest";
import { nextFreeSlug, periodSlug } from "../../server/reports/slug";
import { domainErrorThrownBy } from "./support/thrown";

describe("report slugs", () => {
  it("names a calendar quarter 2026-q3, a calendar year 2026 and any other period by its dates", () => {
    expect(periodSlug("quarter", "2026-07-01", "2026-09-30")).toBe("2026-q3");
    expect(periodSlug("quarter", "2026-01-01", "2026-03-31")).toBe("2026-q1");
    expect(periodSlug("quarter", "2026-10-01", "2026-12-31")).toBe("2026-q4");
    expect(periodSlug("year", "2026-01-01", "2026-12-31")).toBe("2026");
    expect(periodSlug("custom", "2026-06-01", "2026-08-31")).toBe("2026-06-01-2026-08-31");
  });

  it("refuses a quarter or a year that is not exactly a calendar quarter or year", () => {
    for (const [kind, start, end] of [
      ["quarter", "2026-07-02", "2026-09-30"],
      ["quarter", "2026-07-01", "2026-12-31"],
      ["year", "2026-01-01", "2026-12-30"],
      ["year", "2026-02-01", "2027-01-31"],
    ] as const) {
      const error = domainErrorThrownBy(() => periodSlug(kind, start, end));
      expect(error.code).toBe("VALIDATION");
      expect(error.fields).toEqual({ periodStart: ["validation.date"], periodEnd: ["validation.date"] });
    }
  });

  it("gives a correction of the same period the next free number", () => {
    expect(nextFreeSlug("2026-q3", [])).toBe("2026-q3");
    expect(nextFreeSlug("2026-q3", ["2026-q3"])).toBe("2026-q3-2");
    expect(nextFreeSlug("2026-q3", ["2026-q3", "2026-q3-2"])).toBe("2026-q3-3");
    expect(nextFreeSlug("2026-q3", ["2026-q3", "2026-q3-3"])).toBe("2026-q3-2");
  });
});
