// Locale negotiation only: `/` and unprefixed paths redirect by the reader's language.
// It also hands the current address to Server Components (the language switcher keeps the
// page and its query string without JavaScript). Access control never lives here; every page
// and procedure checks it on the server.
import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { CURRENT_URL_HEADER } from "./i18n/current-url";
import { routing } from "./i18n/routing";

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(CURRENT_URL_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return handleI18nRouting(new NextRequest(request, { headers }));
}

export const config = {
  matcher: ["/((?!api|dev|_next|_vercel|.*\\..*).*)"],
};
