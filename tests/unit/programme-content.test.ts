import { describe, expect, it } from "vitest";
import { CONTENT_FIELDS, countryProblems } from "../../server/programmes/content";
import { diffRevisions } from "../../server/programmes/revision-diff";
import { programmeContent, programmeDraft } from "../../server/programmes/schemas";
import { completeContent } from "../factories/programmes";

/** The message keys per field of a failed parse, as submission reports them. */
function fieldErrors(value: unknown): Record<string, string[]> {
  const parsed = programmeContent.safeParse(value);
  if (parsed.success) return {};
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fields[String(issue.path[0])] ??= []).push(issue.message);
  return fields;
}

describe("a proposal's content at submission", () => {
  it("accepts the complete content of the test factory", () => {
    expect(fieldErrors(completeContent())).toEqual({});
    expect(Object.keys(completeContent()).sort()).toEqual([...CONTENT_FIELDS].sort());
  });

  it("names every missing field of a title-only draft with a validation.* message key", () => {
    const draft = Object.fromEntries(CONTENT_FIELDS.map((f) => [f, null]));
    Object.assign(draft, { title: "Only a title", summary: "", description: "", sectors: [], coLeadInstitutionIds: [], spilloverCountries: [], fundingSources: [], languages: [], outcomes: [], involvesDataSharing: false });
    const errors = fieldErrors(draft);
    expect(Object.keys(errors).sort()).toEqual(CONTENT_FIELDS.filter((f) => !["title", "coLeadInstitutionIds", "involvesDataSharing"].includes(f)).sort());
    const notKeys = Object.entries(errors).flatMap(([field, messages]) => messages.filter((m) => !/^validation\.\w+$/.test(m)).map((m) => `${field}: ${m}`));
    expect(notKeys).toEqual([]);
  });

  it("requires the end after the start and the application deadline no later than the start", () => {
    expect(fieldErrors({ ...completeContent(), endDate: "2026-12-31" })).toEqual({ endDate: ["validation.endAfterStart"] });
    expect(fieldErrors({ ...completeContent(), applicationDeadline: "2027-01-02" })).toEqual({ applicationDeadline: ["validation.deadlineBeforeStart"] });
  });

  it("requires the funding sources to add up to the budget", () => {
    expect(fieldErrors({ ...completeContent(), budgetAmount: 250001 })).toEqual({ fundingSources: ["validation.fundingTotal"] });
  });

  it("keeps lengths and counts within bounds", () => {
    expect(fieldErrors({ ...completeContent(), title: "Tiny" })).toEqual({ title: ["validation.titleLength"] });
    expect(fieldErrors({ ...completeContent(), sectors: ["a", "b", "c", "d", "e", "f"] })).toEqual({ sectors: ["validation.sectors"] });
    expect(fieldErrors({ ...completeContent(), capacity: 0 })).toEqual({ capacity: ["validation.capacity"] });
  });

  it("lets a draft hold just a title but still checks the types of what it holds", () => {
    expect(programmeDraft.safeParse({ title: "A programme title" }).success).toBe(true);
    expect(programmeDraft.safeParse({}).success).toBe(false);
    expect(programmeDraft.safeParse({ title: "A programme title", capacity: "many" }).success).toBe(false);
  });
});

describe("the country rules of a proposal", () => {
  const eligible = new Map([
    ["KE", true],
    ["TZ", true],
    ["UG", true],
    ["FR", false],
    ["US", false],
  ]);

  it("finds nothing wrong with a Kenyan lead reaching Tanzania and Uganda", () => {
    expect(countryProblems({ hubCountry: "KE", spilloverCountries: ["TZ", "UG"] }, "KE", eligible)).toEqual({});
  });

  it("refuses an ineligible hub or spillover country", () => {
    expect(countryProblems({ hubCountry: "FR", spilloverCountries: ["TZ"] }, "KE", eligible)).toEqual({ hubCountry: ["validation.countryNotEligible"] });
    expect(countryProblems({ hubCountry: "KE", spilloverCountries: ["TZ", "US"] }, "KE", eligible)).toEqual({ spilloverCountries: ["validation.countryNotEligible"] });
    expect(countryProblems({ hubCountry: "KE", spilloverCountries: ["ZZ"] }, "KE", eligible)).toEqual({ spilloverCountries: ["validation.countryNotEligible"] });
  });

  it("refuses a programme that reaches only the lead's own country", () => {
    expect(countryProblems({ hubCountry: "KE", spilloverCountries: ["KE"] }, "KE", eligible)).toEqual({ spilloverCountries: ["validation.reachBeyondLead"] });
  });

  it("accepts a hub abroad even when the spillover is the lead's own country", () => {
    expect(countryProblems({ hubCountry: "TZ", spilloverCountries: ["KE"] }, "KE", eligible)).toEqual({});
  });
});

describe("the diff between two revisions", () => {
  const before = completeContent("x");

  it("lists only the fields that changed, in the order of the form", () => {
    const after = { ...before, capacity: 250, summary: `${before.summary}\nNow with a fourth country.`, spilloverCountries: ["TZ", "UG", "RW"] };
    expect(diffRevisions(before, after).map((f) => f.field)).toEqual(["summary", "spilloverCountries", "capacity"]);
  });

  it("is empty for identical revisions", () => {
    expect(diffRevisions(before, { ...before })).toEqual([]);
  });

  it("shows removed and added words, and the words kept", () => {
    const [diff] = diffRevisions({ ...before, title: "Applied AI skills in Kenya" }, { ...before, title: "Applied AI skills in East Africa" });
    expect(diff?.field).toBe("title");
    const text = (kind: string) => diff!.parts.filter((p) => p.kind === kind).map((p) => p.text).join("");
    expect(text("removed")).toBe("Kenya");
    expect(text("added")).toBe("East Africa");
    expect(text("same")).toBe("Applied AI skills in ");
  });

  it("diffs long texts line by line", () => {
    const [diff] = diffRevisions({ ...before, description: "Line one\nLine two\n" }, { ...before, description: "Line one\nLine 2\n" });
    expect(diff?.parts).toEqual([
      { kind: "same", text: "Line one\n" },
      { kind: "removed", text: "Line two\n" },
      { kind: "added", text: "Line 2\n" },
    ]);
  });
});
