import { after } from "next/server";
import { getDb, type Database } from "@/db/client";
import { isLocale } from "@/i18n/locales";
import { deliverSoon } from "../outbox/deliver-soon";
import { currentSessionClaim, currentViewer, requestMeta } from "../auth/current-viewer";
import type { UseCaseContext } from "../context";
import { cacheForVisitors } from "../http/visitor-cache";
import { countMutations } from "../throttle/mutation-quota";
import type { Verdict } from "../throttle/rate-limited";
import { bearerCaller } from "../api-tokens/bearer-context";
import { triesBearer } from "../api-tokens/token-secret";

export type TRPCContext = UseCaseContext & {
  db: Database;
  /** The per-user mutation count, taken with the viewer (see the mutationCap middleware). */
  mutationQuota?: Verdict;
  /** Set when the request bore `Authorization: Bearer`: refused (bad token) or the token's call count. */
  apiToken?: { refused: true } | { refused: false; verdict: Verdict };
};

/**
 * Built per request: the database, the viewer (re-read from the database) and request facts.
 * For a request of `mutations` mutation calls by a signed-in user, the user's mutation count
 * is bumped in the same wave as the viewer's read.
 */
export async function createTRPCContext(opts: { headers: Headers; mutations?: number }): Promise<TRPCContext> {
  const requested = opts.headers.get("x-southbridge-locale") ?? "en";
  const db = getDb().db;
  if (triesBearer(opts.headers.get("authorization"))) return bearerContext(db, opts.headers, isLocale(requested) ? requested : "en");
  const quota = opts.mutations ? currentSessionClaim().then((claim) => (claim ? countMutations(db, claim, opts.mutations!) : undefined)) : undefined;
  const [viewer, meta, mutationQuota] = await Promise.all([currentViewer(), requestMeta(isLocale(requested) ? requested : "en"), quota]);
  // A mutation may have queued emails: deliver them soon after the response (the cron job is the safety net).
  if (opts.mutations) after(() => deliverSoon(db));
  return {
    db,
    viewer,
    meta,
    mutationQuota,
    cacheForVisitors,
    defer: (task) =>
      after(() =>
        task().catch((error: unknown) => {
          console.error("deferred task failed:", error);
        }),
      ),
  };
}

/** The context of a request bearing a personal API token: the token's viewer (no session cookie is read). */
export async function bearerContext(db: Database, headers: Headers, locale: string): Promise<TRPCContext> {
  const [outcome, meta] = await Promise.all([bearerCaller(db, headers.get("authorization")), requestMeta(locale)]);
  const defer: TRPCContext["defer"] = (task) =>
    after(() =>
      task().catch((error: unknown) => {
        console.error("deferred task failed:", error);
      }),
    );
  if (outcome.kind !== "token") return { db, viewer: null, meta, defer, apiToken: { refused: true } };
  return { db, viewer: outcome.viewer, meta, defer, apiToken: { refused: false, verdict: outcome.verdict } };
}
