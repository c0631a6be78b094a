// What a co-authoring section editor sends and compares: only its section's fields, emptied ones
// cleared (so a co-author can remove a value), and rows compared without their editor keys.
import { describe, expect, it } from "vitest";
import { formValuesOf, sameValue, sectionDraft } from "@/components/programmes/coauthoring/section-values";

const stored = {
  budgetAmount: 250000,
  budgetCurrency: "USD",
  fundingSources: [{ name: "FAPESP", side: "partners", amount: 50000 }],
};

describe("co-authoring section values", () => {
  it("sends exactly the section's fields, as the server holds them", () => {
    expect(sectionDraft("budget", formValuesOf(stored))).toEqual(stored);
  });

  it("clears the fields the author emptied (null, empty text, empty list)", () => {
    const values = { ...formValuesOf(stored), budgetAmount: "", budgetCurrency: "", fundingSources: [] };
    expect(sectionDraft("budget", values)).toEqual({ budgetAmount: null, budgetCurrency: null, fundingSources: [] });
    expect(sectionDraft("basics", formValuesOf({ title: "A title" }))).toEqual({ title: "A title", summary: "", description: "", workingArea: null, format: null });
    expect(sectionDraft("scope", formValuesOf({}))).toEqual({ sectors: [], mechanismCode: null, hubCountry: null, spilloverCountries: [], languages: [] });
  });

  it("compares rows by their content, not their editor keys", () => {
    const a = formValuesOf(stored).fundingSources;
    const b = formValuesOf(stored).fundingSources;
    expect(a[0]!.key).not.toBe(b[0]!.key);
    expect(sameValue(a, b)).toBe(true);
    expect(sameValue(a, [{ ...b[0]!, amount: "60000" }])).toBe(false);
  });
});
