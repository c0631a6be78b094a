import { driverErrorCode } from "@/db/client";
import { assertCan } from "../authz/permissions";
import { changedFields } from "../audit/record-audit";
import { metaContext, type UseCaseContext } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { findReport, guardedReportUpdate, slugsLike } from "./queries";
import type { UpdateReportInput } from "./schemas";
import { nextFreeSlug, periodSlug } from "./slug";
import { reportMachine } from "./transitions";

/** Whether `slug` is `base` or one of its numbered forms (base-2, base-3…). */
const isFormOf = (slug: string, base: string) => slug === base || new RegExp(`^${base}-\\d+$`).test(slug);

/**
 * An admin edits a draft: title, period, threshold, narrative, methodology. A published report
 * never changes (REPORT_PUBLISHED). A new period gives the report the slug of that period.
 */
export async function updateReport(ctx: UseCaseContext, input: UpdateReportInput) {
  const { db, viewer } = ctx;
  const rule = reportMachine.transitions.edit;
  assertCan(viewer, rule.permission);
  const base = periodSlug(input.periodKind, input.periodStart, input.periodEnd);
  const [report, taken] = await Promise.all([findReport(db, input.reportId), slugsLike(db, base)]);
  if (!report) throw notFound("report");
  if (report.status === "published") throw new DomainError("REPORT_PUBLISHED", { slug: report.slug });
  const to = nextState(reportMachine, report.status, "edit");
  if (report.version !== input.version) throw conflict("report");
  const slug = isFormOf(report.slug, base) ? report.slug : nextFreeSlug(base, taken);
  const after = {
    title: input.title,
    narrative: input.narrative,
    methodology: input.methodology,
    periodKind: input.periodKind,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    suppressionThreshold: input.suppressionThreshold,
    slug,
  };
  const changes = changedFields(report, after);
  try {
    await commitAtomic(db, [guardedReportUpdate(db, report.id, report, { ...after, status: to })], {
      actorUserId: viewer.userId,
      action: "report.update",
      objectType: "report",
      objectId: report.id,
      changes,
      context: metaContext(ctx.meta),
    });
  } catch (error) {
    if (driverErrorCode(error) === "ER_DUP_ENTRY") throw new DomainError("ALREADY_EXISTS", { what: "report", slug });
    throw error;
  }
  return { reportId: report.id, slug, status: to, version: report.version + 1 };
}
