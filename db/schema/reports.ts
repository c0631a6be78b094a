import { bigint, char, date, index, int, mediumtext, mysqlEnum, mysqlTable, uniqueIndex, varchar } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, jsonText, ref, updatedAt, utc, versionColumn } from "../columns";
import { users } from "./users";

const restrict = { onDelete: "restrict" } as const;

export const REPORT_STATUSES = ["draft", "published"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_PERIODS = ["quarter", "year", "custom"] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/**
 * A transparency report. While a draft its figures are computed live; publishing stores them
 * in `figures` and the row never changes again (a correction is a new report that supersedes it).
 */
export const transparencyReports = mysqlTable(
  "transparency_reports",
  {
    id: idColumn(),
    /** Public address segment, e.g. 2026-q3 or 2026-q3-2 for a correction. */
    slug: varchar("slug", { length: 40 }).notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    periodKind: mysqlEnum("period_kind", REPORT_PERIODS).notNull(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    status: mysqlEnum("status", REPORT_STATUSES).notNull(),
    narrative: mediumtext("narrative").notNull(),
    methodology: mediumtext("methodology").notNull(),
    suppressionThreshold: int("suppression_threshold").notNull().default(5),
    /** The figures frozen at publication (null while a draft). */
    figures: jsonText<Record<string, unknown>>("figures"),
    supersedesReportId: ref("supersedes_report_id"),
    publishedAt: utc("published_at"),
    /**
     * The audit chain's head just after publication (its hash, and how many entries it covers),
     * written by the publishing write itself and printed in the report, so outsiders can pin it.
     */
    auditHeadHash: char("audit_head_hash", { length: 64 }),
    auditHeadEntries: bigint("audit_head_entries", { mode: "number", unsigned: true }),
    publishedByUserId: ref("published_by_user_id").references(() => users.id, restrict),
    createdByUserId: ref("created_by_user_id").notNull().references(() => users.id, restrict),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("transparency_reports_slug_uq").on(t.slug),
    index("transparency_reports_status_idx").on(t.status, t.publishedAt),
    index("transparency_reports_supersedes_idx").on(t.supersedesReportId),
    index("transparency_reports_published_by_idx").on(t.publishedByUserId),
    index("transparency_reports_created_by_idx").on(t.createdByUserId),
  ],
);
