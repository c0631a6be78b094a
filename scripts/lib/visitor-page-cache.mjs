// The production server's page cache (scripts/serve.mjs): the public pages a visitor reads, whole,
// so that a crowd reading the catalogue between two changes costs neither the database nor a
// render. Every page carries a Content-Security-Policy nonce that must be new on every response
// (proxy.ts), which keeps Next.js from caching the page itself; here a stored page's nonce — 128
// random bits, drawn when it was rendered — is replaced by a fresh one in the policy and in the
// page each time it is served.
//
// Only for a visitor: a GET of a visitor page (server/http/visitor-pages.mjs), unfiltered (at most
// `?page=N`), with no cookie but the language one, no credentials and none of Next.js's
// navigation headers. Only a complete 200 HTML page whose one cookie is the language one is
// stored, under its address AND the host it was asked of (the page's alternate links are built
// from it: a request with a forged Host only ever fills its own entry). A committed change that
// touches a public page empties the cache (server/http/visitor-cache.ts raises the signal in this
// process); `ttlMs` bounds what another instance's change, or a script's write past the kernel,
// leaves stale.
import { newNonce } from "../../server/http/security-headers.mjs";
import { isVisitorPage, onVisitorPagesExpired } from "../../server/http/visitor-pages.mjs";

/** Request headers that make a request something else than a visitor's page view. */
const NOT_A_VIEW = ["authorization", "rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
/** Response headers recomputed for every answer (the transport's own), never stored. */
const NOT_STORED = new Set(["content-length", "content-encoding", "transfer-encoding", "date", "connection", "keep-alive", "x-visitor-cache"]);
const LANGUAGE_COOKIE = "NEXT_LOCALE";
/**
 * The addresses kept: a page, or a page of a list — what a crowd reads. A filtered or searched view
 * is rendered each time (its reads are still cached, free text excepted), so no script can fill the
 * cache with made-up addresses.
 */
const STORED_QUERY = /^(?:page=(?:[1-9]|10))?$/; // the first ten pages, as the data cache (cacheableList)
/** A page larger than this is not kept (the largest public page, a report, is about 0.5 MB in memory). */
const MAX_PAGE_BYTES = 2 * 2 ** 20;
const NONCE = /'nonce-([A-Za-z0-9+/=]{16,})'/;

/**
 * @typedef {{ status: number, headers: Record<string, string | string[]>, body: string, nonce: string, storedAt: number, size: number }} Entry
 * @param {{ ttlMs?: number, maxBytes?: number, now?: () => number }} [options]
 */
export function visitorPageCache({ ttlMs = 60_000, maxBytes = 32 * 2 ** 20, now = Date.now } = {}) {
  /** @type {Map<string, Entry>} URL → page, oldest first (a Map keeps insertion order). */
  // stateless-ok: a cache; losing it costs one render per page, and a committed change empties it
  const entries = new Map();
  let bytes = 0;
  // Bumped by every expiry: a page whose render began before a change is not stored after it.
  let generation = 0;
  const clear = () => {
    entries.clear();
    bytes = 0;
    generation++;
  };
  const unsubscribe = onVisitorPagesExpired(clear);

  /** @param {import("node:http").IncomingMessage} req */
  function isVisitorView(req) {
    if (req.method !== "GET") return false;
    const url = req.url ?? "";
    const mark = url.indexOf("?");
    if (!isVisitorPage(mark < 0 ? url : url.slice(0, mark)) || !STORED_QUERY.test(mark < 0 ? "" : url.slice(mark + 1))) return false;
    if (NOT_A_VIEW.some((name) => req.headers[name] !== undefined)) return false;
    return cookieNames(req.headers.cookie).every((name) => name === LANGUAGE_COOKIE);
  }

  /**
   * Answers a visitor's view from the cache, with a fresh nonce; otherwise calls `render` — and,
   * for a visitor's view, keeps what it writes and stores it when it is a complete 200 page.
   * Call after the transport's compression has wrapped `res`: what is kept is the page as rendered.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {() => void} render
   */
  function answer(req, res, render) {
    if (!isVisitorView(req)) return render();
    const key = keyOf(req);
    const entry = entries.get(key);
    if (entry && now() - entry.storedAt <= ttlMs) return replay(entry, res);
    if (entry) forget(key, entry);
    capture(key, res);
    render();
  }

  /** @param {Entry} entry @param {import("node:http").ServerResponse} res */
  function replay(entry, res) {
    const nonce = newNonce();
    // The nonce is in the policy, in the stylesheet's preload Link header and all over the page.
    /** @type {Record<string, string | string[]>} */
    const headers = { "x-visitor-cache": "hit" };
    for (const [name, value] of Object.entries(entry.headers)) headers[name] = Array.isArray(value) ? value.map((v) => v.replaceAll(entry.nonce, nonce)) : value.replaceAll(entry.nonce, nonce);
    res.writeHead(entry.status, headers);
    res.end(entry.body.replaceAll(entry.nonce, nonce));
  }

  /** @param {string} key @param {import("node:http").ServerResponse} res */
  function capture(key, res) {
    const began = generation;
    /** @type {Buffer[]} */
    const chunks = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
    };
    res.write = (chunk, encoding, callback) => {
      keep(chunk, encoding);
      return write(chunk, encoding, callback);
    };
    res.end = (chunk, encoding, callback) => {
      keep(chunk, encoding);
      if (generation === began) store(key, res, Buffer.concat(chunks).toString("utf8"));
      return end(chunk, encoding, callback);
    };
    res.setHeader("x-visitor-cache", "miss");
  }

  /** @param {string} key @param {import("node:http").ServerResponse} res @param {string} body */
  function store(key, res, body) {
    if (res.statusCode !== 200) return;
    if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return;
    const cookies = [res.getHeader("set-cookie") ?? []].flat().map(String);
    if (cookies.some((cookie) => !cookie.startsWith(`${LANGUAGE_COOKIE}=`))) return;
    const nonce = NONCE.exec(String(res.getHeader("content-security-policy") ?? ""))?.[1];
    if (!nonce || !body.includes(`nonce="${nonce}"`) || !body.trimEnd().endsWith("</html>")) return;
    /** @type {Record<string, string | string[]>} */
    const headers = {};
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (!NOT_STORED.has(name) && value !== undefined) headers[name] = typeof value === "number" ? String(value) : value;
    }
    const size = body.length * 2; // at most two bytes a character in memory
    if (size > MAX_PAGE_BYTES) return;
    const previous = entries.get(key);
    if (previous) forget(key, previous);
    entries.set(key, { status: 200, headers, body, nonce, storedAt: now(), size });
    bytes += size;
    for (const [oldest, entry] of entries) {
      if (bytes <= maxBytes) break;
      forget(oldest, entry);
    }
  }

  /** @param {string} key @param {Entry} entry */
  function forget(key, entry) {
    if (entries.get(key) !== entry) return;
    entries.delete(key);
    bytes -= entry.size;
  }

  return { answer, clear, close: unsubscribe, get size() { return entries.size; } };
}

/**
 * What a stored page is kept under: its address and what the page's absolute links are built from.
 * @param {import("node:http").IncomingMessage} req
 */
function keyOf(req) {
  const h = req.headers;
  return JSON.stringify([h.host ?? "", h["x-forwarded-host"] ?? "", h["x-forwarded-proto"] ?? "", req.url ?? ""]);
}

/** The names of the cookies of a Cookie header. */
function cookieNames(header) {
  if (!header) return [];
  return header
    .split(";")
    .map((part) => part.split("=")[0]?.trim() ?? "")
    .filter(Boolean);
}
