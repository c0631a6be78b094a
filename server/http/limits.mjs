// The request limits of the HTTP edge, in one place (docs/SECURITY.md lists them). Plain
// JavaScript so that next.config.mjs can use them too.

/** Largest request body any route accepts: 1 MiB. Larger bodies are refused with 413 unread. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Most procedure calls one tRPC batch may carry (the client's batch link uses the same number). */
export const MAX_BATCH_CALLS = 10;

/** Methods that may change state: they must come from the app's own origin. */
const STATE_CHANGING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** @param {string} method */
export function isStateChanging(method) {
  return STATE_CHANGING_METHODS.has(method.toUpperCase());
}
