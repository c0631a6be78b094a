// Localized addresses for Server Components, without next-intl's navigation module: importing
// `@/i18n/navigation` (or `hasLocale` from "next-intl") into a page's module graph ships that
// module's client references — next-intl's Link and provider, use-intl — to the page, rendered or
// not. Routing is `localePrefix: "always"` with no localized pathnames (i18n/routing.ts), so a
// localized address is the locale prefix, the path and the query, as next-intl's getPathname gives.
import { redirect } from "next/navigation";

type QueryValue = string | number | boolean | readonly (string | number | boolean)[];
export type Href = string | { pathname: string; query?: Record<string, QueryValue | undefined> };

function serializeQuery(query: Record<string, QueryValue | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** `/programmes` in Arabic is `/ar/programmes`; `/` is `/ar`; absolute URLs stay as they are. */
export function localizedHref(locale: string, href: Href): string {
  const path = typeof href === "string" ? href : `${href.pathname}${href.query ? serializeQuery(href.query) : ""}`;
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  return `/${locale}${/^\/(\?.*)?$/.test(path) ? path.slice(1) : path}`;
}

/** Redirects to `href` in `locale` (next-intl's `redirect({ href, locale })`). */
export function redirectLocalized(href: Href, locale: string): never {
  redirect(localizedHref(locale, href));
}
