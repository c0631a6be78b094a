// The read boundary of the pages (docs/ARCHITECTURE.md, "How a page reads"). A page read is a
// plain async function of the page context: it decides who may see the page, loads everything
// the page and its components show (through the procedures, so with their checks and output
// contracts) and returns the page's view model. It never renders and never imports Next: the
// page calls it through readPage() (server/pages/read-page.ts), which caches it per request and
// turns a refusal into the sign-in redirect or the not-found page; the page authorization matrix
// (tests/integration/page-authorization.integration-test.ts) calls the same function as each persona.
import type { SignedInViewer } from "../authz/viewer";
import type { UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { createCaller } from "../trpc/root";
import type { PublicTag } from "../http/public-cache-tags";

/** What a page read receives: the request's database, viewer and facts, and the procedures called as that viewer. */
export type PageContext = UseCaseContext & { api: ReturnType<typeof createCaller> };

/** The page context of a use-case context: the same viewer calls the procedures, in-process. */
export function pageContext(ctx: UseCaseContext): PageContext {
  return { ...ctx, api: createCaller(ctx) };
}

/** One page's read: its name (the matrix checks that the page calls it) and the function. */
export type PageRead<Args extends readonly unknown[], View> = {
  readonly name: string;
  readonly run: (ctx: PageContext, ...args: Args) => Promise<View>;
  /** Public pages: a visitor's read is cached under these tags (server/http/visitor-cache.ts). */
  readonly visitorCache?: { readonly tags: readonly PublicTag[]; readonly when?: (...args: Args) => boolean };
};

export function pageRead<Args extends readonly unknown[], View>(name: string, run: (ctx: PageContext, ...args: Args) => Promise<View>): PageRead<Args, View> {
  // A refusal thrown before the first await still comes back as a rejected promise.
  return { name, run: async (ctx, ...args) => await run(ctx, ...args) };
}

/** A public page's read whose visitors' view is cached under `tags` (expired by the changes that touch them); only for arguments `when` accepts. */
export function cachedForVisitors<Args extends readonly unknown[], View>(
  tags: readonly PublicTag[],
  read: PageRead<Args, View>,
  when?: (...args: Args) => boolean,
): PageRead<Args, View> {
  return { ...read, visitorCache: { tags, when } };
}

/** The view model a page read returns (for the props of the components that show it). */
export type ViewOf<R> = R extends PageRead<infer _Args, infer V> ? V : never;

/** The page's reader must be signed in: a visitor is sent to sign in (UNAUTHENTICATED). */
export function signedIn(ctx: PageContext): SignedInViewer {
  if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED");
  return ctx.viewer;
}

/** The signed-in reader lacks the right to this page (rendered as the not-found page, see outcomes.ts). */
export function forbidUnless(allowed: boolean): asserts allowed {
  if (!allowed) throw new DomainError("FORBIDDEN", { what: "page" });
}

/** Nothing to show at this address for this reader. */
export function notFoundUnless(found: boolean, what = "page"): asserts found {
  if (!found) throw new DomainError("NOT_FOUND", { what });
}

/** The reader belongs on another page (e.g. an edit form they may not use sends them to the view). */
export class PageRedirect extends Error {
  constructor(readonly to: string) {
    super(`redirect to ${to}`);
    this.name = "PageRedirect";
  }
}
