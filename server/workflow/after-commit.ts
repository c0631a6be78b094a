// What runs after a write has committed (never before, never for a write that was refused or
// rolled back): e.g. the Next.js side expiring the cached public pages the change touched
// (server/pages/public-page-cache.ts). The kernel knows nothing of Next: listeners register here.
// A listener that throws is logged and never undoes or fails the committed write.
import type { AuditEvent } from "../audit/events";

export type CommitListener = (event: AuditEvent) => void;

// One registry per process, whichever bundle (route handler, page, instrumentation) loaded this module.
const KEY = Symbol.for("southbridge.afterCommit");
type Holder = { [KEY]?: Set<CommitListener> };

function listeners(): Set<CommitListener> {
  const holder = globalThis as Holder;
  // stateless-ok: the process's hooks, registered once at start; holds no request data
  holder[KEY] ??= new Set();
  return holder[KEY];
}

/** Runs `listener` after every committed write; returns the unsubscribe function. */
export function onCommitted(listener: CommitListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Called by commit() once the write has committed. */
export function committed(event: AuditEvent): void {
  for (const listener of listeners()) {
    try {
      listener(event);
    } catch (error) {
      console.error(`after-commit listener failed for ${event.action}:`, error);
    }
  }
}
