import { after } from "next/server";
import { getDb, type Database } from "@/db/client";
import { isLocale } from "@/i18n/locales";
import { currentViewer, requestMeta } from "../auth/current-viewer";
import type { UseCaseContext } from "../context";

export type TRPCContext = UseCaseContext & { db: Database };

/** Built per request: the database, the viewer (re-read from the database) and request facts. */
export async function createTRPCContext(opts: { headers: Headers }): Promise<TRPCContext> {
  const requested = opts.headers.get("x-southbridge-locale") ?? "en";
  const [viewer, meta] = await Promise.all([currentViewer(), requestMeta(isLocale(requested) ? requested : "en")]);
  return {
    db: getDb().db,
    viewer,
    meta,
    defer: (task) =>
      after(() =>
        task().catch((error: unknown) => {
          console.error("deferred task failed:", error);
        }),
      ),
  };
}
