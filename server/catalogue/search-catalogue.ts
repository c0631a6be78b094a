// The public catalogue: open, active and completed programmes, filtered and paginated.
// One read wave: the page of rows and the total are two queries sent together.
import { asc, count, desc, eq, sql } from "drizzle-orm";
import { institutions, programmes } from "@/db/schema";
import type { UseCaseContext } from "../context";
import { catalogueCondition, relevance } from "./filters-sql";
import { CATALOGUE_PAGE_SIZE, type CatalogueFilters, type CatalogueSort } from "./schemas";
import type { CatalogueStatus } from "./facets";

export type CatalogueItem = {
  reference: string;
  title: string;
  summary: string;
  status: CatalogueStatus;
  workingArea: string | null;
  format: string | null;
  isFlagship: boolean;
  leadName: string;
  leadCountry: string;
  hubCountry: string | null;
  spilloverCountries: string[];
  sectors: string[];
  mechanismCode: string | null;
  languages: string[];
  applicationDeadline: string | null;
  capacity: number | null;
  acceptedCount: number;
  startDate: string | null;
  endDate: string | null;
};

export type CataloguePage = { items: CatalogueItem[]; total: number; page: number; pageSize: number };

/**
 * The catalogue's order over programme columns: by default flagships, newest, reference —
 * programmes_public_idx's order (after relevance when searching text); "newest" the latest
 * published first; "closingSoon" the deadlines still ahead, nearest first, then the rest.
 */
function sortOrder(sort: CatalogueSort | undefined) {
  if (sort === "newest") return [desc(programmes.publishedAt), asc(programmes.reference)];
  if (sort === "closingSoon") {
    const ahead = sql`(${programmes.applicationDeadline} is not null and ${programmes.applicationDeadline} >= current_date)`;
    return [desc(ahead), asc(programmes.applicationDeadline), desc(programmes.publishedAt), asc(programmes.reference)];
  }
  return [desc(programmes.isFlagship), desc(programmes.publishedAt), asc(programmes.reference)];
}

/** Relevance first only in the default order (a chosen sort is what the reader asked for). */
function catalogueOrder(score: ReturnType<typeof relevance>, sort: CatalogueSort | undefined) {
  return [...(score && !sort ? [desc(score)] : []), ...sortOrder(sort)];
}

/**
 * The ids of one page of results, on the programmes table alone (narrow sort): without text
 * search or filters it is a range of programmes_public_idx read in order, stopping after the
 * page (tests/integration/catalogue-plan.integration-test.ts checks the plan with EXPLAIN).
 */
export function catalogueIdsQuery(ctx: Pick<UseCaseContext, "db">, filters: CatalogueFilters) {
  const score = relevance(filters);
  return ctx.db
    .select({ id: programmes.id, score: (score ?? sql<number>`0`).as("score") })
    .from(programmes)
    .where(catalogueCondition(filters))
    .orderBy(...catalogueOrder(score, filters.sort))
    .limit(CATALOGUE_PAGE_SIZE)
    .offset((filters.page - 1) * CATALOGUE_PAGE_SIZE);
}

/** The number of results: an index-only count over programmes_public_idx when unfiltered. */
export function catalogueTotalQuery(ctx: Pick<UseCaseContext, "db">, filters: CatalogueFilters) {
  return ctx.db.select({ total: count() }).from(programmes).where(catalogueCondition(filters));
}

/**
 * No sign-in needed: the catalogue only ever shows public programmes and public fields.
 * The page is a deferred join: the filtered, ordered and limited ids are found on the
 * programmes table alone (narrow sort), then only those 20 rows are joined to their lead.
 */
export async function searchCatalogue(ctx: Pick<UseCaseContext, "db">, filters: CatalogueFilters): Promise<CataloguePage> {
  const pageSize = CATALOGUE_PAGE_SIZE;
  const ids = catalogueIdsQuery(ctx, filters).as("page_ids");
  const [rows, totals] = await Promise.all([
    ctx.db
      .select({
        reference: programmes.reference,
        title: programmes.title,
        summary: programmes.summary,
        status: programmes.status,
        workingArea: programmes.workingArea,
        format: programmes.format,
        isFlagship: programmes.isFlagship,
        leadName: institutions.name,
        leadCountry: institutions.countryCode,
        hubCountry: programmes.hubCountry,
        spilloverCountries: programmes.spilloverCountries,
        sectors: programmes.sectors,
        mechanismCode: programmes.mechanismCode,
        languages: programmes.languages,
        applicationDeadline: programmes.applicationDeadline,
        capacity: programmes.capacity,
        acceptedCount: programmes.acceptedCount,
        startDate: programmes.startDate,
        endDate: programmes.endDate,
      })
      .from(ids)
      .innerJoin(programmes, eq(programmes.id, ids.id))
      .innerJoin(institutions, eq(institutions.id, programmes.leadInstitutionId))
      // A derived table has no order of its own: the same order again, over 20 rows.
      .orderBy(...(filters.sort ? [] : [desc(ids.score)]), ...sortOrder(filters.sort)),
    catalogueTotalQuery(ctx, filters),
  ]);
  return {
    items: rows.map((r) => ({ ...r, status: r.status as CatalogueStatus })),
    total: Number(totals[0]?.total ?? 0),
    page: filters.page,
    pageSize,
  };
}
