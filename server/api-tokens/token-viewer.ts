// Who a request bearing a personal API token is: the token's user, re-read as they stand now
// (a suspended account, a removed membership or a suspended institution count at once), with
// the token's scope and without platform roles. Two waves: the token (with the user's session
// version) and the call counted; then the viewer loaded and the last use recorded.
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import type { Viewer } from "../authz/viewer";
import { loadViewer } from "../auth/load-viewer";
import { LIMITS } from "../throttle/limits";
import type { Verdict } from "../throttle/rate-limited";
import { countHit } from "../throttle/window-counter";
import { tokenHash } from "./token-secret";

/** The last use is written at most once a minute per token, not at every call. */
const LAST_USED_GRAIN_MS = 60_000;

export type TokenCaller = { viewer: Viewer; verdict: Verdict };

/** The viewer of a bearer token, or null when the token is unknown, revoked or its user may not act. */
export async function viewerOfToken(db: Database, token: string, now = new Date()): Promise<TokenCaller | null> {
  const hash = tokenHash(token);
  const [rows, verdict] = await Promise.all([
    db
      .select({ id: apiTokens.id, userId: apiTokens.userId, scope: apiTokens.scope, sessionVersion: users.sessionVersion })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.tokenHash, hash), isNull(apiTokens.revokedAt))),
    countHit(db, LIMITS.callsPerApiToken, hash, now),
  ]);
  const row = rows[0];
  if (!row) return null;
  const [viewer] = await Promise.all([
    loadViewer(db, row.userId, row.sessionVersion),
    db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(eq(apiTokens.id, row.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - LAST_USED_GRAIN_MS))))),
  ]);
  if (!viewer) return null;
  return { viewer: { ...viewer, roles: [], token: { id: row.id, scope: row.scope } }, verdict };
}
