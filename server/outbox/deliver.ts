// The outbox worker: claims due rows, renders each in its recipient's language, hands it to the
// transport with the row id as idempotency key, and marks it delivered — each mark guarded by
// the claim's lease token, so a worker whose lease ran out cannot overwrite another's claim.
// A failure waits (exponential back-off) and, after MAX_ATTEMPTS, becomes a dead letter.
// Delivery is at least once from the sender's side (a crash between sending and marking sends
// that row again, under the same key) and exactly once at a receiver that honours the key.
import { sql } from "drizzle-orm";
import { affectedRows, retryOnDeadlock, type Database } from "@/db/client";
import { renderEmail, type EmailTemplate } from "../mail/templates";
import { claimDue, type ClaimedEmail } from "./claim";
import { exhausted, retryDelayMs } from "./retry-policy";
import type { Transport } from "./transport";

export type DeliveryOptions = {
  /** Rows claimed per batch. */
  batchSize?: number;
  /** Batches per run (a run is bounded: batchSize × maxBatches rows at most). */
  maxBatches?: number;
  /** How long a claim holds its rows; longer than sending a batch takes. */
  leaseMs?: number;
};

export type DeliveryReport = { claimed: number; delivered: number; retried: number; dead: number; lost: number };

export const DEFAULT_DELIVERY: Required<DeliveryOptions> = { batchSize: 25, maxBatches: 4, leaseMs: 120_000 };

/** Delivers due outbox rows through `transport`, at most batchSize × maxBatches of them. */
export async function deliverDue(db: Database, transport: Transport, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const { batchSize, maxBatches, leaseMs } = { ...DEFAULT_DELIVERY, ...options };
  const report: DeliveryReport = { claimed: 0, delivered: 0, retried: 0, dead: 0, lost: 0 };
  for (let batch = 0; batch < maxBatches; batch++) {
    const claim = await claimDue(db, { limit: batchSize, leaseMs });
    report.claimed += claim.rows.length;
    for (const row of claim.rows) {
      const outcome = await deliverOne(db, transport, claim.token, row);
      report[outcome]++;
    }
    if (claim.rows.length < batchSize) break;
  }
  return report;
}

async function deliverOne(db: Database, transport: Transport, token: string, row: ClaimedEmail): Promise<"delivered" | "retried" | "dead" | "lost"> {
  try {
    const email = renderEmail({ to: row.toAddress, locale: row.locale, template: row.template as EmailTemplate, params: row.params, path: row.path, query: row.query ?? undefined });
    await transport(email, row.id);
  } catch (error) {
    return recordFailure(db, token, row, error);
  }
  const result = await retryOnDeadlock(() =>
    db.execute(sql`
    update email_outbox
       set status = 'delivered', delivered_at = utc_timestamp(3), query = null, lease_token = null, lease_until = null, last_error = null
     where id = ${row.id} and lease_token = ${token} and status = 'pending'`),
  );
  // 0 rows: the lease ran out and another worker holds the row; it resends under the same key.
  return affectedRows(result) === 1 ? "delivered" : "lost";
}

async function recordFailure(db: Database, token: string, row: ClaimedEmail, error: unknown): Promise<"retried" | "dead" | "lost"> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const dead = exhausted(row.attempts);
  const delayMicros = retryDelayMs(row.attempts) * 1000;
  const result = await retryOnDeadlock(() =>
    db.execute(sql`
    update email_outbox
       set status = ${dead ? "dead" : "pending"},
           next_attempt_at = date_add(utc_timestamp(3), interval ${delayMicros} microsecond),
           lease_token = null, lease_until = null, last_error = ${message}
     where id = ${row.id} and lease_token = ${token} and status = 'pending'`),
  );
  if (affectedRows(result) !== 1) return "lost";
  return dead ? "dead" : "retried";
}
