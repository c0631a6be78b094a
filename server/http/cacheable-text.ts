// A public, cacheable text answer with a strong ETag (SHA-256 of the body): a client that sends
// the same tag in If-None-Match gets 304 with no body.
import { createHash } from "node:crypto";

export function cacheableText(request: Request, body: string, contentType: string, maxAgeSeconds = 300): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
  const headers = { etag, "cache-control": `public, max-age=${maxAgeSeconds}`, "content-type": contentType, vary: "accept-encoding" };
  const sent = request.headers.get("if-none-match");
  if (sent && sent.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
