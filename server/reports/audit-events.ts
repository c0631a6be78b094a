import type { ReportStatus } from "@/db/schema/reports";
import type { Change, EditedFields, StatusChange } from "../audit/changes";

type Report = { objectType: "report" };

/** A transparency report from its draft to its publication. */
export type ReportAuditEvents = {
  "report.create": Report & {
    changes: { status: Change<ReportStatus | null>; slug: Change<string | null>; period: Change<string | null>; supersedesReportId?: Change<string | null> };
    context: object;
  };
  "report.update": Report & { changes: EditedFields; context: object };
  "report.publish": Report & { changes: StatusChange<ReportStatus> & { publishedAt: Change<string | null> }; context: object };
};
