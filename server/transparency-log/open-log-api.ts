// The public log endpoints as Request → Response functions, so that the route handlers under
// app/api/open/log/ and app/.well-known/ stay one line. Public data: CORS open, cache headers by
// how long an answer stays true (a proof for a given size never changes; the head does).
import type { Executor } from "@/db/client";
import { isDomainError } from "../errors";
import { consistencyQuery, entriesQuery, inclusionQuery, parseQuery } from "./query-params";
import { readConsistencyProof, readEntries, readInclusionProof, readSignedHead } from "./read-log";
import { logSigningKey } from "./signing-key";

const CACHE = {
  /** The head moves with every append. */
  head: "public, max-age=10",
  /** Proofs and complete ranges for given sizes never change. */
  forever: "public, max-age=31536000, immutable",
  key: "public, max-age=3600",
  none: "no-store",
};

function json(body: unknown, status: number, cacheControl: string, contentType = "application/json; charset=utf-8") {
  return new Response(JSON.stringify(body, null, 2), {
    status,
    headers: { "Content-Type": contentType, "Cache-Control": cacheControl, "Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff" },
  });
}

/** Runs a read; a refused parameter is 400, a missing leaf 404, both with a JSON explanation. */
async function answer(read: () => Promise<Response>): Promise<Response> {
  try {
    return await read();
  } catch (error) {
    if (isDomainError(error) && error.code === "VALIDATION") return json({ error: "bad_request", parameter: error.details.parameter ?? null, message: error.message }, 400, CACHE.none);
    if (isDomainError(error) && error.code === "NOT_FOUND") return json({ error: "not_found", message: "no leaf with this hash in the tree of that size" }, 404, CACHE.none);
    throw error;
  }
}

/** GET /api/open/log/head */
export const logHeadResponse = (db: Executor) => answer(async () => json(await readSignedHead(db, logSigningKey()), 200, CACHE.head));

/** GET /api/open/log/proof/inclusion?leaf=<hash>&size=N */
export const inclusionProofResponse = (db: Executor, request: Request) =>
  answer(async () => {
    const { leaf, size } = parseQuery(request.url, inclusionQuery);
    return json(await readInclusionProof(db, { leafHash: leaf, treeSize: size }), 200, CACHE.forever);
  });

/** GET /api/open/log/proof/consistency?from=M&to=N */
export const consistencyProofResponse = (db: Executor, request: Request) =>
  answer(async () => json(await readConsistencyProof(db, parseQuery(request.url, consistencyQuery)), 200, CACHE.forever));

/** GET /api/open/log/entries?start=M&end=N (both included, at most 1000) */
export const entriesResponse = (db: Executor, request: Request) =>
  answer(async () => {
    const { final, ...body } = await readEntries(db, parseQuery(request.url, entriesQuery));
    return json(body, 200, final ? CACHE.forever : CACHE.head);
  });

/** GET /.well-known/southbridge-log-key — the public key (JWK) that signs the tree heads. */
export const logKeyResponse = () => answer(() => Promise.resolve(json(logSigningKey().publicJwk, 200, CACHE.key, "application/jwk+json")));
