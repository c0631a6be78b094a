// Published reports as open data: the JSON document (it names its JSON Schema in `$schema`),
// the same figures as one tidy CSV table, and the list of published reports. Only public
// (suppressed) figures ever leave through here.
import type { CsvValue } from "../open-data/csv";
import { toCsv } from "../open-data/csv";
import type { Bucket, BudgetRow, Cell, FlowRow, PublicFigures } from "./figures";
import type { getPublishedReport } from "./get-report";

export const REPORTS_LICENCE = "CC BY 4.0";
export const REPORT_SCHEMA_PATH = "/api/open/reports.schema.json";
export const reportJsonPath = (slug: string) => `/api/open/reports/${slug}.json`;
export const reportCsvPath = (slug: string) => `/api/open/reports/${slug}.csv`;

type PublishedReport = Awaited<ReturnType<typeof getPublishedReport>>;

/** The public JSON document of a report; `origin` makes the links absolute (e.g. https://southbridge.example). */
export function reportDocument(r: PublishedReport, origin: string) {
  return {
    $schema: `${origin}${REPORT_SCHEMA_PATH}`,
    slug: r.report.slug,
    title: r.report.title,
    periodKind: r.report.periodKind,
    periodStart: r.report.periodStart,
    periodEnd: r.report.periodEnd,
    publishedAt: r.report.publishedAt.toISOString(),
    suppressionThreshold: r.report.suppressionThreshold,
    licence: REPORTS_LICENCE,
    supersedes: r.supersedes?.slug ?? null,
    supersededBy: r.supersededBy?.slug ?? null,
    links: { json: `${origin}${reportJsonPath(r.report.slug)}`, csv: `${origin}${reportCsvPath(r.report.slug)}` },
    narrative: r.report.narrative,
    methodology: r.report.methodology,
    figures: r.figures,
    // The audit chain's head when the report was published: pin it to detect a rewritten audit history.
    auditHead: r.auditHead,
    // What the verifier (scripts/southbridge-verify.mjs) rebuilds from `figures` and finds in the log.
    transparencyLog: r.transparencyLog,
  };
}

/** CSV columns: one row per figure. `value` is a number, "<N" (suppressed count) or empty (withheld amount, rate or median). */
export const REPORT_CSV_COLUMNS = ["section", "figure", "key", "name", "currency", "value"] as const;
type CsvRecord = Record<(typeof REPORT_CSV_COLUMNS)[number], CsvValue>;

const row = (section: string, figure: string, value: CsvValue, extra: Partial<CsvRecord> = {}): CsvRecord => ({
  section,
  figure,
  key: extra.key ?? null,
  name: extra.name ?? null,
  currency: extra.currency ?? null,
  value,
});

const bucketRows = (section: string, figure: string, list: Bucket<Cell>[]) => list.map((b) => row(section, figure, b.count, { key: b.key, name: b.name ?? null }));
const flowRows = (list: FlowRow<Cell>[]) => list.map((f) => row("agreements", "flows", f.count, { key: `${f.from}>${f.to}` }));
const budgetRows = (figure: string, list: BudgetRow<Cell>[]) =>
  list.flatMap((b) => [
    row("budgets", `${figure}.amount`, b.amount, { key: b.key, currency: b.currency }),
    row("budgets", `${figure}.programmes`, b.programmes, { key: b.key, currency: b.currency }),
  ]);

export function figureRows(f: PublicFigures): CsvRecord[] {
  return [
    row("programmes", "total", f.programmes.total),
    ...bucketRows("programmes", "byStatus", f.programmes.byStatus),
    row("programmes", "approvedTotal", f.programmes.approvedTotal),
    ...bucketRows("programmes", "byWorkingArea", f.programmes.byWorkingArea),
    ...bucketRows("programmes", "bySector", f.programmes.bySector),
    ...bucketRows("programmes", "byMechanism", f.programmes.byMechanism),
    ...bucketRows("programmes", "byRegion", f.programmes.byRegion),
    ...bucketRows("programmes", "byHubCountry", f.programmes.byHubCountry),
    row("institutions", "total", f.institutions.total),
    ...bucketRows("institutions", "byCountry", f.institutions.byCountry),
    ...bucketRows("institutions", "byType", f.institutions.byType),
    row("participation", "applicationsTotal", f.participation.applicationsTotal),
    ...bucketRows("participation", "applicationsByStatus", f.participation.applicationsByStatus),
    row("participation", "institutionsParticipating", f.participation.institutionsParticipating),
    row("decisions", "total", f.decisions.total),
    ...bucketRows("decisions", "byOutcome", f.decisions.byOutcome),
    row("decisions", "approvalRate", f.decisions.approvalRate),
    row("decisions", "approvalRateDenominator", f.decisions.approvalRateDenominator),
    row("decisions", "medianDaysToDecision", f.decisions.medianDaysToDecision),
    row("decisions", "medianN", f.decisions.medianN),
    row("reviews", "recusals", f.reviews.recusals),
    row("agreements", "inForce", f.agreements.inForce),
    ...flowRows(f.agreements.flows),
    ...budgetRows("byWorkingArea", f.budgets.byWorkingArea),
    ...budgetRows("bySide", f.budgets.bySide),
  ];
}

/** The CSV of a report: its identification first (section "report"), then every figure. */
export function reportCsv(r: PublishedReport): string {
  const meta = [
    row("report", "slug", r.report.slug),
    row("report", "title", r.report.title),
    row("report", "periodStart", r.report.periodStart),
    row("report", "periodEnd", r.report.periodEnd),
    row("report", "publishedAt", r.report.publishedAt.toISOString()),
    row("report", "computedAt", r.figures.computedAt),
    row("report", "suppressionThreshold", r.report.suppressionThreshold),
    row("report", "supersedes", r.supersedes?.slug ?? null),
    row("report", "supersededBy", r.supersededBy?.slug ?? null),
    row("report", "licence", REPORTS_LICENCE),
    row("report", "auditHeadHash", r.auditHead?.hash ?? null),
    row("report", "auditHeadEntries", r.auditHead?.entries ?? null),
    row("report", "transparencyLogLeafHash", r.transparencyLog.leafHash),
    row("report", "figuresSha256", r.transparencyLog.figuresSha256),
  ];
  return toCsv(REPORT_CSV_COLUMNS, [...meta, ...figureRows(r.figures)]);
}

/** `2026-q3.json` → { slug: "2026-q3", format: "json" }; anything else → null. */
export function parseReportFile(segment: string): { slug: string; format: "json" | "csv" } | null {
  const match = /^([0-9a-z-]{4,40})\.(json|csv)$/.exec(segment.toLowerCase());
  return match ? { slug: match[1]!, format: match[2] as "json" | "csv" } : null;
}
