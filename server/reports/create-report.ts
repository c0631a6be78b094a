import type { Database } from "@/db/client";
import { transparencyReports } from "@/db/schema";
import { DomainError, invalidFields, notFound } from "../errors";
import { creation } from "../workflow/transition";
import { DEFAULT_METHODOLOGY } from "./methodology";
import { findReport, findSuccessor, slugsLike } from "./queries";
import type { CreateReportInput } from "./schemas";
import { nextFreeSlug, periodSlug } from "./slug";
import { DEFAULT_THRESHOLD } from "./suppress";
import { reportMachine } from "./transitions";

/** The slugs taken by the period, and the report a correction supersedes (with its correction, if any). */
async function load(db: Database, input: CreateReportInput) {
  const id = input.supersedesReportId;
  const [taken, superseded, successor] = await Promise.all([
    slugsLike(db, periodSlug(input.periodKind, input.periodStart, input.periodEnd)),
    id ? findReport(db, id) : Promise.resolve(undefined),
    id ? findSuccessor(db, id) : Promise.resolve(undefined),
  ]);
  return { slug: nextFreeSlug(periodSlug(input.periodKind, input.periodStart, input.periodEnd), taken), superseded, successor };
}

/**
 * An admin starts a report (a draft) for a period. A correction names the published report it
 * supersedes: it starts from that report's narrative, methodology and threshold, and takes the
 * next free slug (2026-q3-2…). A report may be corrected once; correct the correction after that.
 */
export const createReport = creation({
  machine: reportMachine,
  create: "create",
  object: "report",
  load,
  subject: () => ({}),
  rules: ({ input, loaded: { superseded, successor } }) => {
    if (!input.supersedesReportId) return;
    if (!superseded) throw notFound("report");
    if (superseded.status !== "published") throw invalidFields({ supersedesReportId: ["validation.invalidId"] });
    if (successor) throw new DomainError("ALREADY_EXISTS", { what: "correction", slug: successor.slug });
  },
  change: ({ db, input, id, to, viewer, loaded: { slug, superseded } }) => [
    {
      statement: db.insert(transparencyReports).values({
        id,
        slug,
        title: input.title,
        periodKind: input.periodKind,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        status: to,
        narrative: superseded?.narrative ?? "",
        methodology: superseded?.methodology ?? DEFAULT_METHODOLOGY,
        suppressionThreshold: input.suppressionThreshold ?? superseded?.suppressionThreshold ?? DEFAULT_THRESHOLD,
        supersedesReportId: input.supersedesReportId ?? null,
        createdByUserId: viewer.userId,
      }),
    },
  ],
  audit: ({ input, to, loaded: { slug } }) => ({
    action: "report.create",
    onBehalfOfInstitutionId: null,
    changes: {
      status: { before: null, after: to },
      slug: { before: null, after: slug },
      period: { before: null, after: `${input.periodStart}/${input.periodEnd}` },
      ...(input.supersedesReportId ? { supersedesReportId: { before: null, after: input.supersedesReportId } } : {}),
    },
    context: {},
  }),
  // Another admin took the same slug at the same moment.
  onDuplicate: ({ loaded: { slug } }) => new DomainError("ALREADY_EXISTS", { what: "report", slug }),
  result: ({ id, to, loaded: { slug } }) => ({ reportId: id, slug, status: to, version: 1 }),
});
