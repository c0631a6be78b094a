// The public log as a reader on the Internet sees it: every request goes to the real route
// handler (app/api/open/log/…, app/.well-known/…) with a real Request object.
import { runAtomic, type Database } from "../../../db/client";
import { GET as key } from "../../../app/.well-known/southbridge-log-key/route";
import { GET as entries } from "../../../app/api/open/log/entries/route";
import { GET as head } from "../../../app/api/open/log/head/route";
import { GET as consistency } from "../../../app/api/open/log/proof/consistency/route";
import { GET as inclusion } from "../../../app/api/open/log/proof/inclusion/route";
import { appendLeafStep } from "../../../server/transparency-log/append-leaf";
import type { Leaf } from "../../../server/transparency-log/leaves.mjs";

export const LOG_ORIGIN = "http://southbridge.test";

const ROUTES: Record<string, (request: Request) => Promise<Response>> = {
  "/api/open/log/head": () => head(),
  "/api/open/log/proof/inclusion": inclusion,
  "/api/open/log/proof/consistency": consistency,
  "/api/open/log/entries": entries,
  "/.well-known/southbridge-log-key": () => key(),
};

/** A fetch that answers from the route handlers (404 for any other path), counting the requests. */
export function routeFetch() {
  const requested: string[] = [];
  const fetchLike = async (input: string | URL | Request): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input);
    const route = ROUTES[new URL(request.url).pathname];
    requested.push(new URL(request.url).pathname + new URL(request.url).search);
    return route ? route(request) : new Response("not found", { status: 404 });
  };
  return { fetch: fetchLike, requested };
}

/** GET a path of the public log through its route handler; the status, headers and parsed JSON body. */
export async function getLog<Body = Record<string, unknown>>(path: string) {
  const response = await routeFetch().fetch(`${LOG_ORIGIN}${path}`);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

/** Appends leaves, as the use cases will, one atomic write each, in order. */
export async function appendLeaves(db: Database, leaves: Leaf[]) {
  for (const leaf of leaves) await runAtomic(db, [appendLeafStep(leaf)]);
}
