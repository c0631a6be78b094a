// The proposal form's sections and how far each is filled in (issue #15.7): the progress list at
// the top of the form and the review-before-submit summary read it. A field counts as filled when
// it holds something; whether it is valid is the server's word, at save and at submission.
import type { ProgrammeFormValues } from "./form-values";

export const FORM_SECTIONS = [
  { id: "basics", legend: "form.basics", fields: ["title", "summary", "description", "workingArea", "format", "sectors", "mechanismCode"] },
  { id: "partners", legend: "form.partners", fields: ["hubCountry", "spilloverCountries"] },
  { id: "schedule", legend: "form.schedule", fields: ["startDate", "endDate", "applicationDeadline", "capacity", "languages"] },
  { id: "budget", legend: "form.budget", fields: ["budgetAmount", "budgetCurrency", "fundingSources"] },
  { id: "outcomes", legend: "form.outcomes", fields: ["outcomes"] },
] as const satisfies readonly { id: string; legend: string; fields: readonly (keyof ProgrammeFormValues)[] }[];

export type SectionId = (typeof FORM_SECTIONS)[number]["id"];
export type SectionProgress = { id: SectionId; legend: string; filled: number; total: number; complete: boolean };

function isFilled(values: ProgrammeFormValues, field: keyof ProgrammeFormValues): boolean {
  const value = values[field];
  if (field === "fundingSources") return values.fundingSources.length > 0 && values.fundingSources.every((r) => r.name.trim() !== "" && r.side !== "" && r.amount.trim() !== "");
  if (field === "outcomes") return values.outcomes.length > 0 && values.outcomes.every((r) => r.metric !== "" && r.target.trim() !== "");
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "string") return value.trim() !== "";
  return true;
}

export function sectionProgress(values: ProgrammeFormValues): SectionProgress[] {
  return FORM_SECTIONS.map((s) => {
    const filled = s.fields.filter((f) => isFilled(values, f)).length;
    return { id: s.id, legend: s.legend, filled, total: s.fields.length, complete: filled === s.fields.length };
  });
}
