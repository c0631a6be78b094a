import { getTranslations } from "next-intl/server";
import { INSTITUTION_TYPES } from "@/server/vocabulary";
import { getReferenceNames } from "@/i18n/get-reference-names";
import { Link } from "@/i18n/server-link";
import { Button } from "@/components/ui/button";
import { Options, SelectField, TextField } from "@/components/forms/field";
import { REGIONS } from "@/server/reference/regions";
import type { DirectoryFilters } from "@/server/institutions/schemas";

export type CountryOption = { code: string; name: string };

/**
 * The directory's filters as a plain GET form: the filters live in the query string, so a
 * filtered view can be bookmarked and shared, and the form works without JavaScript.
 */
export async function DirectoryFilterForm({
  locale,
  action,
  filters,
  countries,
}: {
  locale: string;
  /** The directory's address with its locale prefix, e.g. "/en/institutions". */
  action: string;
  filters: DirectoryFilters;
  /** Eligible countries, already localized and sorted. */
  countries: readonly CountryOption[];
}) {
  const [t, common, names] = await Promise.all([
    getTranslations({ locale, namespace: "institutions" }),
    getTranslations({ locale, namespace: "common" }),
    getReferenceNames(locale),
  ]);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-labelledby="directory-filters-title"
      className="rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="directory-filters-title" className="mb-3 text-base font-semibold">
        {t("filters.title")}
      </h2>
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField label={t("filters.q")} name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} autoComplete="off" />
        <SelectField label={t("filters.country")} name="country" defaultValue={filters.country ?? ""}>
          <Options choose={t("filters.allCountries")} options={countries.map((c) => ({ value: c.code, label: c.name }))} />
        </SelectField>
        <SelectField label={t("filters.region")} name="region" defaultValue={filters.region ?? ""}>
          <Options choose={t("filters.allRegions")} options={REGIONS.map((r) => ({ value: r, label: names.region(r) }))} />
        </SelectField>
        <SelectField label={t("filters.type")} name="type" defaultValue={filters.type ?? ""}>
          <Options choose={t("filters.allTypes")} options={INSTITUTION_TYPES.map((type) => ({ value: type, label: common(`institutionTypes.${type}`) }))} />
        </SelectField>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">{t("filters.apply")}</Button>
        <Link href="/institutions" className="text-sm text-brand-700 underline hover:text-brand-800">
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
