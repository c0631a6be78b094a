// The public pages a visitor (nobody signed in) may be served from the production server's page
// cache (scripts/lib/visitor-page-cache.mjs), and the signal by which a committed change expires
// them. Plain JavaScript: scripts/serve.mjs imports it outside the Next.js bundle, and the bundle
// (server/http/visitor-cache.ts) raises the signal — the listeners live on globalThis, so both
// copies of this module share them.

/**
 * The read-only public pages whose reads are already cached for visitors (docs/ARCHITECTURE.md,
 * "Cached public pages"): home, catalogue, a programme, directory, an institution, transparency,
 * a report. Feeds beside them (deadlines.ics, feed.atom) are not HTML and are never stored.
 */
const VISITOR_PAGE = /^\/[a-z]{2}(?:\/(?:programmes|institutions|transparency)(?:\/[A-Za-z0-9_-]+)?)?$/;

/** Whether the path (no query string) is one of the visitor pages. */
export function isVisitorPage(pathname) {
  return VISITOR_PAGE.test(pathname);
}

const EXPIRED = Symbol.for("southbridge.visitorPagesExpired");

/** Runs `listener` whenever a committed change touches what a public page shows; returns the unsubscribe function. */
export function onVisitorPagesExpired(listener) {
  // stateless-ok: the process's hooks, registered once at start; holds no request data
  const listeners = (globalThis[EXPIRED] ??= new Set());
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called after a committed change has expired the public cache tags it touched. */
export function expireVisitorPages() {
  for (const listener of globalThis[EXPIRED] ?? []) listener();
}
