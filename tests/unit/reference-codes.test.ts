// The code lists the input schemas check are generated from db/reference/*.csv; this holds the
// committed module to the CSVs (run `npm run reference:codes` after changing one) and checks the
// date and code rules the schemas use.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GENERATED_CODES_PATH, renderReferenceCodes } from "../../scripts/lib/reference-codes";
import { COUNTRY_CODES, CURRENCY_CODES, LANGUAGE_CODES, MECHANISM_CODES, SECTOR_CODES } from "../../server/reference/codes.generated";
import { calendarDate, countryCode, currencyCode, isCalendarDate, languageCode, mechanismCode, sectorCode } from "../../server/reference/fields";

describe("generated reference codes", () => {
  it("are exactly what the reference CSVs give (run npm run reference:codes after changing one)", () => {
    expect(readFileSync(path.join(process.cwd(), GENERATED_CODES_PATH), "utf8")).toBe(renderReferenceCodes());
  });

  it("hold every list the platform names, and stay small enough for the form bundles", () => {
    expect(COUNTRY_CODES).toHaveLength(194);
    expect(SECTOR_CODES).toContain("agriculture");
    expect(MECHANISM_CODES).toContain("BRICS");
    expect(CURRENCY_CODES).toEqual(expect.arrayContaining(["USD", "EUR", "CNY", "BRL", "INR", "ZAR", "KES", "NGN", "XOF"]));
    expect(LANGUAGE_CODES).toEqual(expect.arrayContaining(["en", "fr", "es", "ar", "zh", "ru", "pt", "sw", "kea", "luo"]));
    expect(readFileSync(path.join(process.cwd(), GENERATED_CODES_PATH)).byteLength).toBeLessThan(10_000);
  });
});

describe("calendar dates", () => {
  it("refuses days that do not exist and accepts those that do", () => {
    expect(["2026-02-31", "2026-02-29", "2100-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "0999-12-31"].filter(isCalendarDate)).toEqual([]);
    expect(["2028-02-29", "2000-02-29", "2026-12-31", "2026-04-30", "1000-01-01", "9999-12-31"].every(isCalendarDate)).toBe(true);
  });

  it("agrees with the calendar for every generated day", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        expect(isCalendarDate(d.toISOString().slice(0, 10))).toBe(true);
      }),
    );
  });

  it("names a wrong shape and an impossible day with different keys", () => {
    const date = calendarDate({ format: "validation.date" });
    expect(date.safeParse("31/02/2026").error?.issues[0]?.message).toBe("validation.date");
    expect(date.safeParse("2026-02-31").error?.issues[0]?.message).toBe("validation.dateInvalid");
    expect(date.parse(" 2026-02-28 ")).toBe("2026-02-28");
  });
});

describe("reference codes in schemas", () => {
  it.each([
    ["country", countryCode(), "ke", "KE", "XX", "validation.countryUnknown"],
    ["sector", sectorCode(), "health", "health", "astrology", "validation.sectorUnknown"],
    ["mechanism", mechanismCode(), "BRICS", "BRICS", "NOPE", "validation.mechanismUnknown"],
    ["currency", currencyCode(), "usd", "USD", "ZZZ", "validation.currencyUnknown"],
    ["language", languageCode(), "sw", "sw", "qz", "validation.languageUnknown"],
  ] as const)("a %s code is accepted when listed and refused with its own key when not", (_what, schema, known, parsed, unknown, key) => {
    expect(schema.parse(known)).toBe(parsed);
    expect(schema.safeParse(unknown).error?.issues[0]?.message).toBe(key);
    expect(schema.safeParse("x".repeat(1_000_000)).success).toBe(false);
  });
});
