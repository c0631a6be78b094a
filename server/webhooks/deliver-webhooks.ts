// The webhook worker, run by the scheduled jobs: claims due deliveries with a lease (so two
// runs never send the same one), POSTs each signed, and records the outcome — delivered on a
// 2xx, otherwise retried with exponential back-off, and dead-lettered after MAX_ATTEMPTS (or at
// once when its endpoint was revoked). Nothing here keeps state in process memory.
import { and, asc, eq, inArray, isNull, lte, lt, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { newId } from "@/db/ids";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { DELIVERY_ID_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhook } from "./signature";

export const WEBHOOK_POLICY = {
  /** Attempts before a delivery is dead-lettered. */
  maxAttempts: 8,
  /** First retry after this, doubling each time, at most `capSeconds`. */
  baseSeconds: 30,
  capSeconds: 6 * 60 * 60,
  /** Deliveries claimed by one run. */
  batch: 25,
  leaseSeconds: 120,
  timeoutMs: 10_000,
} as const;

export const retryDelaySeconds = (attempts: number) => Math.min(WEBHOOK_POLICY.capSeconds, WEBHOOK_POLICY.baseSeconds * 2 ** Math.max(0, attempts - 1));

export type DeliveryRun = { claimed: number; delivered: number; retried: number; dead: number };

type Send = typeof fetch;

async function post(send: Send, url: string, headers: Record<string, string>, body: string): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  try {
    // A redirect is not followed (the receiver is the URL registered, nothing else).
    const response = await send(url, { method: "POST", headers, body, redirect: "manual", signal: AbortSignal.timeout(WEBHOOK_POLICY.timeoutMs) });
    await response.body?.cancel();
    return { ok: response.status >= 200 && response.status < 300, status: response.status, error: response.status >= 200 && response.status < 300 ? null : `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, status: null, error: error instanceof Error ? error.message.slice(0, 500) : "send failed" };
  }
}

export type DeliveryOptions = {
  /** The HTTP client (default: fetch). */
  send?: Send;
  /** Only these receivers' deliveries (redelivering one receiver; tests sharing a database). */
  endpointIds?: readonly string[];
};

export async function deliverWebhooks(db: Database, now = new Date(), options: DeliveryOptions = {}): Promise<DeliveryRun> {
  const send = options.send ?? fetch;
  const lease = newId();
  const leaseUntil = new Date(now.getTime() + WEBHOOK_POLICY.leaseSeconds * 1000);
  await db
    .update(webhookDeliveries)
    .set({ leaseToken: lease, leaseUntil })
    .where(
      and(
        eq(webhookDeliveries.status, "pending"),
        lte(webhookDeliveries.nextAttemptAt, now),
        or(isNull(webhookDeliveries.leaseUntil), lt(webhookDeliveries.leaseUntil, now)),
        options.endpointIds ? inArray(webhookDeliveries.endpointId, [...options.endpointIds, ""]) : undefined,
      ),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(WEBHOOK_POLICY.batch);
  const claimed = await db
    .select({ id: webhookDeliveries.id, event: webhookDeliveries.event, payload: webhookDeliveries.payload, attempts: webhookDeliveries.attempts, url: webhookEndpoints.url, secret: webhookEndpoints.secret, revokedAt: webhookEndpoints.revokedAt })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.leaseToken, lease));
  const run: DeliveryRun = { claimed: claimed.length, delivered: 0, retried: 0, dead: 0 };

  await Promise.all(
    claimed.map(async (d) => {
      const mine = and(eq(webhookDeliveries.id, d.id), eq(webhookDeliveries.leaseToken, lease));
      if (d.revokedAt) {
        run.dead++;
        await db.update(webhookDeliveries).set({ status: "dead", lastError: "endpoint revoked", leaseToken: null, leaseUntil: null }).where(mine);
        return;
      }
      const body = JSON.stringify({ id: d.id, ...d.payload });
      const timestamp = Math.floor(now.getTime() / 1000);
      const headers = { "Content-Type": "application/json", "User-Agent": "Southbridge-Webhooks/1", [DELIVERY_ID_HEADER]: d.id, [EVENT_HEADER]: d.event, [SIGNATURE_HEADER]: signWebhook(d.secret, timestamp, body) };
      const outcome = await post(send, d.url, headers, body);
      const attempts = d.attempts + 1;
      if (outcome.ok) {
        run.delivered++;
        await db.update(webhookDeliveries).set({ status: "delivered", attempts, deliveredAt: now, lastStatus: outcome.status, lastError: null, leaseToken: null, leaseUntil: null }).where(mine);
      } else if (attempts >= WEBHOOK_POLICY.maxAttempts) {
        run.dead++;
        await db.update(webhookDeliveries).set({ status: "dead", attempts, lastStatus: outcome.status, lastError: outcome.error, leaseToken: null, leaseUntil: null }).where(mine);
      } else {
        run.retried++;
        const next = new Date(now.getTime() + retryDelaySeconds(attempts) * 1000);
        await db.update(webhookDeliveries).set({ attempts, nextAttemptAt: next, lastStatus: outcome.status, lastError: outcome.error, leaseToken: null, leaseUntil: null }).where(mine);
      }
    }),
  );
  return run;
}

/** Deliveries of these ids (for the institution's settings page and tests). */
export const deliveriesByIds = (db: Database, ids: string[]) => db.select().from(webhookDeliveries).where(inArray(webhookDeliveries.id, ids));

/** The scheduled job's entry (see server/jobs/ when it exists): run every minute. */

