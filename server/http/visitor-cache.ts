// What visitors (nobody signed in) read of the public pages and the public catalogue procedures,
// from the Next.js data cache: read once per key, then served from the cache, tagged with the
// public tags it shows (server/http/public-cache-tags.ts) — a crowd reading the catalogue between
// two changes costs the database nothing. Signed-in readers always read live.
//
// Invalidation: after a write commits, the kernel's after-commit hook (server/workflow/after-commit.ts)
// expires the tags the change touches — immediately (`expire: 0`), so the next visitor after a
// publish, start, completion, cancellation or report publication reads the new state.
// BACKSTOP_SECONDS bounds staleness from anything the hook cannot see (a change written by a
// script outside the server, the date rolling over, another server's local cache).
import { revalidateTag, unstable_cache } from "next/cache";
import type { VisitorCache } from "../context";
import { onCommitted } from "../workflow/after-commit";
import { decodeView, encodeView } from "./json-with-dates";
import { publicTagsChangedBy } from "./public-cache-tags";
import { expireVisitorPages } from "./visitor-pages.mjs";

/** At most this old, whatever happens. */
export const BACKSTOP_SECONDS = 600;

/** The value of `read` for this key (JSON: names, locale, arguments), from the data cache under `tags`. */
export const cacheForVisitors: VisitorCache = async (key, tags, read) => {
  const cached = unstable_cache(async (_key: string) => encodeView(await read()), ["visitor"], { tags: [...tags], revalidate: BACKSTOP_SECONDS });
  return decodeView(await cached(JSON.stringify(key)));
};

const REGISTERED = Symbol.for("southbridge.publicCacheExpiry");

/** Expires the public tags of every committed change (once per process: instrumentation.ts). */
export function registerPublicCacheExpiry(): void {
  const holder = globalThis as { [REGISTERED]?: true };
  if (holder[REGISTERED]) return;
  holder[REGISTERED] = true;
  onCommitted((event) => {
    const tags = publicTagsChangedBy(event);
    // The production server's page cache holds whole visitor pages: any public change empties it.
    if (tags.length > 0) expireVisitorPages();
    for (const tag of tags) {
      try {
        revalidateTag(tag, { expire: 0 });
      } catch (error) {
        // Outside a request (a script, a job run by hand): this process serves no page; the backstop covers the others.
        console.warn(`could not expire ${tag} after ${event.action}: ${(error as Error).message}`);
      }
    }
  });
}
