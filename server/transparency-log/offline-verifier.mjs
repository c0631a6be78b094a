// @ts-check
// The offline verifier's logic (scripts/southbridge-verify.mjs is its command line): checks a
// downloaded agreement record or report JSON without trusting the server that published it.
//  1. offline: the document's content hashes to what was signed / published, and the log leaves
//     it stands for are rebuilt from that content;
//  2. the log's public key: pinned by the reader, or fetched from the server (then only as good
//     as the connection it came over);
//  3. the current signed tree head, checked with that key;
//  4. an RFC 9162 inclusion proof of every rebuilt leaf in that head;
//  5. for every earlier head the reader holds (the receipt in an agreement record, a head saved
//     by a previous run), its signature and an RFC 9162 consistency proof to the current head:
//     if the log was rewritten since, this fails.
// The only network requests are the GETs of the key, the head and the proofs.
import { checkDocument } from "./documents.mjs";
import { hashFromHex, isConsistent, verifyInclusion } from "./rfc9162.mjs";
import { DEVELOPMENT_KEY_ID, jwkThumbprint, publicJwkProblem, treeHeadProblem, verifyTreeHead } from "./tree-head.mjs";

/** @typedef {import("./tree-head.mjs").SignedTreeHead} SignedTreeHead */
/** @typedef {import("./tree-head.mjs").LogPublicJwk} LogPublicJwk */
/** @typedef {{ ok: boolean | null; text: string }} Line  ok: true passed, false failed, null for information */
/** @typedef {(url: string, init?: RequestInit) => Promise<Response>} FetchLike */

/**
 * @param {unknown} doc the parsed JSON document
 * @param {{ server?: string; key?: unknown; earlierHeads?: { label: string; head: unknown }[]; fetch?: FetchLike; timeoutMs?: number }} [options]
 * @returns {Promise<{ verified: boolean; lines: Line[]; head: SignedTreeHead | null }>}
 */
