// What the proposal form holds (as typed) and how it becomes a programmes.update draft.
// Client-safe: type-only imports from the schema and the server.
import type { FundingSide, OutcomeMetric } from "@/server/vocabulary";
import type { ProgrammeDraft } from "@/server/programmes/schemas";

export type FundingRow = { key: string; name: string; side: FundingSide | ""; amount: string };
export type OutcomeRow = { key: string; metric: OutcomeMetric | ""; target: string; description: string };
export type InstitutionChoice = { id: string; name: string };

export type ProgrammeFormValues = {
  title: string;
  summary: string;
  description: string;
  workingArea: string;
  format: string;
  sectors: string[];
  mechanismCode: string;
  coLeads: InstitutionChoice[];
  hubCountry: string;
  spilloverCountries: string[];
  startDate: string;
  endDate: string;
  applicationDeadline: string;
  budgetAmount: string;
  budgetCurrency: string;
  fundingSources: FundingRow[];
  capacity: string;
  languages: string[];
  outcomes: OutcomeRow[];
  involvesDataSharing: boolean;
};

/** The fields in the order of the form (error summary order, focus order). */
export const FORM_FIELDS = [
  "title",
  "summary",
  "description",
  "workingArea",
  "format",
  "sectors",
  "mechanismCode",
  "coLeadInstitutionIds",
  "hubCountry",
  "spilloverCountries",
  "startDate",
  "endDate",
  "applicationDeadline",
  "capacity",
  "languages",
  "budgetAmount",
  "budgetCurrency",
  "fundingSources",
  "outcomes",
  "involvesDataSharing",
] as const;

let counter = 0;
export const rowKey = () => `row-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/**
 * A number typed in an <input type="number"> (the browser always reports it with a dot,
 * whatever the locale). Empty → undefined; anything unparseable → NaN, which the server
 * refuses with a field message rather than us guessing.
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return Number(trimmed.replace(",", "."));
}

const blank = (s: string) => s.trim() === "";
type Draft = Omit<ProgrammeDraft, "title"> & { title: string };

/**
 * The draft sent to the server: empty fields are left out (drafts may be incomplete), fully
 * empty rows are dropped; everything typed is sent as is so the server judges it.
 */
export function draftFromValues(v: ProgrammeFormValues): Draft {
  const d: Draft = { title: v.title, coLeadInstitutionIds: v.coLeads.map((c) => c.id), involvesDataSharing: v.involvesDataSharing };
  if (!blank(v.summary)) d.summary = v.summary;
  if (!blank(v.description)) d.description = v.description;
  if (v.workingArea) d.workingArea = v.workingArea as Draft["workingArea"];
  if (v.format) d.format = v.format as Draft["format"];
  if (v.sectors.length > 0) d.sectors = v.sectors;
  if (v.mechanismCode) d.mechanismCode = v.mechanismCode;
  if (v.hubCountry) d.hubCountry = v.hubCountry;
  if (v.spilloverCountries.length > 0) d.spilloverCountries = v.spilloverCountries;
  if (v.startDate) d.startDate = v.startDate;
  if (v.endDate) d.endDate = v.endDate;
  if (v.applicationDeadline) d.applicationDeadline = v.applicationDeadline;
  const budget = parseNumber(v.budgetAmount);
  if (budget !== undefined) d.budgetAmount = budget;
  if (!blank(v.budgetCurrency)) d.budgetCurrency = v.budgetCurrency;
  const funding = v.fundingSources.filter((f) => !blank(f.name) || f.side !== "" || !blank(f.amount));
  if (funding.length > 0) {
    d.fundingSources = funding.map((f) => ({ name: f.name, side: f.side as FundingSide, amount: parseNumber(f.amount) ?? Number.NaN }));
  }
  const capacity = parseNumber(v.capacity);
  if (capacity !== undefined) d.capacity = capacity;
  if (v.languages.length > 0) d.languages = v.languages;
  const outcomes = v.outcomes.filter((o) => o.metric !== "" || !blank(o.target) || !blank(o.description));
  if (outcomes.length > 0) {
    d.outcomes = outcomes.map((o) => ({ metric: o.metric as OutcomeMetric, target: parseNumber(o.target) ?? Number.NaN, description: o.description }));
  }
  return d;
}
