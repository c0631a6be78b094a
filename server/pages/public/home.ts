// /{locale} — the home page: directory figures and the first open programmes.
import { todayUtc } from "../../agreements/in-force";
import { directoryStats } from "../../institutions/directory-stats";
import { cachedForVisitors, pageRead } from "../page-read";
import { INSTITUTIONS_TAG, PROGRAMMES_TAG } from "../../http/public-cache-tags";

export const homePage = cachedForVisitors(
  [PROGRAMMES_TAG, INSTITUTIONS_TAG],
  pageRead("homePage", async (ctx) => {
    const [stats, open] = await Promise.all([directoryStats(ctx.db), ctx.api.catalogue.search({ status: "open", page: 1 })]);
    return { stats, teaser: open.items.slice(0, 3), today: todayUtc() };
  }),
);