export async function verifyDocument(doc, options = {}) {
  /** @type {Line[]} */
  const lines = [];
  const pass = (/** @type {string} */ text) => lines.push({ ok: true, text });
  const fail = (/** @type {string} */ text) => lines.push({ ok: false, text });
  const note = (/** @type {string} */ text) => lines.push({ ok: null, text });
  const done = (/** @type {SignedTreeHead | null} */ head) => ({ verified: lines.every((l) => l.ok !== false) && lines.some((l) => l.ok), lines, head });

  const check = checkDocument(doc);
  if (check.kind) note(check.kind === "report" ? "Document: a published transparency report" : "Document: an agreement record");
  check.facts.forEach(pass);
  check.problems.forEach(fail);
  if (!check.kind || check.claims.length === 0) return done(null);

  const server = (options.server ?? check.server ?? "").replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]/.test(server)) {
    fail("no log server: give its address with --server https://…");
    return done(null);
  }
  note(`Log server: ${server}`);
  const get = getter(server, options.fetch ?? fetch, options.timeoutMs ?? 20_000);

  // 2. The key.
  /** @type {unknown} */
  let key = options.key;
  if (key === undefined) {
    const fetched = await get("/.well-known/southbridge-log-key");
    if (!fetched.ok) {
      fail(`could not fetch the log's public key: ${fetched.error}`);
      return done(null);
    }
    key = fetched.body;
    note("The log's public key was fetched from the server; pin it with --key <file> for a check that does not rely on this connection.");
  }
  const keyProblem = publicJwkProblem(key);
  if (keyProblem) {
    fail(`unusable public key: ${keyProblem}`);
    return done(null);
  }
  const jwk = /** @type {LogPublicJwk} */ (key);
  if (jwkThumbprint(jwk) === DEVELOPMENT_KEY_ID) {
    note("WARNING: the log is signed with the public DEVELOPMENT key, which anyone can use: this server is a test or demo, its heads prove nothing.");
  }

  // 3. The current head.
  const fetchedHead = await get("/api/open/log/head");
  if (!fetchedHead.ok) {
    fail(`could not fetch the log's tree head: ${fetchedHead.error}`);
    return done(null);
  }
  const head = /** @type {SignedTreeHead} */ (fetchedHead.body);
  if (treeHeadProblem(head) || !verifyTreeHead(head, jwk)) {
    fail("the log's tree head is NOT signed by the log's key");
    return done(null);
  }
  pass(`the log's tree head is signed by its key: ${head.treeSize} leaves, root ${head.rootHash}, ${new Date(head.timestamp).toISOString()}`);

  // 4. Each leaf in that head.
  for (const claim of check.claims) {
    const proof = await get(`/api/open/log/proof/inclusion?leaf=${claim.leafHash}&size=${head.treeSize}`);
    if (!proof.ok) {
      fail(proof.status === 404 ? `${claim.label}: leaf ${claim.leafHash} is NOT in the log` : `${claim.label}: could not fetch its inclusion proof: ${proof.error}`);
      continue;
    }
    const body = /** @type {{ leafIndex?: unknown; inclusionPath?: unknown }} */ (proof.body);
    const included = safely(() =>
      verifyInclusion({
        leafIndex: /** @type {number} */ (body.leafIndex),
        treeSize: head.treeSize,
        leafHash: hashFromHex(claim.leafHash),
        inclusionPath: /** @type {unknown[]} */ (body.inclusionPath).map(hashFromHex),
        rootHash: hashFromHex(head.rootHash),
      }),
    );
    if (included) pass(`${claim.label}: in the log as leaf ${String(body.leafIndex)} (inclusion proof checked)`);
    else fail(`${claim.label}: the inclusion proof does NOT match the signed tree head`);
  }

  // 5. Earlier heads: the log must only have grown since.
  const earlier = [...(check.earlierHead ? [{ label: "the head recorded in the document", head: check.earlierHead }] : []), ...(options.earlierHeads ?? [])];
  for (const { label, head: old } of earlier) {
    if (treeHeadProblem(old) || !verifyTreeHead(old, jwk)) {
      fail(`${label} is not a tree head signed by the log's key`);
      continue;
    }
    const before = /** @type {SignedTreeHead} */ (old);
    if (before.treeSize > head.treeSize) {
      fail(`${label} has ${before.treeSize} leaves, the log now only ${head.treeSize}: the log was cut back`);
      continue;
    }
    const proof = await get(`/api/open/log/proof/consistency?from=${before.treeSize}&to=${head.treeSize}`);
    const path = proof.ok ? /** @type {{ consistencyPath?: unknown }} */ (proof.body).consistencyPath : null;
    const consistent =
      Array.isArray(path) &&
      safely(() =>
        isConsistent({ first: before.treeSize, second: head.treeSize, firstHash: hashFromHex(before.rootHash), secondHash: hashFromHex(head.rootHash), consistencyPath: path.map(hashFromHex) }),
      );
    if (consistent) pass(`${label} (${before.treeSize} leaves) is consistent with the current head: nothing logged before it was changed`);
    else fail(`${label} (${before.treeSize} leaves) is NOT consistent with the current head: the log was rewritten`);
  }
  return done(head);
}

/** @param {() => boolean} run */
function safely(run) {
  try {
    return run();
  } catch {
    return false;
  }
}

/**
 * GET a JSON path of the server: { ok, body } or { ok: false, status, error }.
 * @param {string} server @param {FetchLike} fetchImpl @param {number} timeoutMs
 */
function getter(server, fetchImpl, timeoutMs) {
  /** @param {string} path @returns {Promise<{ ok: true; status: number; body: unknown } | { ok: false; status: number; error: string }>} */
  return async (path) => {
    try {
      const response = await fetchImpl(`${server}${path}`, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" } });
      const text = await response.text();
      /** @type {unknown} */
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        return { ok: false, status: response.status, error: `HTTP ${response.status}, not JSON` };
      }
      if (!response.ok) {
        const message = /** @type {{ message?: unknown }} */ (body)?.message;
        return { ok: false, status: response.status, error: `HTTP ${response.status}${typeof message === "string" ? `: ${message}` : ""}` };
      }
      return { ok: true, status: response.status, body };
    } catch (error) {
      return { ok: false, status: 0, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
