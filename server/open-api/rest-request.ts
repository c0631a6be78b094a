// One request to /api/v1: the caller (a bearer token or nobody), its quota, then the route.
import { after } from "next/server";
import { getDb } from "@/db/client";
import { bearerCaller } from "../api-tokens/bearer-context";
import { requestMeta } from "../auth/current-viewer";
import type { TRPCContext } from "../trpc/context";
import { answerRest, errorResponse } from "./rest-handler";
import { REST_BASE } from "./rest-routes";

const defer: TRPCContext["defer"] = (task) =>
  after(() =>
    task().catch((error: unknown) => {
      console.error("deferred task failed:", error);
    }),
  );

export async function handleRestRequest(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const db = getDb().db;
  const [caller, meta] = await Promise.all([bearerCaller(db, request.headers.get("authorization")), requestMeta("en")]);
  if (caller.kind === "refused") return errorResponse(401, "UNAUTHORIZED", "Unknown, revoked or malformed API token", "UNAUTHENTICATED", { "WWW-Authenticate": 'Bearer realm="southbridge"' });
  if (caller.kind === "token" && caller.verdict.limited) {
    const seconds = String(Math.max(1, Math.ceil(caller.verdict.retryAfterSeconds)));
    return errorResponse(429, "TOO_MANY_REQUESTS", "Too many calls with this token", "RATE_LIMITED", { "Retry-After": seconds });
  }
  const ctx: TRPCContext = { db, viewer: caller.kind === "token" ? caller.viewer : null, meta, defer };
  return answerRest(ctx, request.method, url.pathname.slice(REST_BASE.length), url.searchParams);
}
