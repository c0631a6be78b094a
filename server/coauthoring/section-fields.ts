// The sections of a proposal's text and the fields each holds (the co-lead list is not one: see
// invite/remove/leave). No imports: the browser's section editors read it too (zod stays on the server).
export const SECTION_FIELDS = {
  basics: ["title", "summary", "description", "workingArea", "format"],
  scope: ["sectors", "mechanismCode", "hubCountry", "spilloverCountries", "languages"],
  schedule: ["startDate", "endDate", "applicationDeadline", "capacity"],
  budget: ["budgetAmount", "budgetCurrency", "fundingSources"],
  outcomes: ["outcomes", "involvesDataSharing"],
} as const;
export type Section = keyof typeof SECTION_FIELDS;
export type SectionField = (typeof SECTION_FIELDS)[Section][number];
export const SECTIONS = Object.keys(SECTION_FIELDS) as Section[];
