// Locale negotiation only: `/` and unprefixed paths redirect by the reader's language.
// Access control never lives here; every page and procedure checks it on the server.
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|dev|_next|_vercel|.*\\..*).*)"],
};
