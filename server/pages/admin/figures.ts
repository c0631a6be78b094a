// /admin/figures — the transparency figures as they stand now, for any period (admins).
import { can } from "../../authz/permissions";
import { forbidUnless, pageRead, signedIn } from "../page-read";

export const liveFiguresPage = pageRead("liveFiguresPage", async (ctx, periodStart: string, periodEnd: string) => {
  forbidUnless(can(signedIn(ctx), "report.liveFigures"));
  return ctx.api.reports.liveFigures({ periodStart, periodEnd });
});
