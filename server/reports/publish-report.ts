import type { Database } from "@/db/client";
import { transition } from "../workflow/transition";
import { assembleFigures, computeFigures } from "./compute-figures";
import { draftPeriodOf, findReport } from "./queries";
import { onReport } from "./report-step";

export type PublishReportInput = { reportId: string; version: number };

/** The report and its figures, computed in the same read wave. */
async function load(db: Database, input: PublishReportInput) {
  const [report, counts] = await Promise.all([findReport(db, input.reportId), computeFigures(db, draftPeriodOf(input.reportId))]);
  return report && { report, counts };
}

/**
 * An admin publishes a draft: its figures are stored, unsuppressed, with the moment of
 * computation, in ONE atomic write guarded on the draft's status and version. From then on the
 * report never changes. Admins are notified.
 */
export const publishReport = transition({
  ...onReport((loaded: { report: NonNullable<Awaited<ReturnType<typeof findReport>>> }) => loaded.report),
  load,
  event: "publish",
  change: ({ now, viewer, loaded: { report, counts } }) => ({
    set: {
      figures: assembleFigures(counts, { start: report.periodStart, end: report.periodEnd, threshold: report.suppressionThreshold, computedAt: now }),
      publishedAt: now,
      publishedByUserId: viewer.userId,
    },
  }),
  audit: ({ from, to, now }) => ({ action: "report.publish", onBehalfOfInstitutionId: null, changes: { status: { before: from, after: to }, publishedAt: { before: null, after: now.toISOString() } }, context: {} }),
  notices: ({ loaded: { report } }) => [{ to: { role: "admin" }, kind: "reportPublished", params: { title: report.title }, path: `/transparency/${report.slug}` }],
  result: ({ target, to, loaded: { report } }) => ({ reportId: target.id, slug: report.slug, status: to, version: target.version + 1 }),
});
