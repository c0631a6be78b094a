// GET /api/open/reports.json — every published transparency report (newest first), with links to
// each report's JSON and CSV; no sign-in (CC BY 4.0). Fields: server/open-data/contracts.ts (reportsIndexOut).
import { getDb } from "@/db/client";
import { listPublishedReports, PUBLISHED_PAGE_SIZE } from "@/server/reports/list-reports";
import { reportsIndexOut } from "@/server/open-data/contracts";
import { jsonBody, openDataRoute, openHeaders } from "@/server/open-data/respond";
import { REPORT_SCHEMA_PATH, REPORTS_LICENCE, reportCsvPath, reportJsonPath } from "@/server/reports/open-data";

export const dynamic = "force-dynamic";

const MAX_PAGES = 50;

export const GET = openDataRoute("GET /api/open/reports.json", async (request: Request) => {
  const origin = new URL(request.url).origin;
  const db = getDb().db;
  const first = await listPublishedReports({ db }, { page: 1 });
  const pages = Math.min(MAX_PAGES, Math.ceil(first.total / PUBLISHED_PAGE_SIZE));
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => listPublishedReports({ db }, { page: i + 2 })));
  const reports = [first, ...rest].flatMap((p) => p.items);
  const body = reportsIndexOut.parse({
    generatedAt: new Date().toISOString(),
    count: reports.length,
    licence: REPORTS_LICENCE,
    schema: `${origin}${REPORT_SCHEMA_PATH}`,
    reports: reports.map((r) => ({
      slug: r.slug,
      title: r.title,
      periodKind: r.periodKind,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      publishedAt: r.publishedAt.toISOString(),
      supersedes: r.supersedesSlug,
      supersededBy: r.supersededBySlug,
      json: `${origin}${reportJsonPath(r.slug)}`,
      csv: `${origin}${reportCsvPath(r.slug)}`,
    })),
  });
  return new Response(jsonBody(body), { headers: openHeaders("application/json; charset=utf-8") });
});
