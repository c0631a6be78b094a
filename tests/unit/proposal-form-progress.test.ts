import { describe, expect, it } from "vitest";
import { sectionProgress } from "../../components/programmes/form-progress";
import type { ProgrammeFormValues } from "../../components/programmes/form-values";

const empty: ProgrammeFormValues = {
  title: "Draft",
  summary: "",
  description: "",
  workingArea: "",
  format: "",
  sectors: [],
  mechanismCode: "",
  coLeads: [],
  hubCountry: "",
  spilloverCountries: [],
  startDate: "",
  endDate: "",
  applicationDeadline: "",
  budgetAmount: "",
  budgetCurrency: "",
  fundingSources: [],
  capacity: "",
  languages: [],
  outcomes: [],
  involvesDataSharing: false,
};

describe("the proposal form's progress by section (issue #15.7)", () => {
  it("counts a new draft's title only", () => {
    expect(sectionProgress(empty).map((s) => [s.id, s.filled, s.total, s.complete])).toEqual([
      ["basics", 1, 7, false],
      ["partners", 0, 2, false],
      ["schedule", 0, 5, false],
      ["budget", 0, 3, false],
      ["outcomes", 0, 1, false],
    ]);
  });

  it("marks a section complete once every field holds something; blank text and half-filled rows do not count", () => {
    const partners = { ...empty, hubCountry: "GH", spilloverCountries: ["TG", "BJ"] };
    expect(sectionProgress(partners)[1]).toMatchObject({ filled: 2, complete: true });
    const blank = { ...empty, summary: "   " };
    expect(sectionProgress(blank)[0]!.filled).toBe(1);
    const halfRow = { ...empty, budgetAmount: "1000", budgetCurrency: "USD", fundingSources: [{ key: "a", name: "Ministry", side: "" as const, amount: "10" }] };
    expect(sectionProgress(halfRow)[3]).toMatchObject({ filled: 2, complete: false });
    const outcomes = { ...empty, outcomes: [{ key: "o", metric: "people_trained" as const, target: "100", description: "" }] };
    expect(sectionProgress(outcomes)[4]).toMatchObject({ filled: 1, complete: true });
  });
});
