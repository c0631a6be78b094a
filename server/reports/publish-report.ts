import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { notify } from "../notifications/notify";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { assembleFigures, computeFigures } from "./compute-figures";
import { draftPeriodOf, findReport, guardedReportUpdate } from "./queries";
import { reportMachine } from "./transitions";

/**
 * An admin publishes a draft: its figures are computed (in the same read wave as the report) and
 * stored, unsuppressed, with the moment of computation, in ONE atomic write guarded on the
 * draft's status and version. From then on the report never changes. Admins are notified.
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
  await commitAtomic(db, [guardedReportUpdate(db, report.id, report, { status: to, figures, publishedAt: now, publishedByUserId: viewer.userId })], {
    actorUserId: viewer.userId,
    action: "report.publish",
    objectType: "report",
    objectId: report.id,
    changes: { status: { before: report.status, after: to }, publishedAt: { before: null, after: now.toISOString() } },
    context: metaContext(ctx.meta),
  });
  await afterResponse(ctx, () => notify(db, { role: "admin" }, "reportPublished", { title: report.title }, `/transparency/${report.slug}`));
  return { reportId: report.id, slug: report.slug, status: to, version: report.version + 1 };
}
