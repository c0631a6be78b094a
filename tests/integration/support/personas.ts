// Acting as somebody in an integration test: the viewer is always re-read from the database
// (as on a real request), then passed to a use case or to the real tRPC router.
import type { Database } from "../../../db/client";
import { loadViewer } from "../../../server/auth/load-viewer";
import type { SignedInViewer, Viewer } from "../../../server/authz/viewer";
import type { RequestMeta, UseCaseContext } from "../../../server/context";
import { createCaller } from "../../../server/trpc/root";

export const TEST_META: RequestMeta = { ip: "127.0.0.1", userAgent: "vitest", locale: "en" };

type Person = { id: string; sessionVersion: number };

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
