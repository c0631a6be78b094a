// The open-data files other than the programme pages and dumps, one handler per route under
// app/api/open/ (each route file only names its handler here). They read through server functions.
import { z } from "zod";
import { getDb } from "@/db/client";
import { publishedAuditHead } from "../audit/verify-chain";
import { isDomainError } from "../errors";
import { listOpenInstitutions, OPEN_INSTITUTION_COLUMNS } from "../institutions/open-data";
import { getPublishedReport } from "../reports/get-report";
import { listPublishedReports, PUBLISHED_PAGE_SIZE } from "../reports/list-reports";
import { parseReportFile, REPORT_SCHEMA_PATH, REPORTS_LICENCE, reportCsv, reportCsvPath, reportDocument, reportJsonPath } from "../reports/open-data";
import { publishedReportOutput } from "../trpc/outputs/reports";
import { auditHeadFileOut, institutionsFileOut, openInstitutionOut, reportFileOut, reportsIndexOut } from "./contracts";
import { toCsv } from "./csv";
import { jsonBody, openDataRoute, openHeaders } from "./respond";

// GET /api/open/institutions.json — every verified institution, no sign-in (CC BY 4.0).
// Fields: server/open-data/contracts.ts (institutionsFileOut).
export const institutionsJson = openDataRoute("GET /api/open/institutions.json", async () => {
  const institutions = await listOpenInstitutions(getDb().db);
  const body = institutionsFileOut.parse({ generatedAt: new Date().toISOString(), count: institutions.length, licence: "CC BY 4.0", institutions });
  return new Response(jsonBody(body), { headers: openHeaders("application/json; charset=utf-8") });
});

// GET /api/open/institutions.csv — every verified institution as RFC 4180 CSV, no sign-in (CC BY 4.0).
// Records: server/open-data/contracts.ts (openInstitutionOut); text cells are neutralised against formulas.
export const institutionsCsv = openDataRoute("GET /api/open/institutions.csv", async () => {
  const institutions = z.array(openInstitutionOut).parse(await listOpenInstitutions(getDb().db));
  return new Response(toCsv(OPEN_INSTITUTION_COLUMNS, institutions), {
    headers: { ...openHeaders("text/csv; charset=utf-8"), "Content-Disposition": 'attachment; filename="southbridge-institutions.csv"' },
  });
});

// GET /api/open/audit-head.json — the newest head of the tamper-evident audit chain (docs/SECURITY.md,
// "Audit log"), so outsiders can pin it: the id and time of the newest entry, how many entries the
// chain holds and the head hash. Nothing of the entry's content. No sign-in, CORS open, cached
// briefly (the head moves with every audited change). Fields: server/open-data/contracts.ts (auditHeadFileOut).
export const auditHeadJson = openDataRoute("GET /api/open/audit-head.json", async () => {
  const head = await publishedAuditHead(getDb().db);
  const body = auditHeadFileOut.parse({
    entryId: head.entryId,
    entries: head.entries,
    hash: head.hash,
    occurredAt: head.occurredAt?.toISOString() ?? null,
    generatedAt: new Date().toISOString(),
  });
  return new Response(jsonBody(body), { headers: { ...openHeaders("application/json; charset=utf-8", 10), "X-Content-Type-Options": "nosniff" } });
});

// GET /api/open/reports.json — every published transparency report (newest first), with links to
// each report's JSON and CSV; no sign-in (CC BY 4.0). Fields: server/open-data/contracts.ts (reportsIndexOut).
const MAX_PAGES = 50;

export const reportsIndexJson = openDataRoute("GET /api/open/reports.json", async (request: Request) => {
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

// GET /api/open/reports/<slug>.json and /api/open/reports/<slug>.csv — one published report with
// its public (suppressed) figures; no sign-in (CC BY 4.0). A route segment cannot contain a dot,
// so the extension is parsed from the parameter. JSON fields: server/open-data/contracts.ts (reportFileOut).
const notFound = () => new Response(JSON.stringify({ error: "not found" }), { status: 404, headers: { "Content-Type": "application/json; charset=utf-8" } });

export const reportFile = openDataRoute("GET /api/open/reports/[report]", async (request: Request, { params }: { params: Promise<{ report: string }> }) => {
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
