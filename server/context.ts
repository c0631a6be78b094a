// What every use case receives: the database, who is acting, and facts about the request.
import type { Database } from "@/db/client";
import type { Viewer } from "./authz/viewer";

export type RequestMeta = { ip: string | null; userAgent: string | null; locale: string };

export type UseCaseContext = {
  db: Database;
  viewer: Viewer;
  meta: RequestMeta;
};

export const metaContext = (meta: RequestMeta) => ({ ip: meta.ip, userAgent: meta.userAgent });
