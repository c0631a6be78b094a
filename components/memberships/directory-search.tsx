import { getTranslations } from "next-intl/server";
import type { CountryOption } from "@/components/institutions/country-options";
import { Options, SelectField, TextField } from "@/components/forms/field";
import { Link } from "@/i18n/navigation";
import type { listDirectory } from "@/server/institutions/queries";
import { countryNames } from "@/i18n/reference-names";
import { Section } from "@/components/ui/section";

type Directory = Awaited<ReturnType<typeof listDirectory>>;
type Filters = { q: string; country: string };

const queryOf = (filters: Filters, extra: Record<string, string | number>) =>
  Object.fromEntries(Object.entries({ ...filters, ...extra }).filter(([, v]) => v !== "")) as Record<string, string>;

/** A plain GET search over the verified-institution directory; each result links to ?institution=<id>. */
export async function DirectorySearch({
  locale,
  filters,
  countries,
  directory,
  page,
}: {
  locale: string;
  filters: Filters;
  page: number;
  countries: CountryOption[];
  directory: Directory;
}) {
  const [t, tCommon] = await Promise.all([getTranslations({ locale, namespace: "dashboard.join" }), getTranslations({ locale, namespace: "common" })]);
  const countryName = countryNames(locale);
  const pages = Math.max(1, Math.ceil(directory.total / directory.pageSize));
  return (
    <Section id="search-heading" title={t("searchTitle")} className="">
      <form method="get" className="mb-6 grid max-w-3xl gap-x-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <TextField label={t("q")} name="q" type="search" defaultValue={filters.q} />
        <SelectField label={t("country")} name="country" defaultValue={filters.country}>
          <Options choose={t("anyCountry")} options={countries.map((c) => ({ value: c.code, label: c.label }))} />
        </SelectField>
        <div className="mb-4">
          <button type="submit" className="inline-flex min-h-10 items-center justify-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            {tCommon("actions.search")}
          </button>
        </div>
      </form>
      <p className="mb-3 text-sm text-gray-700" role="status">
        {tCommon("pagination.results", { count: directory.total })}
      </p>
      {directory.items.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-sm text-gray-700">
          {t("noResults")}{" "}
          <Link href="/dashboard/institutions/new" className="text-brand-700 underline">
            {t("registerInstead")}
          </Link>
        </p>
      ) : (
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
          {directory.items.map((i) => (
            <li key={i.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <h3 className="font-semibold">
                  {i.name}
                  {i.acronym && <span className="ms-1 font-normal text-gray-700">({i.acronym})</span>}
                </h3>
                <p className="text-sm text-gray-700">
                  {[countryName(i.countryCode), tCommon(`institutionTypes.${i.type}`)].join(" · ")}
                </p>
              </div>
              <Link
                href={{ pathname: "/dashboard/join", query: queryOf(filters, { institution: i.id }) }}
                aria-label={t("chooseLabel", { institution: i.name })}
                className="inline-flex min-h-10 items-center justify-center rounded border border-gray-300 bg-white px-4 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50"
              >
                {t("choose")}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={tCommon("pagination.label")} className="mt-4 flex items-center justify-between gap-2 text-sm">
          {page > 1 ? (
            <Link href={{ pathname: "/dashboard/join", query: queryOf(filters, { page: page - 1 }) }} className="text-brand-700 underline">
              {tCommon("actions.previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-gray-700">{tCommon("pagination.page", { page, pages })}</span>
          {page < pages ? (
            <Link href={{ pathname: "/dashboard/join", query: queryOf(filters, { page: page + 1 }) }} className="text-brand-700 underline">
              {tCommon("actions.next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </Section>
  );
}
