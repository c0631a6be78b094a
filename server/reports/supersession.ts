// A report and the ones beside it in its chain of corrections: the report it supersedes and the
// report that supersedes it, read as two self-joins of the reports table.
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/mysql-core";
import { transparencyReports as reports } from "@/db/schema";

export const supersedes = alias(reports, "supersedes");
export const successor = alias(reports, "successor");

/** Left-join condition: the report this one supersedes. */
export const joinSuperseded = eq(supersedes.id, reports.supersedesReportId);
/** Left-join condition: the report that supersedes this one, in any status (the admins' view). */
export const joinAnySuccessor = eq(successor.supersedesReportId, reports.id);
/** Left-join condition: the published report that supersedes this one (the public view). */
export const joinPublishedSuccessor = and(joinAnySuccessor, eq(successor.status, "published"));
