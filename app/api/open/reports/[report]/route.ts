// GET /api/open/reports/<slug>.json and /api/open/reports/<slug>.csv — one published report with
// its public (suppressed) figures; no sign-in (CC BY 4.0). A route segment cannot contain a dot,
// so the extension is parsed from the parameter. JSON fields: server/open-data/contracts.ts (reportFileOut).
import { getDb } from "@/db/client";
import { isDomainError } from "@/server/errors";
import { getPublishedReport } from "@/server/reports/get-report";
import { reportFileOut } from "@/server/open-data/contracts";
import { jsonBody, openDataRoute } from "@/server/open-data/respond";
import { parseReportFile, reportCsv, reportDocument } from "@/server/reports/open-data";
import { publishedReportOutput } from "@/server/trpc/outputs/reports";

export const dynamic = "force-dynamic";

const notFound = () => new Response(JSON.stringify({ error: "not found" }), { status: 404, headers: { "Content-Type": "application/json; charset=utf-8" } });

export const GET = openDataRoute("GET /api/open/reports/[report]", async (request: Request, { params }: { params: Promise<{ report: string }> }) => {
  const file = parseReportFile((await params).report);
  if (!file) return notFound();
  let report;
  try {
    report = publishedReportOutput.parse(await getPublishedReport({ db: getDb().db }, { slug: file.slug }));
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
  // A published report never changes: it may be cached for long.
  const common = { "Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*" };
  if (file.format === "csv") {
    return new Response(reportCsv(report), {
      headers: { ...common, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="southbridge-report-${report.report.slug}.csv"` },
    });
  }
  const origin = new URL(request.url).origin;
  return new Response(jsonBody(reportFileOut.parse(reportDocument(report, origin))), { headers: { ...common, "Content-Type": "application/json; charset=utf-8" } });
});
