import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { catalogueQuery, hasFilters, parseCatalogueQuery, type SearchParams } from "@/components/catalogue/catalogue-query";
import { CatalogueFilterForm, type Option } from "@/components/catalogue/catalogue-filter-form";
import { ProgrammeCard } from "@/components/catalogue/programme-card";
import { getReferenceNames } from "@/i18n/get-reference-names";
import { Pagination } from "@/components/institutions/pagination";
import { localizedHref, redirectLocalized } from "@/i18n/localized-href";
import { Link } from "@/i18n/server-link";
import { isLocale } from "@/i18n/locales";
import { CATALOGUE_LANGUAGES } from "@/server/catalogue/facets";
import { cataloguePage } from "@/server/pages/public/catalogue";
import { readPage } from "@/server/pages/read-page";
import { collatorFor, displayNamesFor } from "@/i18n/intl-cache";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return {
    title: t("list.metaTitle"),
    description: t("list.intro"),
    alternates: { types: { "application/atom+xml": [{ url: `/${locale}/programmes/feed.atom`, title: t("list.atomFeed") }] } },
  };
}

/** The public catalogue: a GET filter form, the results and pagination that keeps the filters. */
export default async function CataloguePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const filters = parseCatalogueQuery(await searchParams);
  const [t, common, names, { results, reference, today }] = await Promise.all([
    getTranslations({ locale, namespace: "catalogue" }),
    getTranslations({ locale, namespace: "common" }),
    getReferenceNames(locale),
    readPage(cataloguePage, { locale, path: "/programmes" }, filters),
  ]);
  const { countries: allCountries, sectors: sectorRows, mechanisms: mechanismRows } = reference;
  // Past the last page (a stale shared link): the first page of the same filters.
  if (results.items.length === 0 && filters.page > 1) redirectLocalized({ pathname: "/programmes", query: catalogueQuery(filters, 1) }, locale);

  const collator = collatorFor(locale);
  const byLabel = (a: Option, b: Option) => collator.compare(a.label, b.label);
  const languageNames = displayNamesFor(locale, "language");
  const countries = allCountries.filter((c) => c.g77).map((c) => ({ value: c.code, label: names.country(c.code) })).sort(byLabel);
  const sectors = sectorRows.map((s) => ({ value: s.code, label: names.sector(s.code, s.name) })).sort(byLabel);
  const mechanisms = mechanismRows.map((m) => ({ value: m.code, label: names.mechanism(m.code, m.name) })).sort(byLabel);
  const languageCodes = [...new Set([...CATALOGUE_LANGUAGES, ...(filters.language ? [filters.language] : [])])];
  const languages = languageCodes.map((code) => ({ value: code, label: languageNames?.of(code) ?? code })).sort(byLabel);
  const pages = Math.ceil(results.total / results.pageSize);
  const linkClass = "text-brand-700 underline hover:text-brand-800";

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("list.title")}</h1>
        <p className="max-w-3xl text-gray-700">{t("list.intro")}</p>
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-gray-700">
          <span>{t("list.openData")}</span>
          <a href="/api/open/dumps/programmes.json" className={linkClass} type="application/json">
            {t("list.json")}
          </a>
          <a href="/api/open/dumps/programmes.csv" className={linkClass} type="text/csv">
            {t("list.csv")}
          </a>
        </p>
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-gray-700">
          <span>{t("list.follow")}</span>
          <a href={`/${locale}/programmes/deadlines.ics`} className={linkClass} type="text/calendar">
            {t("list.deadlinesFeed")}
          </a>
          <a href={`/${locale}/programmes/feed.atom`} className={linkClass} type="application/atom+xml">
            {t("list.atomFeed")}
          </a>
        </p>
      </header>

      <CatalogueFilterForm
        locale={locale}
        action={localizedHref(locale, "/programmes")}
        filters={filters}
        sectors={sectors}
        mechanisms={mechanisms}
        countries={countries}
        languages={languages}
      />

      <section aria-labelledby="results-title" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="results-title" className="text-xl font-semibold">
            {t("results.title")}
          </h2>
          <p className="text-sm text-gray-700" role="status">
            {common("pagination.results", { count: results.total })}
          </p>
        </div>
        {results.items.length === 0 ? (
          <div className="rounded-lg border border-dashed border-gray-300 bg-white p-6 text-center">
            <h3 className="font-semibold">{t("results.emptyTitle")}</h3>
            <p className="mt-1 text-gray-700">{hasFilters(filters) ? t("results.emptyFiltered") : t("results.emptyBody")}</p>
            {hasFilters(filters) && (
              <p className="mt-3">
                <Link href="/programmes" className={linkClass}>
                  {t("results.showAll")}
                </Link>
              </p>
            )}
          </div>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {results.items.map((item) => (
              <li key={item.reference}>
                <ProgrammeCard locale={locale} item={item} today={today} />
              </li>
            ))}
          </ul>
        )}
        <Pagination locale={locale} page={filters.page} pages={pages} hrefFor={(page) => ({ pathname: "/programmes", query: catalogueQuery(filters, page) })} />
      </section>
    </div>
  );
}
