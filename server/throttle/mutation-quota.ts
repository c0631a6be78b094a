// The generous cap on every signed-in user's mutations. Counted where the request is built, in
// the same wave as loading the viewer (server/trpc/context.ts), so it costs no round trip of its
// own; the tRPC middleware refuses a mutation over the cap before the use case runs.
import type { Executor } from "@/db/client";
import { LIMITS } from "./limits";
import type { Verdict } from "./rate-limited";
import { countHit } from "./window-counter";

/**
 * Counts `calls` mutations of the user's session (a tRPC batch counts each call) and says whether
 * the cap is passed. The key is the user AND the session version: the count is taken before the
 * viewer is checked, so an ended session's token must not eat into the live sessions' budget.
 */
export function countMutations(db: Executor, session: { userId: string; sessionVersion: number }, calls: number, now = new Date()): Promise<Verdict> {
  return countHit(db, LIMITS.mutationsPerUser, mutationKey(session), now, calls);
}

export const mutationKey = (session: { userId: string; sessionVersion: number }) => `${session.userId}:${session.sessionVersion}`;
