import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/server-link";

/** Rendered for notFound() inside a locale (not-found pages get no params: the locale comes from the request). */
export default async function NotFound() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-10 text-center">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        {(404).toLocaleString(locale, { useGrouping: false })}
      </p>
      <h1 id="not-found-title" className="mt-4 text-2xl font-bold">
        {t("notFound.title")}
      </h1>
      <p className="mt-2 text-gray-700">{t("notFound.body")}</p>
      <p className="mt-6">
        <Link
          href="/"
          className="inline-flex min-h-10 items-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          {t("notFound.home")}
        </Link>
      </p>
    </section>
  );
}
