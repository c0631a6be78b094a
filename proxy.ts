// Runs before every page (not before /api, /_next or files, which next.config's headers() covers):
//   - a Content-Security-Policy with a fresh nonce, on the request (Next.js reads the nonce from it
//     and puts it on its own scripts) and on the response (the browser enforces it);
//   - state-changing requests to pages (forms, Server Actions) must come from the app's own
//     origin and declare at most 1 MB, as for the route handlers (server/http/guard-writes.ts);
//   - locale negotiation: `/` and unprefixed paths redirect by the reader's language, and the
//     current address is handed to Server Components (the language switcher keeps the page and
//     its query string without JavaScript).
// Access control never lives here; every page and procedure checks it on the server.
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { CURRENT_URL_HEADER } from "./i18n/current-url";
import { routing } from "./i18n/routing";
import { env } from "./server/env";
import { refuseBeforeBody } from "./server/http/guard-writes";
import { isStateChanging } from "./server/http/limits.mjs";
import { NONCE_HEADER, newNonce, pageContentSecurityPolicy } from "./server/http/security-headers.mjs";

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  if (isStateChanging(request.method)) {
    const refused = refuseBeforeBody(request);
    if (refused) return refused;
  }
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    production: env().DEPLOYMENT_ENV === "production",
  });
  const headers = new Headers(request.headers);
  headers.set(CURRENT_URL_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  headers.set("content-security-policy", policy);
  headers.set(NONCE_HEADER, nonce);
  // Developer tools (/dev/…) live outside the localised site.
  const response = /^\/dev(\/|$)/.test(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers } })
    : handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
