// Whether an agreement is in force is decided at read time: an agreement signed by every party is
// `expired` once its expiry date has passed, whatever the clock of any job. Other modules (the
// programme's start) ask here.
import { and, eq, gte, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { agreements, type AgreementStatus } from "@/db/schema";

/** Today's date in UTC as YYYY-MM-DD (the form of the date columns). */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** The status a reader sees: `in_force` past the expiry date reads as `expired`. Pure. */
export function effectiveAgreementStatus(row: { status: AgreementStatus; expiryDate: string | null }, today: string = todayUtc()): AgreementStatus {
  if (row.status === "in_force" && row.expiryDate !== null && row.expiryDate < today) return "expired";
  return row.status;
}

/** SQL condition: the agreement row is in force on `today` (signed by every party, not past its expiry date). */
export function inForceOn(today: string): SQL {
  return and(eq(agreements.status, "in_force"), or(isNull(agreements.expiryDate), gte(agreements.expiryDate, today)))!;
}

/** Whether the programme has an agreement in force today: one query, to run alongside the caller's other reads. */
export async function hasAgreementInForce(db: Executor, programmeId: string, today: string = todayUtc()): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(agreements)
    .where(and(eq(agreements.programmeId, programmeId), inForceOn(today)))
    .limit(1);
  return row !== undefined;
}
