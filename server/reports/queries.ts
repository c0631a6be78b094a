import { desc, eq, like, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { transparencyReports, type ReportStatus } from "@/db/schema";
import { prefixPattern } from "@/db/like";
import { guardedUpdate } from "../workflow/guarded-update";

export type ReportRow = typeof transparencyReports.$inferSelect;

export async function findReport(db: Executor, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(transparencyReports).where(eq(transparencyReports.id, id)).limit(1);
  return row;
}

/** The report that supersedes `id` (its correction), if any: slug and status. */
export async function findSuccessor(db: Executor, id: string) {
  const [row] = await db
    .select({ id: transparencyReports.id, slug: transparencyReports.slug, title: transparencyReports.title, status: transparencyReports.status })
    .from(transparencyReports)
    .where(eq(transparencyReports.supersedesReportId, id))
    .orderBy(desc(transparencyReports.createdAt))
    .limit(1);
  return row;
}

/** Slugs already taken by `base` and its numbered corrections (base-2, base-3…). */
export async function slugsLike(db: Executor, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: transparencyReports.slug })
    .from(transparencyReports)
    .where(or(eq(transparencyReports.slug, base), like(transparencyReports.slug, prefixPattern(`${base}-`))));
  return rows.map((r) => r.slug);
}

/** The guarded update (status and version must still be as read), not yet executed: an atomic step. */
export function guardedReportUpdate(db: Executor, id: string, expected: { status: ReportStatus; version: number }, set: Partial<Omit<ReportRow, "id" | "version" | "createdAt">>) {
  return guardedUpdate(db, transparencyReports, id, expected, set);
}

/**
 * The period of report `id` as SQL scalar subqueries, so its figures can be computed in the same
 * wave as the report is read. Only a draft's period is returned (null otherwise: every figure
 * query then matches nothing and costs nothing), since a published report's figures are stored.
 */
export function draftPeriodOf(id: string) {
  const where = sql`where ${transparencyReports.id} = ${id} and ${transparencyReports.status} = 'draft'`;
  return {
    start: sql`(select ${transparencyReports.periodStart} from ${transparencyReports} ${where})`,
    end: sql`(select ${transparencyReports.periodEnd} from ${transparencyReports} ${where})`,
  };
}
