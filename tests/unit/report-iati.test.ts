import { describe, expect, it } from "vitest";
import { equalPercentages, xmlEscape } from "../../server/reports/iati";
import { parseReportFile } from "../../server/reports/open-data";

describe("IATI helpers", () => {
  it.each([1, 2, 3, 6, 7, 11, 60])("splits 100%% into %i shares that add up to exactly 100", (n) => {
    const shares = equalPercentages(n);
    expect(shares).toHaveLength(n);
    expect(shares.reduce((s, p) => s + Math.round(Number(p) * 100), 0)).toBe(10000);
    for (const p of shares) expect(p).toMatch(/^\d+(\.\d{1,2})?$/);
  });

  it("escapes markup and drops characters XML does not allow", () => {
    expect(xmlEscape(`A & B <c> "d" 'e'\u0001`)).toBe("A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;");
  });
});

describe("open-data report file names", () => {
  it("reads the slug and the format from the last path segment", () => {
    expect(parseReportFile("2026-q3.json")).toEqual({ slug: "2026-q3", format: "json" });
    expect(parseReportFile("2026-q3-2.csv")).toEqual({ slug: "2026-q3-2", format: "csv" });
    expect(parseReportFile("2026-q3.xml")).toBeNull();
    expect(parseReportFile("2026-q3")).toBeNull();
    expect(parseReportFile("../x.json")).toBeNull();
  });
});
