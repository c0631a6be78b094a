// Wraps a route handler's exports so that every state-changing request (POST, PUT, PATCH,
// DELETE) passes the edge's checks before the handler sees it:
//   1. a declared body over the limit → 413 (nothing read);
//   2. not from the app's own origin → 403;
//   3. optionally, a media type other than the one accepted → 415;
//   4. the body read with a byte count, abandoned past the limit → 413.
// The handler then receives a request whose body is the bytes already read (at most the limit).
// Reads (GET, HEAD) go straight through. No business rule lives here.
import { NextRequest } from "next/server";
import { env } from "../env";
import { isStateChanging, MAX_BODY_BYTES } from "./limits.mjs";
import { declaresMoreThan, readLimitedBody } from "./read-limited-body";
import { crossOriginRefused, payloadTooLarge, unsupportedMediaType } from "./refusals";
import { isSameOriginRequest, originOf } from "./same-origin";

type RouteHandler<Context> = (request: NextRequest, context: Context) => Promise<Response>;

export type WriteGuardOptions = {
  /** The only media type accepted for a state-changing request, e.g. "application/json". */
  mediaType?: string;
  /**
   * A request authenticated ONLY by `Authorization: Bearer` (no Cookie header) skips the
   * same-origin check: cross-site request forgery needs credentials the browser adds by itself,
   * and a bearer token is never one (the handler must then ignore cookies, as tRPC's context does
   * for a bearer request). Size and media type are still checked.
   */
  bearerSkipsOrigin?: boolean;
};

/** Whether the request is authenticated by a bearer token alone, with no cookie to ride on. */
export const bearerOnly = (headers: Headers) => /^Bearer\s/i.test(headers.get("authorization") ?? "") && !headers.get("cookie");

/** The media type of a Content-Type header, lowercased, without parameters. */
export function mediaTypeOf(contentType: string | null): string | null {
  return contentType?.split(";", 1)[0]?.trim().toLowerCase() || null;
}

/** The edge's verdict on a state-changing request, read before its body: a refusal or null. */
export function refuseBeforeBody(request: Request, options: WriteGuardOptions = {}): Response | null {
  if (declaresMoreThan(request.headers, MAX_BODY_BYTES)) return payloadTooLarge(MAX_BODY_BYTES);
  const exempt = options.bearerSkipsOrigin === true && bearerOnly(request.headers);
  if (!exempt && !isSameOriginRequest(request.headers, originOf(env().NEXTAUTH_URL))) return crossOriginRefused();
  if (options.mediaType && mediaTypeOf(request.headers.get("content-type")) !== options.mediaType) return unsupportedMediaType(options.mediaType);
  return null;
}

export function guardWrites<Context>(handler: RouteHandler<Context>, options: WriteGuardOptions = {}): RouteHandler<Context> {
  return async (request, context) => {
    if (!isStateChanging(request.method)) return handler(request, context);
    const refused = refuseBeforeBody(request, options);
    if (refused) return refused;
    const body = await readLimitedBody(request, MAX_BODY_BYTES);
    if (!body.ok) return payloadTooLarge(MAX_BODY_BYTES);
    const headers = new Headers(request.headers);
    headers.delete("transfer-encoding");
    headers.set("content-length", String(body.bytes.byteLength));
    const buffered = new NextRequest(request.url, { method: request.method, headers, body: body.bytes, signal: request.signal });
    return handler(buffered, context);
  };
}
