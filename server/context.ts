// What every use case receives: the database, who is acting, and facts about the request.
import type { Database } from "@/db/client";
import type { Viewer } from "./authz/viewer";
import type { PublicTag } from "./http/public-cache-tags";

export type RequestMeta = { ip: string | null; userAgent: string | null; locale: string };

export type UseCaseContext = {
  db: Database;
  viewer: Viewer;
  meta: RequestMeta;
  /**
   * Runs work that may be lost after the response is sent (Next's `after()` in the app): only an
   * opportunistic outbox delivery, never a side effect of its own — those are outbox rows of the
   * change's own write.
   */
  defer?: (task: () => Promise<void>) => void;
  /** In the app, for a visitor: the shared cache of public reads (server/http/visitor-cache.ts). */
  cacheForVisitors?: VisitorCache;
};

/** Reads `read` once per key for every visitor, under the public tags that a committed change expires. */
export type VisitorCache = <T>(key: readonly unknown[], tags: readonly PublicTag[], read: () => Promise<T>) => Promise<T>;

/** A public read: from the visitors' cache when nobody is signed in (and the app provides one), else live. */
export function publicRead<T>(ctx: UseCaseContext, key: readonly unknown[], tags: readonly PublicTag[], read: () => Promise<T>): Promise<T> {
  return ctx.viewer === null && ctx.cacheForVisitors ? ctx.cacheForVisitors([...key, ctx.meta.locale], tags, read) : read();
}

export const metaContext = (meta: RequestMeta) => ({ ip: meta.ip, userAgent: meta.userAgent });

/** What the audit records about the request. */
export const requestFacts = (meta: RequestMeta) => ({ ip: meta.ip, userAgent: meta.userAgent });
