// /{locale}/programmes and /{locale}/programmes/[reference] — the public catalogue and one programme.
import { todayUtc } from "../../agreements/in-force";
import type { CatalogueFilters } from "../../catalogue/schemas";
import { cachedForVisitors, pageRead } from "../page-read";
import { cacheableList, PROGRAMMES_TAG } from "../../http/public-cache-tags";
import { referenceLists } from "../reference";

/** One page of results for the filters, and the reference lists the filter form offers. */
export const cataloguePage = cachedForVisitors(
  [PROGRAMMES_TAG],
  pageRead("cataloguePage", async (ctx, filters: CatalogueFilters) => {
    const [results, reference] = await Promise.all([ctx.api.catalogue.search(filters), referenceLists(ctx)]);
    return { results, reference, today: todayUtc() };
  }),
  cacheableList,
);

/** The path segment as text; a malformed escape is kept as it is (and then matches nothing). */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A programme as the public sees it (anything not public: not found, whoever asks). */
/** A public programme with its public questions and answers (server-rendered: readable without JavaScript). */
export const publicProgrammePage = cachedForVisitors(
  [PROGRAMMES_TAG],
  pageRead("publicProgrammePage", async (ctx, reference: string) => {
    const data = await ctx.api.catalogue.byReference({ reference: decoded(reference) });
    return { ...data, questions: await ctx.api.discussions.publicQuestions({ programmeId: data.programme.id, page: 1 }) };
  }),
);
