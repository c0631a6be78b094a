import { isLocale } from "./locales";

/** Set by proxy.ts on every page request: the path and query string the reader asked for. */
export const CURRENT_URL_HEADER = "x-southbridge-url";

/** The same page in another locale: /fr/institutions?region=Africa → /es/institutions?region=Africa. */
export function urlInLocale(currentUrl: string | null, locale: string): string {
  const url = new URL(currentUrl ?? "/", "http://localhost");
  const [, first, ...rest] = url.pathname.split("/");
  const path = first && isLocale(first) ? rest.join("/") : [first, ...rest].filter(Boolean).join("/");
  return `/${locale}${path ? `/${path}` : ""}${url.search}`;
}
