// /{locale}/institutions and /{locale}/institutions/[id] — the directory and one institution.
import type { DirectoryFilters } from "../../institutions/schemas";
import { idSchema } from "../../institutions/schemas";
import { cachedForVisitors, notFoundUnless, pageRead } from "../page-read";
import { cacheableList, INSTITUTIONS_TAG, PROGRAMMES_TAG } from "../../http/public-cache-tags";

/** One page of the directory for the filters, and the countries the filter form offers. */
export const institutionDirectoryPage = cachedForVisitors(
  [INSTITUTIONS_TAG],
  pageRead("institutionDirectoryPage", async (ctx, filters: DirectoryFilters) => {
    const [directory, countries] = await Promise.all([ctx.api.institutions.directory(filters), ctx.api.reference.countries()]);
    return { directory, countries };
  }),
  cacheableList,
);

/**
 * An institution as the reader may see it (verified ones for everybody; others for their members
 * and admins), with one page of the public programmes it leads (the catalogue's statuses only).
 */
export const institutionPage = cachedForVisitors(
  [INSTITUTIONS_TAG, PROGRAMMES_TAG],
  pageRead("institutionPage", async (ctx, institutionId: string, page: number = 1) => {
    notFoundUnless(idSchema.safeParse(institutionId).success, "institution");
    const [institution, programmes] = await Promise.all([
      ctx.api.institutions.byId({ institutionId }),
      ctx.api.catalogue.search({ lead: institutionId, sort: "newest", page: Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1 }),
    ]);
    return { institution, programmes, signedIn: ctx.viewer !== null };
  }),
  (_institutionId, page = 1) => page <= 10,
);
