import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/institutions/pagination";
import { formatDateRange } from "@/i18n/date-range";
import { richLink } from "@/components/reports/rich-link";
import { redirectLocalized } from "@/i18n/localized-href";
import { Link } from "@/i18n/server-link";
import { isLocale } from "@/i18n/locales";
import { transparencyPage } from "@/server/pages/public/transparency";
import { readPage } from "@/server/pages/read-page";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "transparency" });
  return { title: t("list.metaTitle"), description: t("list.intro") };
}

/** ?page=N, anything else is page 1. */
function pageOf(searchParams: SearchParams): number {
  const raw = Array.isArray(searchParams.page) ? searchParams.page[0] : searchParams.page;
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

const pageQuery = (page: number): Record<string, string> => (page > 1 ? { page: String(page) } : {});

/** Published transparency reports, newest first; a replaced report points to its correction. No script needed. */
export default async function TransparencyPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const page = pageOf(await searchParams);
  const [t, format, list] = await Promise.all([
    getTranslations({ locale, namespace: "transparency" }),
    getFormatter({ locale }),
    readPage(transparencyPage, { locale, path: "/transparency" }, page),
  ]);
  if (list.items.length === 0 && page > 1) redirectLocalized("/transparency", locale);
  const pages = Math.ceil(list.total / list.pageSize);
  const linkClass = "text-brand-700 underline hover:text-brand-800";
  const reportLink = (target: string) => richLink(`/transparency/${target}`);
  // Titles of the reports linked from this page (a correction is normally on the same page; otherwise its slug is shown).
  const titleOf = new Map(list.items.map((item) => [item.slug, item.title]));

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("list.title")}</h1>
        <p className="max-w-3xl text-gray-700">{t("list.intro")}</p>
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-gray-700">
          <span>{t("list.openData")}</span>
          <a href="/api/open/reports.json" type="application/json" className={linkClass}>
            {t("list.allJson")}
          </a>
        </p>
      </header>

      {list.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white p-6 text-center text-gray-700">{t("list.empty")}</p>
      ) : (
        <ul className="space-y-4">
          {list.items.map((item) => (
            <li key={item.slug}>
              <article
                aria-labelledby={`report-${item.slug}`}
                className={`rounded-lg border bg-white p-5 ${item.supersededBySlug ? "border-amber-300" : "border-gray-200"}`}
              >
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <h2 id={`report-${item.slug}`} className="text-xl font-semibold">
                    <Link href={`/transparency/${item.slug}`} className={linkClass}>
                      <bdi>{item.title}</bdi>
                    </Link>
                  </h2>
                  {item.supersededBySlug && (
                    <span className="rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">{t("list.superseded")}</span>
                  )}
                </div>
                <p className="mt-1 text-sm text-gray-700">
                  {t("list.period", { period: formatDateRange(locale, item.periodStart, item.periodEnd) })}
                  {" · "}
                  {t("list.publishedOn", { date: format.dateTime(item.publishedAt, { dateStyle: "long" }) })}
                </p>
                {item.supersededBySlug && (
                  <p className="mt-2 text-sm text-amber-900">
                    {t.rich("list.supersededBy", { title: titleOf.get(item.supersededBySlug) ?? item.supersededBySlug, link: reportLink(item.supersededBySlug) })}
                  </p>
                )}
                {item.supersedesSlug && (
                  <p className="mt-2 text-sm text-gray-700">
                    {t.rich("list.corrects", { title: titleOf.get(item.supersedesSlug) ?? item.supersedesSlug, link: reportLink(item.supersedesSlug) })}
                  </p>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
      <Pagination locale={locale} page={page} pages={pages} hrefFor={(p) => ({ pathname: "/transparency", query: pageQuery(p) })} />
    </div>
  );
}
