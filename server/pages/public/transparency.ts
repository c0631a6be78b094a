// /{locale}/transparency and /{locale}/transparency/[report] — published transparency reports.
import { isLocale } from "@/i18n/locales";
import { methodologyFor } from "../../reports/methodology";
import { slugSchema } from "../../reports/schemas";
import { cachedForVisitors, notFoundUnless, pageRead } from "../page-read";
import { REPORTS_TAG } from "../../http/public-cache-tags";

/** One page of the published reports, newest first. */
export const transparencyPage = cachedForVisitors(
  [REPORTS_TAG],
  pageRead("transparencyPage", (ctx, page: number) => ctx.api.reports.published({ page })),
  (page) => page <= 10,
);

/** A published report with its public figures and the methodology in the reader's language. */
export const publishedReportPage = cachedForVisitors(
  [REPORTS_TAG],
  pageRead("publishedReportPage", async (ctx, slug: string) => {
  notFoundUnless(slugSchema.safeParse(slug).success, "report");
  const found = await ctx.api.reports.bySlug({ slug });
  const locale = ctx.meta.locale;
  return { ...found, methodology: methodologyFor(found.report.methodology, isLocale(locale) ? locale : "en") };
  }),
);
