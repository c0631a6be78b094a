// Calling the real router over HTTP, in-process: the same fetch adapter, error formatter and
// onError as app/api/trpc/[trpc]/route.ts, with the viewer of a test persona (no cookies).
import type { AnyRouter } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Database } from "../../../db/client";
import { requestIdOf } from "../../../server/trpc/error-map";
import { appRouter } from "../../../server/trpc/root";
import { actingAs } from "./personas";

type Person = { id: string; sessionVersion: number };

export type HttpAnswer = { status: number; text: string; json: { error?: { message: string; code: number; data: Record<string, unknown> }; result?: { data: unknown } } };

/** One call of `path` (a mutation: POST with a JSON body; a query: GET with ?input=) as `user` (null: a visitor). */
export async function callOverHttp(db: Database, user: Person | null, path: string, input: unknown, kind: "query" | "mutation", router: AnyRouter = appRouter): Promise<HttpAnswer> {
  const ctx = await actingAs(db, user);
  const url = new URL(`http://localhost/api/trpc/${path}`);
  if (kind === "query" && input !== undefined) url.searchParams.set("input", JSON.stringify(input));
  const req =
    kind === "mutation"
      ? new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) })
      : new Request(url, { method: "GET" });
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router,
    createContext: () => ({ ...ctx, db }),
    onError({ error, path: failed }) {
      if (error.code === "INTERNAL_SERVER_ERROR") requestIdOf(error, failed);
    },
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as HttpAnswer["json"] };
}
