import { and, eq } from "drizzle-orm";
import { transparencyReports as reports } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { eventsFrom } from "../workflow/state-machine";
import { assembleFigures, computeFigures } from "./compute-figures";
import type { ReportFigures } from "./figures";
import { draftPeriodOf, findSuccessor } from "./queries";
import { suppressFigures } from "./suppress";
import { reportLogEntry } from "../transparency-log/documents.mjs";
import { reportMachine } from "./transitions";
import { joinPublishedSuccessor, joinSuperseded, successor, supersedes } from "./supersession";

/**
 * A report for the admins: a draft with its figures computed live (in the same wave as the report
 * is read), a published one with the figures stored at publication; both exact and as the public
 * sees them.
 */
export async function getReportForAdmin(ctx: UseCaseContext, input: { reportId: string }) {
  assertCan(ctx.viewer, "report.manage");
  const { db } = ctx;
  const [[found], live, successorRow] = await Promise.all([
    db
      .select({ report: reports, supersedesSlug: supersedes.slug, supersedesTitle: supersedes.title })
      .from(reports)
      .leftJoin(supersedes, joinSuperseded)
      .where(eq(reports.id, input.reportId))
      .limit(1),
    computeFigures(db, draftPeriodOf(input.reportId)),
    findSuccessor(db, input.reportId),
  ]);
  if (!found) throw notFound("report");
  const { report } = found;
  const supersededReport = report.supersedesReportId ? { id: report.supersedesReportId, slug: found.supersedesSlug!, title: found.supersedesTitle! } : null;
  const figures: ReportFigures =
    report.status === "published" && report.figures
      ? (report.figures as unknown as ReportFigures)
      : assembleFigures(live, { start: report.periodStart, end: report.periodEnd, threshold: report.suppressionThreshold, computedAt: new Date() });
  const events = eventsFrom(reportMachine, report.status);
  return {
    report,
    figures,
    publicFigures: suppressFigures(figures, report.suppressionThreshold),
    supersedes: supersededReport,
    supersededBy: successorRow ?? null,
    viewer: { canEdit: events.includes("edit"), canPublish: events.includes("publish"), canCorrect: report.status === "published" && !successorRow },
  };
}

/**
 * A published report for everybody, by slug, with public (suppressed) figures, the audit chain's
 * head stored at publication, its transparency-log leaf, and the links to the report it corrects /
 * its correction.
 */
export async function getPublishedReport(ctx: Pick<UseCaseContext, "db">, input: { slug: string }) {
  const [row] = await ctx.db
    .select({
      report: reports,
      supersedesSlug: supersedes.slug,
      supersedesTitle: supersedes.title,
      supersededBySlug: successor.slug,
      supersededByTitle: successor.title,
    })
    .from(reports)
    .leftJoin(supersedes, joinSuperseded)
    .leftJoin(successor, joinPublishedSuccessor)
    .where(and(eq(reports.slug, input.slug), eq(reports.status, "published")))
    .limit(1);
  if (!row || !row.report.figures) throw notFound("report");
  const r = row.report;
  const figures = suppressFigures(r.figures as unknown as ReportFigures, r.suppressionThreshold);
  const logEntry = reportLogEntry({ slug: r.slug, publicFigures: figures, publishedAt: r.publishedAt! });
  return {
    report: {
      slug: r.slug,
      title: r.title,
      periodKind: r.periodKind,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      narrative: r.narrative,
      methodology: r.methodology,
      suppressionThreshold: r.suppressionThreshold,
      publishedAt: r.publishedAt!,
    },
    figures,
    auditHead: r.auditHeadHash !== null && r.auditHeadEntries !== null ? { hash: r.auditHeadHash, entries: r.auditHeadEntries } : null,
    transparencyLog: { leafHash: logEntry.leafHash, figuresSha256: logEntry.figuresSha256 },
    supersedes: row.supersedesSlug ? { slug: row.supersedesSlug, title: row.supersedesTitle! } : null,
    supersededBy: row.supersededBySlug ? { slug: row.supersededBySlug, title: row.supersededByTitle! } : null,
  };
}
