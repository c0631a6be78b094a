import type { ProgrammeRow } from "./queries";
import type { ProgrammeContent } from "./schemas";

/** The fields a revision freezes, in a fixed order (so diffs and hashes are stable). */
export const CONTENT_FIELDS = [
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
  "budgetAmount",
  "budgetCurrency",
  "fundingSources",
  "capacity",
  "languages",
  "outcomes",
  "involvesDataSharing",
] as const satisfies readonly (keyof ProgrammeContent)[];

export type ContentField = (typeof CONTENT_FIELDS)[number];

/** The programme's current text as a plain object of the content fields (nulls where a draft is incomplete). */
export function contentOf(p: ProgrammeRow): Record<ContentField, unknown> {
  return Object.fromEntries(CONTENT_FIELDS.map((f) => [f, p[f] ?? null])) as Record<ContentField, unknown>;
}

/**
 * Rules that need reference data: every country named must be a Global South country, and
 * the programme must reach at least one country besides the lead's own.
 * Returns message keys per field (empty when all is well).
 */
export function countryProblems(c: Pick<ProgrammeContent, "hubCountry" | "spilloverCountries">, leadCountry: string, eligible: Map<string, boolean>) {
  const problems: Record<string, string[]> = {};
  if (!eligible.get(c.hubCountry)) problems.hubCountry = ["validation.countryNotEligible"];
  if (c.spilloverCountries.some((code) => !eligible.get(code))) problems.spilloverCountries = ["validation.countryNotEligible"];
  const reached = new Set([c.hubCountry, ...c.spilloverCountries]);
  reached.delete(leadCountry);
  if (reached.size === 0) problems.spilloverCountries = [...(problems.spilloverCountries ?? []), "validation.reachBeyondLead"];
  return problems;
}
