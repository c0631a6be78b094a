import { getTranslations, setRequestLocale } from "next-intl/server";
import { localizedCountryOptions } from "@/components/institutions/country-options";
import { DirectorySearch } from "@/components/memberships/directory-search";
import { JoinRequestForm } from "@/components/memberships/join-request-form";
import { countryNames } from "@/i18n/reference-names";
import { joinPage } from "@/server/pages/dashboard/join";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";
import { Section } from "@/components/ui/section";
import { BackLink } from "@/components/ui/back-link";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const validPage = (n: number) => (Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1);
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export const generateMetadata = titleFrom("dashboard.join");

export default async function JoinInstitutionPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const filters = { q: one(query.q)?.slice(0, 100), country: one(query.country), page: validPage(Number(one(query.page))) };
  const [t, tCommon, { chosen, directory, countries, existing }] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard.join" }),
    getTranslations({ locale, namespace: "common" }),
    readPage(joinPage, { locale, path: "/dashboard/join" }, filters, one(query.institution)),
  ]);
  const countryName = countryNames(locale);

  return (
    <div>
      <BackLink href="/dashboard">{t("backToDashboard")}</BackLink>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-2xl text-gray-700">{t("intro")}</p>

      {chosen === null && (
        <p className="mb-6 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">{t("notFound")}</p>
      )}
      {chosen && (
        <Section id="chosen-heading" title={t("chosenTitle", { institution: chosen.name })} className="mb-10 rounded border border-brand-600 bg-white p-4" headingClassName="mb-1 text-xl font-semibold">
          <p className="mb-2 text-sm text-gray-700">
            {[countryName(chosen.countryCode), tCommon(`institutionTypes.${chosen.type}`)].join(" · ")}
          </p>
          <p className="mb-4 max-w-2xl text-sm whitespace-pre-line">{chosen.description}</p>
          {chosen.status === "verified" ? (
            <JoinRequestForm institution={{ id: chosen.id, name: chosen.name }} existing={existing} />
          ) : (
            <p className="text-sm text-gray-700">{t("notVerified")}</p>
          )}
        </Section>
      )}

      <DirectorySearch
        locale={locale}
        filters={{ q: filters.q ?? "", country: filters.country?.toUpperCase() ?? "" }}
        countries={localizedCountryOptions(countries, locale)}
        directory={directory}
        page={filters.page}
      />
    </div>
  );
}
