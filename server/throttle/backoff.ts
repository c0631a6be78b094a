// Exponential back-off after failed attempts (sign-in): one row per purpose and key, holding
// the consecutive failures and until when the key is refused. Checking is a read issued with
// the call's first wave; recording a failure or a success is one statement in its last.
import { and, eq, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { throttleBuckets } from "@/db/schema";
import { keyHash, sqlDatetime } from "./keys";
import { BACKOFF, type BackoffRule } from "./limits";
import { FREE, type Verdict } from "./rate-limited";

/** Back-off rows are not windowed: they all sit at the epoch. */
const EPOCH = new Date(0);

export type BackoffKey = { rule: BackoffRule; key: string };

const matches = ({ rule, key }: BackoffKey) => and(eq(throttleBuckets.purpose, rule.purpose), eq(throttleBuckets.keyHash, keyHash(key)), eq(throttleBuckets.windowStart, EPOCH));

/** Whether any of the keys is backed off at `now`, and for how long. */
export async function backoffVerdict(db: Executor, keys: readonly BackoffKey[], now: Date): Promise<Verdict> {
  if (keys.length === 0) return FREE;
  const rows = await db.select({ blockedUntil: throttleBuckets.blockedUntil }).from(throttleBuckets).where(or(...keys.map(matches)));
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? { limited: true, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) } : FREE;
}

/**
 * One more consecutive failure: from the threshold on, refused for base × 2^(failures − threshold)
 * seconds, at most the cap. Failures older than a day start the count again. (Assignments of
 * ON DUPLICATE KEY UPDATE apply left to right: blocked_until sees the new n, n the old updated_at.)
 */
export function recordFailure(db: Executor, { rule, key }: BackoffKey, now: Date) {
  const at = sqlDatetime(now);
  const forgetBefore = sqlDatetime(new Date(now.getTime() - BACKOFF.forgetSeconds * 1000));
  const n = throttleBuckets.n;
  return db
    .insert(throttleBuckets)
    .values({ purpose: rule.purpose, keyHash: keyHash(key), windowStart: EPOCH, n: 1, blockedUntil: rule.threshold <= 1 ? new Date(now.getTime() + BACKOFF.baseSeconds * 1000) : null, updatedAt: now })
    .onDuplicateKeyUpdate({
      set: {
        n: sql`if(${throttleBuckets.updatedAt} < ${forgetBefore}, 1, ${n} + 1)`,
        blockedUntil: sql`if(${n} >= ${rule.threshold}, date_add(${at}, interval least(${BACKOFF.baseSeconds} * pow(2, least(${n} - ${rule.threshold}, 10)), ${BACKOFF.capSeconds}) second), null)`,
        updatedAt: now,
      },
    });
}

/** A success forgets the key's failures (for an account: the right password was given). */
export function clearFailures(db: Executor, key: BackoffKey) {
  return db.delete(throttleBuckets).where(matches(key));
}
