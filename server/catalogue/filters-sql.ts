// The catalogue's filters as one SQL condition over `programmes`, shared by the page of rows and
// its count (so both always agree). JSON arrays are text holding JSON: JSON_CONTAINS and
// JSON_OVERLAPS work on MySQL 8.0.17+ and MariaDB 10.9+ alike.
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { countries, programmes } from "@/db/schema";
import { isRegion } from "./facets";
import { planSearch } from "./full-text";
import type { CatalogueFilters } from "./schemas";

/** JSON text of a single string, for JSON_CONTAINS(column, ?): always bound as a parameter. */
const jsonString = (value: string) => JSON.stringify(value);

export function catalogueCondition(filters: CatalogueFilters): SQL {
  const conditions: (SQL | undefined)[] = [
    // The stored is_public column (status in CATALOGUE_STATUSES) keeps the plan on programmes_public_idx.
    eq(programmes.isPublic, true),
    filters.status ? eq(programmes.status, filters.status) : undefined,
    filters.area ? eq(programmes.workingArea, filters.area) : undefined,
    filters.format ? eq(programmes.format, filters.format) : undefined,
    filters.mechanism ? eq(programmes.mechanismCode, filters.mechanism) : undefined,
    filters.flagship ? eq(programmes.isFlagship, true) : undefined,
    filters.lead ? eq(programmes.leadInstitutionId, filters.lead) : undefined,
    filters.sector ? sql`JSON_CONTAINS(${programmes.sectors}, ${jsonString(filters.sector)})` : undefined,
    filters.language ? sql`JSON_CONTAINS(${programmes.languages}, ${jsonString(filters.language)})` : undefined,
    filters.country
      ? or(eq(programmes.hubCountry, filters.country), sql`JSON_CONTAINS(${programmes.spilloverCountries}, ${jsonString(filters.country)})`)
      : undefined,
    filters.region ? regionCondition(filters.region) : undefined,
    ...textConditions(filters.q),
  ];
  return and(...conditions)!;
}

/**
 * The hub or any spillover country lies in the region (or sub-region). The region's countries
 * come from uncorrelated subqueries on the reference table, evaluated once per statement — no
 * extra round trip and no per-row lookup.
 */
function regionCondition(region: string): SQL {
  const column = isRegion(region) ? countries.region : countries.subregion;
  const members = sql`(select ${countries.iso2} from ${countries} where ${column} = ${region})`;
  const asJson = sql`(select JSON_ARRAYAGG(${countries.iso2}) from ${countries} where ${column} = ${region})`;
  return sql`(${programmes.hubCountry} in ${members} or JSON_OVERLAPS(${programmes.spilloverCountries}, ${asJson}))`;
}

/** Full text on (title, summary) for the words InnoDB can index; an escaped LIKE for the others. */
function textConditions(q: string | undefined): SQL[] {
  const plan = planSearch(q);
  const out: SQL[] = [];
  if (plan.fullText) out.push(sql`MATCH(${programmes.title}, ${programmes.summary}) AGAINST (${plan.fullText} IN BOOLEAN MODE)`);
  for (const pattern of plan.like) out.push(sql`(${programmes.title} like ${pattern} or ${programmes.summary} like ${pattern})`);
  return out;
}

/** Relevance for ordering when there are full-text words (0 otherwise). */
export function relevance(filters: CatalogueFilters): SQL<number> | null {
  const plan = planSearch(filters.q);
  return plan.fullText ? sql<number>`MATCH(${programmes.title}, ${programmes.summary}) AGAINST (${plan.fullText} IN BOOLEAN MODE)` : null;
}
