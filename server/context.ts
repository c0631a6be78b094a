// What every use case receives: the database, who is acting, and facts about the request.
import type { Database } from "@/db/client";
import type { Viewer } from "./authz/viewer";

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
};

export const metaContext = (meta: RequestMeta) => ({ ip: meta.ip, userAgent: meta.userAgent });

/** What the audit records about the request. */
export const requestFacts = (meta: RequestMeta) => ({ ip: meta.ip, userAgent: meta.userAgent });
