import { after } from "next/server";
import { getDb, type Database } from "@/db/client";
import { isLocale } from "@/i18n/locales";
import { deliverSoon } from "../outbox/deliver-soon";
import { currentSessionClaim, currentViewer, requestMeta } from "../auth/current-viewer";
import type { UseCaseContext } from "../context";
import { countMutations } from "../throttle/mutation-quota";
import type { Verdict } from "../throttle/rate-limited";

export type TRPCContext = UseCaseContext & {
  db: Database;
  /** The per-user mutation count, taken with the viewer (see the mutationCap middleware). */
  mutationQuota?: Verdict;
};

/**
 * Built per request: the database, the viewer (re-read from the database) and request facts.
 * For a request of `mutations` mutation calls by a signed-in user, the user's mutation count
 * is bumped in the same wave as the viewer's read.
 */
export async function createTRPCContext(opts: { headers: Headers; mutations?: number }): Promise<TRPCContext> {
  const requested = opts.headers.get("x-southbridge-locale") ?? "en";
  const db = getDb().db;
  const quota = opts.mutations ? currentSessionClaim().then((claim) => (claim ? countMutations(db, claim, opts.mutations!) : undefined)) : undefined;
  const [viewer, meta, mutationQuota] = await Promise.all([currentViewer(), requestMeta(isLocale(requested) ? requested : "en"), quota]);
  // A mutation may have queued emails: deliver them soon after the response (the cron job is the safety net).
  if (opts.mutations) after(() => deliverSoon(db));
  return {
    db,
    viewer,
    meta,
    mutationQuota,
    defer: (task) =>
      after(() =>
        task().catch((error: unknown) => {
          console.error("deferred task failed:", error);
        }),
      ),
  };
}
