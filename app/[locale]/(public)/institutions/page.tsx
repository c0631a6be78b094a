import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DirectoryFilterForm, type CountryOption } from "@/components/institutions/directory-filters";
import { InstitutionCard } from "@/components/institutions/institution-card";
import { countryNames } from "@/i18n/reference-names";
import { Pagination } from "@/components/institutions/pagination";
import { localizedHref, redirectLocalized } from "@/i18n/localized-href";
import { Link } from "@/i18n/server-link";
import { isLocale } from "@/i18n/locales";
import { directoryFilters, type DirectoryFilters } from "@/server/institutions/schemas";
import { institutionDirectoryPage } from "@/server/pages/public/institutions";
import { readPage } from "@/server/pages/read-page";
import { collatorFor } from "@/i18n/intl-cache";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "institutions" });
  return { title: t("directory.metaTitle"), description: t("directory.intro") };
}

/** The query string → filters. Anything malformed is dropped rather than failing the page. */
function parseFilters(searchParams: SearchParams): DirectoryFilters {
  const first = (key: string) => {
    const v = searchParams[key];
    return Array.isArray(v) ? v[0] : v;
  };
  const parsed = directoryFilters.safeParse({
    q: first("q")?.slice(0, 100),
    country: first("country"),
    region: first("region"),
    type: first("type"),
    page: first("page"),
  });
  return parsed.success ? parsed.data : directoryFilters.parse({});
}

/** The filters as a query string: only the ones that are set, so shared links stay short. */
function filterQuery(filters: DirectoryFilters, page: number): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.q) query.q = filters.q;
  if (filters.country) query.country = filters.country;
  if (filters.region) query.region = filters.region;
  if (filters.type) query.type = filters.type;
  if (page > 1) query.page = String(page);
  return query;
}

export default async function InstitutionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const filters = parseFilters(await searchParams);
  const [t, common, { directory, countries: allCountries }] = await Promise.all([
    getTranslations({ locale, namespace: "institutions" }),
    getTranslations({ locale, namespace: "common" }),
    readPage(institutionDirectoryPage, { locale, path: "/institutions" }, filters),
  ]);
  const collator = collatorFor(locale);
  const countryName = countryNames(locale);
  const countries: CountryOption[] = allCountries
    .filter((c) => c.g77)
    .map((c) => ({ code: c.code, name: countryName(c.code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  // Past the last page (a stale shared link): go to the first page of the same filters.
  if (directory.items.length === 0 && filters.page > 1) redirectLocalized({ pathname: "/institutions", query: filterQuery(filters, 1) }, locale);
  const pages = Math.ceil(directory.total / directory.pageSize);
  const linkClass = "text-brand-700 underline hover:text-brand-800";

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("directory.title")}</h1>
        <p className="max-w-3xl text-gray-700">{t("directory.intro")}</p>
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-gray-700">
          <span>{t("directory.openData")}</span>
          <a href="/api/open/institutions.json" className={linkClass} type="application/json">
            {t("directory.json")}
          </a>
          <a href="/api/open/institutions.csv" className={linkClass} type="text/csv">
            {t("directory.csv")}
          </a>
          <Link href="/dashboard/institutions/new" className={`${linkClass} sm:ms-auto`}>
            {t("directory.register")}
          </Link>
        </p>
      </header>

      <DirectoryFilterForm locale={locale} action={localizedHref(locale, "/institutions")} filters={filters} countries={countries} />

      <section aria-labelledby="results-title" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="results-title" className="text-xl font-semibold">
            {t("results.title")}
          </h2>
          <p className="text-sm text-gray-700">{common("pagination.results", { count: directory.total })}</p>
        </div>
        {directory.items.length === 0 ? (
          <div className="rounded-lg border border-dashed border-gray-300 bg-white p-6 text-center">
            <h3 className="font-semibold">{t("results.emptyTitle")}</h3>
            <p className="mt-1 text-gray-700">{t("results.emptyBody")}</p>
            <p className="mt-3">
              <Link href="/institutions" className={linkClass}>
                {t("results.showAll")}
              </Link>
            </p>
          </div>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {directory.items.map((item) => (
              <li key={item.id}>
                <InstitutionCard locale={locale} item={item} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          locale={locale}
          page={filters.page}
          pages={pages}
          hrefFor={(page) => ({ pathname: "/institutions", query: filterQuery(filters, page) })}
        />
      </section>
    </div>
  );
}
