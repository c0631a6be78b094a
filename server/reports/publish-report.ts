import { eq, sql } from "drizzle-orm";
import { auditChainHead, transparencyReports } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, requestFacts, type UseCaseContext } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { notify } from "../notifications/notify";
import { reportLogEntry } from "../transparency-log/documents.mjs";
import { commit } from "../workflow/commit";
import { nextState } from "../workflow/state-machine";
import { statement } from "../workflow/statement";
import { assembleFigures, computeFigures } from "./compute-figures";
import { draftPeriodOf, findReport, guardedReportUpdate } from "./queries";
import { suppressFigures } from "./suppress";
import { reportMachine } from "./transitions";

/** Stores the audit chain's head — sealed just before, by this very write — in the report's row. */
const storeAuditHead = (reportId: string) =>
  statement(
    sql`update ${transparencyReports} join ${auditChainHead} on ${auditChainHead.id} = 1
        set ${transparencyReports.auditHeadHash} = ${auditChainHead.hash}, ${transparencyReports.auditHeadEntries} = ${auditChainHead.entries}
        where ${eq(transparencyReports.id, reportId)}`,
  );

/**
 * An admin publishes a draft: its figures are computed (in the same read wave as the report) and
 * stored, unsuppressed, with the moment of computation, in ONE atomic write guarded on the
 * draft's status and version. The same write appends the report's leaf (slug, hash of its public
 * figures) and the audit chain's new head to the public transparency log, and stores that head
 * in the report, which prints it. From then on the report never changes. Admins are notified.
 */
export async function publishReport(ctx: UseCaseContext, input: { reportId: string; version: number }) {
  const { db, viewer } = ctx;
  const rule = reportMachine.transitions.publish;
  assertCan(viewer, rule.permission);
  const [report, counts] = await Promise.all([findReport(db, input.reportId), computeFigures(db, draftPeriodOf(input.reportId))]);
  if (!report) throw notFound("report");
  if (report.status === "published") throw new DomainError("REPORT_PUBLISHED", { slug: report.slug });
  const to = nextState(reportMachine, report.status, "publish");
  if (report.version !== input.version) throw conflict("report");
  const now = new Date();
  const figures = assembleFigures(counts, { start: report.periodStart, end: report.periodEnd, threshold: report.suppressionThreshold, computedAt: now });
  // The leaf of the figures exactly as the report's public JSON will publish them (suppressed).
  const logEntry = reportLogEntry({ slug: report.slug, publicFigures: suppressFigures(figures, report.suppressionThreshold), publishedAt: now });
  await commit(db, {
    changes: [guardedReportUpdate(db, report.id, report, { status: to, figures, publishedAt: now, publishedByUserId: viewer.userId })],
    event: {
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      action: "report.publish",
      objectType: "report",
      objectId: report.id,
      changes: { status: { before: report.status, after: to }, publishedAt: { before: null, after: now.toISOString() } },
      context: metaContext(ctx.meta),
    },
    request: requestFacts(ctx.meta),
    afterChain: [{ statement: storeAuditHead(report.id), expectRows: 1 }],
    leaves: [logEntry.leaf],
    anchorAuditHead: true,
  });
  await afterResponse(ctx, () => notify(db, { role: "admin" }, "reportPublished", { title: report.title }, `/transparency/${report.slug}`));
  return { reportId: report.id, slug: report.slug, status: to, version: report.version + 1, leafHash: logEntry.leafHash };
}
