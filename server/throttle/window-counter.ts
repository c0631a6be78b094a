// Sliding-window counters: one row per purpose, key and time slice. A hit increments the
// current slice with one upsert whose LAST_INSERT_ID(n + 1) hands back the new count, while
// the earlier slices of the period are read in the same wave: no extra sequential round trip.
import { and, eq, gte, lt, sql } from "drizzle-orm";
import { insertId, type Executor } from "@/db/client";
import { throttleBuckets } from "@/db/schema";
import { keyHash } from "./keys";
import type { WindowRule } from "./limits";
import { FREE, type Verdict } from "./rate-limited";

/** The slice a moment falls in, and the earliest slice still counted with it. */
function slicesAt(rule: WindowRule, now: Date) {
  const slice = rule.sliceSeconds * 1000;
  const current = Math.floor(now.getTime() / slice) * slice;
  const count = Math.ceil(rule.periodSeconds / rule.sliceSeconds);
  return { slice, current, oldest: current - count * slice, count };
}

/** The upsert that adds `by` hits to the current slice; its insertId is the slice's new count. */
export function bumpStatement(db: Executor, rule: WindowRule, key: string, now: Date, by = 1) {
  const { current } = slicesAt(rule, now);
  return db
    .insert(throttleBuckets)
    .values({ purpose: rule.purpose, keyHash: keyHash(key), windowStart: new Date(current), n: sql`LAST_INSERT_ID(${by})`, updatedAt: now })
    .onDuplicateKeyUpdate({ set: { n: sql`LAST_INSERT_ID(${throttleBuckets.n} + ${by})`, updatedAt: now } });
}

/**
 * Counts `by` hits for `key` and says whether the total over the period (the current slice and
 * every earlier slice that may still overlap it) exceeds the limit. Refused hits count too.
 * Strict: at most `limit` hits are let through in ANY span of `periodSeconds`.
 */
export async function countHit(db: Executor, rule: WindowRule, key: string, now: Date, by = 1): Promise<Verdict> {
  const { slice, current, oldest, count } = slicesAt(rule, now);
  const [bumped, earlier] = await Promise.all([
    bumpStatement(db, rule, key, now, by),
    db
      .select({ windowStart: throttleBuckets.windowStart, n: throttleBuckets.n })
      .from(throttleBuckets)
      .where(and(eq(throttleBuckets.purpose, rule.purpose), eq(throttleBuckets.keyHash, keyHash(key)), gte(throttleBuckets.windowStart, new Date(oldest)), lt(throttleBuckets.windowStart, new Date(current)))),
  ]);
  const slices = [...earlier.map((r) => ({ start: r.windowStart.getTime(), n: r.n })), { start: current, n: insertId(bumped) }].sort((a, b) => a.start - b.start);
  let total = slices.reduce((sum, s) => sum + s.n, 0);
  if (total <= rule.limit) return FREE;
  // A slice stops counting once `count` newer slices have begun. Wait until enough of the oldest
  // have dropped out for one more hit to fit.
  let freeAt = current + (count + 1) * slice;
  for (const s of slices) {
    total -= s.n;
    if (total + 1 <= rule.limit) {
      freeAt = s.start + (count + 1) * slice;
      break;
    }
  }
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)) };
}
