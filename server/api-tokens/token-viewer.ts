// Who a request bearing a personal API token is: the token's user, re-read as they stand now
// (a suspended account, a removed membership or a suspended institution count at once), with
// the token's scope and WITHOUT platform roles. ONE wave: the token with its user and active
// memberships (one query), the call counted, and the last use recorded (at most once a minute).
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiTokens, institutions, memberships, users } from "@/db/schema";
import type { Viewer } from "../authz/viewer";
import { activeMembershipColumns, activeMembershipOfUser, institutionOfMembership, membershipsOfRows } from "../auth/viewer-memberships";
import { LIMITS } from "../throttle/limits";
import type { Verdict } from "../throttle/rate-limited";
import { countHit } from "../throttle/window-counter";
import { tokenHash } from "./token-secret";

/** The last use is written at most once a minute per token, not at every call. */
const LAST_USED_GRAIN_MS = 60_000;

export type TokenCaller = { viewer: Viewer; verdict: Verdict };

/** The viewer of a bearer token, or null when the token is unknown or revoked, or its user suspended. */
export async function viewerOfToken(db: Database, token: string, now = new Date()): Promise<TokenCaller | null> {
  const hash = tokenHash(token);
  const live = and(eq(apiTokens.tokenHash, hash), isNull(apiTokens.revokedAt));
  const [rows, verdict] = await Promise.all([
    db
      .select({
        tokenId: apiTokens.id,
        scope: apiTokens.scope,
        user: { id: users.id, email: users.email, name: users.name, locale: users.locale, sessionVersion: users.sessionVersion, status: users.status },
        ...activeMembershipColumns,
      })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .leftJoin(memberships, activeMembershipOfUser)
      .leftJoin(institutions, institutionOfMembership)
      .where(live),
    countHit(db, LIMITS.callsPerApiToken, hash, now),
    db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(and(live, or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - LAST_USED_GRAIN_MS))))),
  ]);
  const first = rows[0];
  if (!first || first.user.status !== "active") return null;
  const held = membershipsOfRows(rows);
  const { id, email, name, locale, sessionVersion } = first.user;
  const viewer: Viewer = { userId: id, email, name, locale, sessionVersion, roles: [], memberships: held, token: { id: first.tokenId, scope: first.scope } };
  return { viewer, verdict };
}
