// What every use case receives: the database, who is acting, and facts about the request.
import type { Database } from "@/db/client";
import type { Viewer } from "./authz/viewer";

export type RequestMeta = { ip: string | null; userAgent: string | null; locale: string };

export type UseCaseContext = {
  db: Database;
  viewer: Viewer;
  meta: RequestMeta;
  /**
   * Runs side effects (notifications, emails) after the response is sent, off the request's
   * critical path (Next's `after()` in the app). Without it they run inline.
   */
  defer?: (task: () => Promise<void>) => void;
};

/** Schedules `task` through ctx.defer when available, else runs it now. */
export async function afterResponse(ctx: Pick<UseCaseContext, "defer">, task: () => Promise<void>): Promise<void> {
  if (ctx.defer) ctx.defer(task);
  else await task();
}

export const metaContext = (meta: RequestMeta) => ({ ip: meta.ip, userAgent: meta.userAgent });

/** What the audit records about the request. */
export const requestFacts = (meta: RequestMeta) => ({ ip: meta.ip, userAgent: meta.userAgent });
