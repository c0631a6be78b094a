// The caller of a request made with `Authorization: Bearer <token>`, for the /api/v1 routes and
// tRPC: no header → a visitor (cookies are not read on /api/v1); a malformed, unknown or revoked
// token, or one whose user may no longer act → refused (UNAUTHENTICATED), never downgraded to a
// visitor silently.
import type { Database } from "@/db/client";
import type { Viewer } from "../authz/viewer";
import type { Verdict } from "../throttle/rate-limited";
import { bearerToken, triesBearer } from "./token-secret";
import { viewerOfToken } from "./token-viewer";

export type BearerOutcome = { kind: "none" } | { kind: "refused" } | { kind: "token"; viewer: NonNullable<Viewer>; verdict: Verdict };

export async function bearerCaller(db: Database, authorization: string | null, now = new Date()): Promise<BearerOutcome> {
  if (!triesBearer(authorization)) return { kind: "none" };
  const token = bearerToken(authorization);
  if (!token) return { kind: "refused" };
  const caller = await viewerOfToken(db, token, now);
  if (!caller?.viewer) return { kind: "refused" };
  return { kind: "token", viewer: caller.viewer, verdict: caller.verdict };
}
