// Expiry warnings, a scheduled job (server/jobs/agreement-expiry-warnings.ts) — never a side
// effect of reading an agreement. Each agreement in force whose expiry date is within
// EXPIRY_WARNING_DAYS is warned once: its `expiry_warned_at` is set by a guarded UPDATE in the
// same atomic write as the notices and the audit event, so two runs (or two overlapping
// schedulers) warn it once, and a run that dies half-way leaves the rest for the next one.
import { and, asc, eq, gte, isNull, lte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agreements } from "@/db/schema";
import { DomainError } from "../errors";
import { commit } from "../workflow/commit";
import { todayUtc } from "./in-force";
import { agreementPath } from "./agreement-step";

/** Days before the expiry date from which the parties are warned. */
export const EXPIRY_WARNING_DAYS = 30;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export type WarningRun = { due: number; warned: number; alreadyWarned: number };

/** Warns the parties of up to `limit` agreements expiring soon (the soonest first). */
export async function warnExpiringAgreements(db: Database, options: { limit?: number; today?: string } = {}): Promise<WarningRun> {
  const today = options.today ?? todayUtc();
  const limit = Math.max(1, Math.min(options.limit ?? 50, 200));
  const due = await db
    .select({ id: agreements.id, reference: agreements.reference, title: agreements.title, expiryDate: agreements.expiryDate })
    .from(agreements)
    .where(and(eq(agreements.status, "in_force"), isNull(agreements.expiryWarnedAt), gte(agreements.expiryDate, today), lte(agreements.expiryDate, addDays(today, EXPIRY_WARNING_DAYS))))
    .orderBy(asc(agreements.expiryDate), asc(agreements.id))
    .limit(limit);
  const run: WarningRun = { due: due.length, warned: 0, alreadyWarned: 0 };
  for (const agreement of due) {
    const date = agreement.expiryDate!;
    try {
      await commit(db, {
        changes: [
          {
            statement: db
              .update(agreements)
              .set({ expiryWarnedAt: sql`utc_timestamp(3)` })
              .where(and(eq(agreements.id, agreement.id), eq(agreements.status, "in_force"), isNull(agreements.expiryWarnedAt))),
            expectRows: 1,
          },
        ],
        event: {
          action: "agreement.warnExpiry",
          objectType: "agreement",
          objectId: agreement.id,
          actorUserId: null,
          onBehalfOfInstitutionId: null,
          changes: { expiryWarned: { before: false, after: true } },
          context: { expiryDate: date, job: "agreement-expiry-warnings" },
        },
        notices: [
          { to: { signatoriesOfParties: agreement.id }, kind: "agreementExpiring", params: { reference: agreement.reference, title: agreement.title, date }, path: agreementPath(agreement.id) },
        ],
        request: { ip: null, userAgent: "scheduled job" },
      });
      run.warned++;
    } catch (error) {
      // Another run warned it (or it ended) since it was read: the guard refused, nothing was written.
      if (error instanceof DomainError && error.code === "CONFLICT") run.alreadyWarned++;
      else throw error;
    }
  }
  return run;
}
