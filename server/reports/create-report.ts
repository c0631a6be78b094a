import { driverErrorCode } from "@/db/client";
import { newId } from "@/db/ids";
import { transparencyReports } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError, invalidFields, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { DEFAULT_METHODOLOGY } from "./methodology";
import { findReport, findSuccessor, slugsLike } from "./queries";
import type { CreateReportInput } from "./schemas";
import { nextFreeSlug, periodSlug } from "./slug";
import { DEFAULT_THRESHOLD } from "./suppress";
import { reportMachine } from "./transitions";

/**
 * An admin starts a report (a draft) for a period. A correction names the published report it
 * supersedes: it starts from that report's narrative, methodology and threshold, and takes the
 * next free slug (2026-q3-2…). A report may be corrected once; correct the correction after that.
 */
export async function createReport(ctx: UseCaseContext, input: CreateReportInput) {
  const { db, viewer } = ctx;
  const rule = reportMachine.create.create;
  assertCan(viewer, rule.permission);
  const base = periodSlug(input.periodKind, input.periodStart, input.periodEnd);
  const supersedesId = input.supersedesReportId;
  const [taken, superseded, successor] = await Promise.all([
    slugsLike(db, base),
    supersedesId ? findReport(db, supersedesId) : Promise.resolve(undefined),
    supersedesId ? findSuccessor(db, supersedesId) : Promise.resolve(undefined),
  ]);
  if (supersedesId) {
    if (!superseded) throw notFound("report");
    if (superseded.status !== "published") throw invalidFields({ supersedesReportId: ["validation.invalidId"] });
    if (successor) throw new DomainError("ALREADY_EXISTS", { what: "correction", slug: successor.slug });
  }
  const id = newId();
  const slug = nextFreeSlug(base, taken);
  const row = {
    id,
    slug,
    title: input.title,
    periodKind: input.periodKind,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    status: rule.to,
    narrative: superseded?.narrative ?? "",
    methodology: superseded?.methodology ?? DEFAULT_METHODOLOGY,
    suppressionThreshold: input.suppressionThreshold ?? superseded?.suppressionThreshold ?? DEFAULT_THRESHOLD,
    supersedesReportId: supersedesId ?? null,
    createdByUserId: viewer.userId,
  };
  try {
    await commitAtomic(db, [{ statement: db.insert(transparencyReports).values(row) }], {
      actorUserId: viewer.userId,
      action: "report.create",
      objectType: "report",
      objectId: id,
      changes: {
        status: { before: null, after: rule.to },
        slug: { before: null, after: slug },
        period: { before: null, after: `${input.periodStart}/${input.periodEnd}` },
        ...(supersedesId ? { supersedesReportId: { before: null, after: supersedesId } } : {}),
      },
      context: metaContext(ctx.meta),
    });
  } catch (error) {
    // Another admin took the same slug at the same moment.
    if (driverErrorCode(error) === "ER_DUP_ENTRY") throw new DomainError("ALREADY_EXISTS", { what: "report", slug });
    throw error;
  }
  return { reportId: id, slug, status: rule.to, version: 1 };
}
