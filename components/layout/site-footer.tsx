import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/server-link";
import type { Locale } from "@/i18n/locales";

const PAGES = ["help", "contact", "privacy", "accessibility"] as const;

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, developers] = await Promise.all([getTranslations({ locale, namespace: "common" }), getTranslations({ locale, namespace: "developers" })]);
  return (
    <footer className="border-t border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-x-6 gap-y-2 px-4 py-4 text-sm text-gray-600">
        <p>{t("footer.mission")}</p>
        <nav aria-label={t("footer.label")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {PAGES.map((page) => (
              <li key={page}>
                <Link className="underline hover:text-brand-800" href={`/${page}`}>
                  {t(`footer.${page}`)}
                </Link>
              </li>
            ))}
            <li>
              <Link className="underline hover:text-brand-800" href="/developers">
                {developers("title")}
              </Link>
            </li>
            <li>
              <a className="underline hover:text-brand-800" href="/api/open/institutions.json">
                {t("footer.openData")}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
