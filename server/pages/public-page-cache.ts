// Visitors' public pages from the Next.js data cache. A page read declared with `visitorCache`
// (the catalogue, programme, institution and transparency pages) is, for a visitor (nobody signed
// in), read once per locale and arguments and then served from the cache, tagged with the public
// tags it shows: a crowd reading the catalogue between two changes costs the database nothing.
// Signed-in readers always read live (what they see depends on who they are).
//
// Invalidation: after a write commits, the kernel's after-commit hook (server/workflow/after-commit.ts)
// expires the tags the change touches (server/pages/public-page-tags.ts) — immediately
// (`expire: 0`), so the next visitor after a publish, start, completion, cancellation or report
// publication reads the new state. BACKSTOP_SECONDS bounds staleness from anything the hook cannot
// see (a change made by a script outside the server, the date rolling over).
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { onCommitted } from "../workflow/after-commit";
import { decodeView, encodeView } from "./json-with-dates";
import type { PageContext, PageRead } from "./page-read";
import { publicTagsChangedBy } from "./public-page-tags";

/** At most this old, whatever happens. */
export const BACKSTOP_SECONDS = 600;

/** The read for a visitor, through the data cache (keyed by the read's name, the locale and the arguments). */
export async function readForVisitor(read: PageRead<readonly unknown[], unknown>, ctx: PageContext, args: readonly unknown[]): Promise<unknown> {
  const tags = read.visitorCache!.tags;
  const cached = unstable_cache(async (_name: string, _locale: string, _args: string) => encodeView(await read.run(ctx, ...args)), ["public-page"], {
    tags: [...tags],
    revalidate: BACKSTOP_SECONDS,
  });
  return decodeView(await cached(read.name, ctx.meta.locale, JSON.stringify(args)));
}

const REGISTERED = Symbol.for("southbridge.publicPageRevalidation");

/** Expires the public tags of every committed change (once per process: instrumentation.ts). */
export function registerPublicPageRevalidation(): void {
  const holder = globalThis as { [REGISTERED]?: true };
  if (holder[REGISTERED]) return;
  holder[REGISTERED] = true;
  onCommitted((event) => {
    for (const tag of publicTagsChangedBy(event)) {
      try {
        revalidateTag(tag, { expire: 0 });
      } catch (error) {
        // Outside a request (a script, a job run by hand): nothing is cached here; the backstop covers other servers.
        console.warn(`could not expire ${tag} after ${event.action}: ${(error as Error).message}`);
      }
    }
  });
}
