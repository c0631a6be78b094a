// /admin/reports, /admin/reports/[id], /admin/reports/new — transparency reports for the admins.
import { can } from "../../authz/permissions";
import { idSchema } from "../../institutions/schemas";
import { methodologyFor } from "../../reports/methodology";
import { DEFAULT_THRESHOLD } from "../../reports/suppress";
import { isLocale } from "@/i18n/locales";
import { forbidUnless, notFoundUnless, pageRead, signedIn, type PageContext } from "../page-read";

const mayManage = (ctx: PageContext) => forbidUnless(can(signedIn(ctx), "report.manage"));

export const adminReportsPage = pageRead("adminReportsPage", async (ctx) => {
  mayManage(ctx);
  return { reports: await ctx.api.reports.adminList() };
});

/** One report: a draft with its live figures, or a published one with its frozen figures; the methodology in the reader's language. */
export const adminReportPage = pageRead("adminReportPage", async (ctx, reportId: string) => {
  mayManage(ctx);
  notFoundUnless(idSchema.safeParse(reportId).success, "report");
  const found = await ctx.api.reports.adminById({ reportId });
  const locale = ctx.meta.locale;
  return { ...found, methodology: methodologyFor(found.report.methodology, isLocale(locale) ? locale : "en") };
});

/** A new draft; with a published report's id, a correction of it (same period to start with). */
export const newReportPage = pageRead("newReportPage", async (ctx, supersedesId: string | undefined) => {
  mayManage(ctx);
  const corrected = supersedesId && idSchema.safeParse(supersedesId).success ? await ctx.api.reports.adminById({ reportId: supersedesId }).catch(missingAsNull) : null;
  return { correcting: corrected?.report.status === "published" ? corrected.report : null, defaultThreshold: DEFAULT_THRESHOLD };
});

/** A report that is not there (any more) is simply not corrected. */
function missingAsNull(error: unknown): null {
  if ((error as { code?: string }).code === "NOT_FOUND") return null;
  throw error;
}
