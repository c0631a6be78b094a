import { headers } from "next/headers";
import { CURRENT_URL_HEADER, urlInLocale } from "@/i18n/current-url";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/i18n/locales";
import { MENU_PANEL, MENU_SUMMARY } from "./menu-classes";

/**
 * A <details> menu rendered on the server: it opens and its links work without JavaScript,
 * and each link keeps the current page and its query string. On a phone its panel spans the
 * header (it never opens off-screen, in any direction); Escape closes it (menu-escape.tsx).
 */
export async function LanguageSwitcher({ label, current }: { label: string; current: Locale }) {
  const currentUrl = (await headers()).get(CURRENT_URL_HEADER);
  return (
    <details className="sm:relative" data-menu="">
      <summary className={MENU_SUMMARY}>
        <span className="sr-only">{label}: </span>
        {LOCALE_NAMES[current]}
      </summary>
      <ul className={MENU_PANEL}>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={urlInLocale(currentUrl, locale)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="block px-3 py-2 hover:bg-brand-50 aria-[current]:font-semibold sm:py-1"
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
