// Acting as somebody in an integration test: the viewer is always re-read from the database
// (as on a real request), then passed to a use case or to the real tRPC router.
import type { Database } from "../../../db/client";
import { loadViewer } from "../../../server/auth/load-viewer";
import type { SignedInViewer, Viewer } from "../../../server/authz/viewer";
import type { RequestMeta, UseCaseContext } from "../../../server/context";
import type { TRPCContext } from "../../../server/trpc/context";
import { createCaller } from "../../../server/trpc/root";
import { countMutations } from "../../../server/throttle/mutation-quota";

/**
 * No client address: per-address throttling (server/throttle/) is skipped, as for a request whose
 * address is unknown, so the many tests of one run never share an address's budget. Throttling
 * tests pass their own addresses.
 */
export const TEST_META: RequestMeta = { ip: null, userAgent: "vitest", locale: "en" };

export type Person = { id: string; sessionVersion: number };

/** The viewer of a signed-in user as loaded for a request; throws if the session would not be valid. */
export async function viewerOf(db: Database, user: Person): Promise<SignedInViewer> {
  const viewer = await loadViewer(db, user.id, user.sessionVersion);
  if (!viewer) throw new Error(`viewerOf: user ${user.id} has no valid session (version ${user.sessionVersion})`);
  return viewer;
}

/** The context a use case receives for this viewer (null: a visitor). */
export function contextFor(db: Database, viewer: Viewer, meta: RequestMeta = TEST_META): UseCaseContext {
  return { db, viewer, meta };
}

/** A use-case context acting as `user` (null: a visitor), with the viewer freshly loaded. */
export async function actingAs(db: Database, user: Person | null): Promise<UseCaseContext> {
  return contextFor(db, user ? await viewerOf(db, user) : null);
}

/** The real tRPC router, called in-process as `user` (null: a visitor). */
export async function callerAs(db: Database, user: Person | null) {
  return createCaller(await actingAs(db, user));
}

export type Caller = Awaited<ReturnType<typeof callerAs>>;

/**
 * The context the HTTP handler builds for a mutation request of `user`: the viewer is read and
 * the user's mutation count bumped in the same wave (for round-trip measurements).
 */
export async function requestContextOf(db: Database, user: Person, defer?: UseCaseContext["defer"]): Promise<TRPCContext> {
  const [viewer, mutationQuota] = await Promise.all([viewerOf(db, user), countMutations(db, { userId: user.id, sessionVersion: user.sessionVersion }, 1)]);
  return { db, viewer, meta: TEST_META, defer, mutationQuota };
}
