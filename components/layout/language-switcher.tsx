import { headers } from "next/headers";
import { CURRENT_URL_HEADER, urlInLocale } from "@/i18n/current-url";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/i18n/locales";

/**
 * A <details> menu rendered on the server: it opens and its links work without JavaScript,
 * and each link keeps the current page and its query string.
 */
export async function LanguageSwitcher({ label, current }: { label: string; current: Locale }) {
  const currentUrl = (await headers()).get(CURRENT_URL_HEADER);
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded px-2 py-1 hover:bg-brand-50">
        <span className="sr-only">{label}: </span>
        {LOCALE_NAMES[current]}
      </summary>
      <ul className="absolute end-0 z-20 mt-1 w-40 rounded border border-gray-200 bg-white py-1 shadow">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={urlInLocale(currentUrl, locale)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="block px-3 py-1 hover:bg-brand-50 aria-[current]:font-semibold"
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
