// The catalogue's address: query string → filters, and filters → query string. Every filtered
// view is a shareable URL; only the filters that are set appear, so links stay short.
import { catalogueFilters, type CatalogueFilters } from "@/server/catalogue/schemas";

export type SearchParams = Record<string, string | string[] | undefined>;

/** Query parameter names, stable: they are part of shared links (and of the e2e tests). */
export const FILTER_PARAMS = ["q", "area", "format", "sector", "mechanism", "region", "country", "status", "language", "flagship", "sort", "page"] as const;

/** The query string → filters. Anything malformed is dropped rather than failing the page. */
export function parseCatalogueQuery(searchParams: SearchParams): CatalogueFilters {
  const first = (key: string) => {
    const v = searchParams[key];
    return Array.isArray(v) ? v[0] : v;
  };
  const raw = Object.fromEntries(FILTER_PARAMS.map((key) => [key, first(key)]));
  const parsed = catalogueFilters.safeParse({ ...raw, q: raw.q?.slice(0, 100) });
  return parsed.success ? parsed.data : catalogueFilters.parse({});
}

/** The filters as a query object (for Link hrefs), page 1 left out. */
export function catalogueQuery(filters: CatalogueFilters, page = filters.page): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ["q", "area", "format", "sector", "mechanism", "region", "country", "status", "language"] as const) {
    const value = filters[key];
    if (value) query[key] = value;
  }
  if (filters.flagship) query.flagship = "1";
  if (filters.sort) query.sort = filters.sort;
  if (page > 1) query.page = String(page);
  return query;
}

/** Is any filter set (besides the page)? */
export const hasFilters = (filters: CatalogueFilters) => Object.keys(catalogueQuery(filters, 1)).some((key) => key !== "sort");
