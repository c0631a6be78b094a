// The reports rows of the authorization matrix (see support/matrix.ts). Admins write and publish
// reports; published reports are public.
import { createReport, uniquePeriod } from "../../factories/reports";
import { adminOnly, all, type WorkflowMatrix } from "./matrix";

export const REPORTS_MATRIX: WorkflowMatrix = {
  matrix: {
    "reports.create": adminOnly,
    "reports.update": adminOnly,
    "reports.publish": adminOnly,
    "reports.adminList": adminOnly,
    "reports.adminById": adminOnly,
    "reports.liveFigures": adminOnly,
    "reports.published": all("ok"),
    // A published report is public; a draft's slug is NOT_FOUND for everybody (tested in report-publishing).
    "reports.bySlug": all("ok"),
  },
  inputs: {
    "reports.create": () => ({ title: "A matrix report", ...uniquePeriod() }),
    "reports.update": async (w) => {
      const draft = await createReport(w.db, { createdByUserId: w.people.admin.id });
      return {
        reportId: draft.id,
        version: draft.version,
        title: "A matrix report, edited",
        narrative: "Edited.",
        methodology: draft.methodology,
        periodKind: draft.periodKind,
        periodStart: draft.periodStart,
        periodEnd: draft.periodEnd,
        suppressionThreshold: 5,
      };
    },
    "reports.publish": async (w) => {
      const draft = await createReport(w.db, { createdByUserId: w.people.admin.id });
      return { reportId: draft.id, version: draft.version };
    },
    "reports.adminList": () => undefined,
    "reports.adminById": async (w) => ({ reportId: (await createReport(w.db, { createdByUserId: w.people.admin.id })).id }),
    "reports.liveFigures": () => ({ periodStart: "2026-01-01", periodEnd: "2026-12-31" }),
    "reports.published": () => ({ page: 1 }),
    "reports.bySlug": async (w) => ({ slug: (await createReport(w.db, { createdByUserId: w.people.admin.id, status: "published" })).slug }),
  },
};
