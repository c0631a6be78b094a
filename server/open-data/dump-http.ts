// HTTP answer for a stored full dump: ETag (the build's data version), Last-Modified (when it was
// built), shared-cache friendly Cache-Control, and 304 when the client already has it. A build is
// stored as gzip and inflated on the way out: Next.js drops a route handler's Content-Encoding
// (next/dist/server/send-response.js), so the stored bytes cannot be sent as they are; the
// transport compresses the text for the reader (scripts/serve.mjs, Vercel's edge).
import { getDb } from "@/db/client";
import { currentDump, DUMP_CONTENT_TYPES, dumpStream, type DumpHead, type DumpName } from "./dumps";
import { openDataRoute } from "./respond";

/** Browsers revalidate after a minute; shared caches (CDN) keep a build for five. */
export const DUMP_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=60";

const etagOf = (head: DumpHead) => `"${head.version.slice(0, 32)}"`;

/** True when the request's validators say the client holds this build (RFC 9110 §13.1: If-None-Match wins). */
export function notModified(request: Request, head: DumpHead): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const tags = ifNoneMatch.split(",").map((t) => t.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(etagOf(head));
  }
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(head.generatedAt.getTime() / 1000) * 1000 <= since;
}

export function dumpRoute(name: DumpName, filename?: string) {
  return openDataRoute(`GET /api/open/${name}`, async (request: Request) => {
    const db = getDb().db;
    const head = await currentDump(db, name);
    const headers: Record<string, string> = {
      ETag: etagOf(head),
      "Last-Modified": head.generatedAt.toUTCString(),
      "Cache-Control": DUMP_CACHE_CONTROL,
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    };
    if (notModified(request, head)) return new Response(null, { status: 304, headers });
    headers["Content-Type"] = DUMP_CONTENT_TYPES[name];
    headers["Content-Length"] = String(head.bytes);
    if (filename) headers["Content-Disposition"] = `attachment; filename="${filename}"`;
    // (The DOM typing wants ArrayBuffer-backed chunks; the driver's Buffers and Uint8Arrays are.)
    const inflate = new DecompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>;
    return new Response(dumpStream(db, head).pipeThrough(inflate), { headers });
  });
}
