import { getTranslations } from "next-intl/server";
import { PROGRAMME_FORMATS, WORKING_AREAS } from "@/server/vocabulary";
import { getReferenceNames } from "@/i18n/get-reference-names";
import { Link } from "@/i18n/server-link";
import { Button } from "@/components/ui/button";
import { Options, SelectField, TextField } from "@/components/forms/field";
import { REGIONS } from "@/server/reference/regions";
import { CATALOGUE_STATUSES, SUBREGIONS } from "@/server/catalogue/facets";
import { CATALOGUE_SORTS } from "@/server/catalogue/schemas";
import type { CatalogueFilters } from "@/server/catalogue/schemas";

export type Option = { value: string; label: string };

/**
 * The catalogue's filters as a plain GET form (works without JavaScript; the filters live in the
 * query string, so a filtered view can be bookmarked and shared). Labels and parameter names are
 * stable: Search (q), Working area (area), Format (format), Sector (sector), Mechanism
 * (mechanism), Region (region), Country (country), Language (language), Status (status),
 * "Flagship programmes only" (flagship=1), Sort by (sort), and the "Apply filters" button.
 */
export async function CatalogueFilterForm({
  locale,
  action,
  filters,
  sectors,
  mechanisms,
  countries,
  languages,
}: {
  locale: string;
  /** The catalogue's address with its locale prefix, e.g. "/en/programmes". */
  action: string;
  filters: CatalogueFilters;
  /** Options already localized and sorted. */
  sectors: readonly Option[];
  mechanisms: readonly Option[];
  countries: readonly Option[];
  languages: readonly Option[];
}) {
  const [t, tp, names] = await Promise.all([
    getTranslations({ locale, namespace: "catalogue" }),
    getTranslations({ locale, namespace: "programmes" }),
    getReferenceNames(locale),
  ]);
  return (
    <form method="get" action={action} role="search" aria-labelledby="catalogue-filters-title" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="catalogue-filters-title" className="mb-3 text-base font-semibold">
        {t("filters.title")}
      </h2>
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <TextField label={t("filters.q")} hint={t("filters.qHint")} name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} autoComplete="off" />
        </div>
        <SelectField label={t("filters.region")} name="region" defaultValue={filters.region ?? ""}>
          <option value="">{t("filters.allRegions")}</option>
          {REGIONS.map((region) => (
            <optgroup key={region} label={names.region(region)}>
              <option value={region}>{t("filters.wholeRegion", { region: names.region(region) })}</option>
              {SUBREGIONS.filter((s) => s.region === region).map((s) => (
                <option key={s.name} value={s.name}>
                  {names.subregion(s.name)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField label={t("filters.country")} name="country" defaultValue={filters.country ?? ""}>
          <Options choose={t("filters.allCountries")} options={countries} />
        </SelectField>
        <SelectField label={t("filters.sector")} name="sector" defaultValue={filters.sector ?? ""}>
          <Options choose={t("filters.allSectors")} options={sectors} />
        </SelectField>
        <SelectField label={t("filters.area")} name="area" defaultValue={filters.area ?? ""}>
          <Options choose={t("filters.allAreas")} options={WORKING_AREAS.map((a) => ({ value: a, label: tp(`workingAreas.${a}`) }))} />
        </SelectField>
        <SelectField label={t("filters.format")} name="format" defaultValue={filters.format ?? ""}>
          <Options choose={t("filters.allFormats")} options={PROGRAMME_FORMATS.map((f) => ({ value: f, label: tp(`formats.${f}`) }))} />
        </SelectField>
        <SelectField label={t("filters.mechanism")} name="mechanism" defaultValue={filters.mechanism ?? ""}>
          <Options choose={t("filters.allMechanisms")} options={mechanisms} />
        </SelectField>
        <SelectField label={t("filters.language")} name="language" defaultValue={filters.language ?? ""}>
          <Options choose={t("filters.allLanguages")} options={languages} />
        </SelectField>
        <SelectField label={t("filters.status")} name="status" defaultValue={filters.status ?? ""}>
          <Options choose={t("filters.allStatuses")} options={CATALOGUE_STATUSES.map((s) => ({ value: s, label: tp(`statuses.${s}`) }))} />
        </SelectField>
        <SelectField label={t("filters.sort")} name="sort" defaultValue={filters.sort ?? ""}>
          <Options choose={t("filters.sortDefault")} options={CATALOGUE_SORTS.map((s) => ({ value: s, label: t(`filters.sorts.${s}`) }))} />
        </SelectField>
        <div className="mb-4 flex items-center gap-2 sm:pt-6">
          <input
            id="flagship"
            name="flagship"
            type="checkbox"
            value="1"
            defaultChecked={filters.flagship === true}
            className="size-5 rounded border-gray-400 accent-brand-700"
          />
          <label htmlFor="flagship" className="text-sm font-medium">
            {t("filters.flagship")}
          </label>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">{t("filters.apply")}</Button>
        <Link href="/programmes" className="text-sm text-brand-700 underline hover:text-brand-800">
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
