import type { Database } from "@/db/client";
import { changedFields } from "../audit/record-audit";
import { DomainError } from "../errors";
import { transition } from "../workflow/transition";
import { findReport, slugsLike, type ReportRow } from "./queries";
import { onReport } from "./report-step";
import type { UpdateReportInput } from "./schemas";
import { nextFreeSlug, periodSlug } from "./slug";

/** Whether `slug` is `base` or one of its numbered forms (base-2, base-3…). */
const isFormOf = (slug: string, base: string) => slug === base || new RegExp(`^${base}-\\d+$`).test(slug);

type Loaded = { report: ReportRow; taken: string[]; base: string };

async function load(db: Database, input: UpdateReportInput): Promise<Loaded | undefined> {
  const base = periodSlug(input.periodKind, input.periodStart, input.periodEnd);
  const [report, taken] = await Promise.all([findReport(db, input.reportId), slugsLike(db, base)]);
  return report && { report, taken, base };
}

/** The fields an edit writes; a new period gives the report the slug of that period. */
function fieldsOf(input: UpdateReportInput, { report, taken, base }: Loaded) {
  const { title, narrative, methodology, periodKind, periodStart, periodEnd, suppressionThreshold } = input;
  const slug = isFormOf(report.slug, base) ? report.slug : nextFreeSlug(base, taken);
  return { title, narrative, methodology, periodKind, periodStart, periodEnd, suppressionThreshold, slug };
}

/** An admin edits a draft: title, period, threshold, narrative, methodology. A published report never changes (REPORT_PUBLISHED). */
export const updateReport = transition({
  ...onReport((loaded: Loaded) => loaded.report),
  load,
  event: "edit",
  change: ({ input, loaded }) => ({ set: fieldsOf(input, loaded) }),
  audit: ({ input, loaded }) => ({ action: "report.update", onBehalfOfInstitutionId: null, changes: changedFields(loaded.report, fieldsOf(input, loaded)), context: {} }),
  // Another admin took the same slug at the same moment.
  onDuplicate: ({ input, loaded }) => new DomainError("ALREADY_EXISTS", { what: "report", slug: fieldsOf(input, loaded).slug }),
  result: ({ input, target, to, loaded }) => ({ reportId: target.id, slug: fieldsOf(input, loaded).slug, status: to, version: target.version + 1 }),
});
