import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { auditChainHead, transparencyReports } from "@/db/schema";
import { reportLogEntry } from "../transparency-log/documents.mjs";
import { statement } from "../workflow/statement";
import { transition } from "../workflow/transition";
import { assembleFigures, computeFigures } from "./compute-figures";
import { draftPeriodOf, findReport } from "./queries";
import { onReport } from "./report-step";
import { suppressFigures } from "./suppress";

export type PublishReportInput = { reportId: string; version: number };

/** The report and its figures, computed in the same read wave. */
async function load(db: Database, input: PublishReportInput) {
  const [report, counts] = await Promise.all([findReport(db, input.reportId), computeFigures(db, draftPeriodOf(input.reportId))]);
  return report && { report, counts };
}

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

/** Stores the audit chain's head — sealed just before, by this very write — in the report's row. */
const storeAuditHead = (reportId: string) =>
  statement(
    sql`update ${transparencyReports} join ${auditChainHead} on ${auditChainHead.id} = 1
        set ${transparencyReports.auditHeadHash} = ${auditChainHead.hash}, ${transparencyReports.auditHeadEntries} = ${auditChainHead.entries}
        where ${eq(transparencyReports.id, reportId)}`,
  );

const figuresOf = ({ report, counts }: Loaded, now: Date) =>
  assembleFigures(counts, { start: report.periodStart, end: report.periodEnd, threshold: report.suppressionThreshold, computedAt: now });

/** The report's leaf: its slug and the figures exactly as its public JSON publishes them (suppressed). */
const logEntryOf = (loaded: Loaded, now: Date) =>
  reportLogEntry({ slug: loaded.report.slug, publicFigures: suppressFigures(figuresOf(loaded, now), loaded.report.suppressionThreshold), publishedAt: now });

/**
 * An admin publishes a draft: its figures are stored, unsuppressed, with the moment of
 * computation, in ONE atomic write guarded on the draft's status and version. The same write
 * appends the report's leaf and the audit chain's new head to the public transparency log, and
 * stores that head in the report, which prints it. From then on the report never changes.
 * Admins are notified.
 */
export const publishReport = transition({
  ...onReport((loaded: Loaded) => loaded.report),
  load,
  event: "publish",
  change: ({ now, viewer, loaded }) => ({ set: { figures: figuresOf(loaded, now), publishedAt: now, publishedByUserId: viewer.userId } }),
  audit: ({ from, to, now }) => ({ action: "report.publish", onBehalfOfInstitutionId: null, changes: { status: { before: from, after: to }, publishedAt: { before: null, after: now.toISOString() } }, context: {} }),
  notices: ({ loaded: { report } }) => [{ to: { role: "admin" }, kind: "reportPublished", params: { title: report.title }, path: `/transparency/${report.slug}` }],
  log: ({ target, loaded, now }) => ({
    afterChain: [{ statement: storeAuditHead(target.id), expectRows: 1 }],
    leaves: [logEntryOf(loaded, now).leaf],
    anchorAuditHead: true,
  }),
  result: ({ target, to, loaded, now }) => ({ reportId: target.id, slug: loaded.report.slug, status: to, version: target.version + 1, leafHash: logEntryOf(loaded, now).leafHash }),
});
