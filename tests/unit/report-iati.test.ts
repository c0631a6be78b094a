import fc from "fast-check";
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
    expect(xmlEscape("\uD800 lone, 😀 paired, \uFFFE\uFFFF\t\n\r")).toBe(" lone, 😀 paired, \t\n\r");
  });

  it("escapes any text as the definition does, character by character (XML 1.0 § 2.2)", () => {
    const allowed = (c: number) => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
    const byDefinition = (text: string) => Array.from(text, (ch) => (allowed(ch.codePointAt(0)!) ? (escapes[ch] ?? ch) : "")).join("");
    // Any UTF-16 text, lone surrogates included, and text made mostly of the characters that matter.
    const tricky = fc.constantFrom("&", "<", ">", '"', "'", "\u0000", "\u0008", "\t", "\uD800", "\uDFFF", "\uFFFE", "\uFFFF", "😀", "ع", "中", "a");
    fc.assert(fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.array(tricky).map((a) => a.join(""))), (text) => xmlEscape(text) === byDefinition(text)), { numRuns: 2000 });
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
