"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Options, SelectField } from "@/components/forms/field";
import { CoLeadPicker } from "./co-lead-picker";
import { CheckboxList, FieldGroup } from "./form-controls";
import { bindField, shows, type SectionProps } from "./form-types";

/** Co-lead institutions, hub country and spillover countries (grouped by region, foldable for phones). */
export function PlacesSection({ values, set, error, options, only, leadInstitutionId }: SectionProps & { leadInstitutionId: string }) {
  const t = useTranslations("programmes");
  const regions = [...new Map(options.countries.map((c) => [c.region, c.regionLabel]))].sort((a, b) => a[1].localeCompare(b[1]));
  const countryOptions = options.countries.map((c) => ({ value: c.code, label: c.label }));
  const labelOf = (code: string) => options.countries.find((c) => c.code === code)?.label ?? code;
  return (
    <>
      {shows(only, "coLeadInstitutionIds") && (
      <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("form.partners")}</legend>
        <CoLeadPicker leadInstitutionId={leadInstitutionId} chosen={values.coLeads} onChange={(next) => set("coLeads", next)} error={error("coLeadInstitutionIds")} />
      </fieldset>
      )}
      {shows(only, "hubCountry", "spilloverCountries") && (
      <fieldset className="mb-8 rounded border border-gray-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("form.places")}</legend>
        <SelectField label={t("fields.hubCountry")} hint={t("hints.hubCountry")} {...bindField({ values, set, error }, "hubCountry")}>
          <Options choose={t("form.choose")} options={countryOptions} />
        </SelectField>
        <FieldGroup field="spilloverCountries" legend={t("fields.spilloverCountries")} hint={t("hints.spillover")} error={error("spilloverCountries")}>
          <p className="mb-2 text-xs text-gray-700" aria-live="polite">
            {t("form.spilloverChosen", { count: values.spilloverCountries.length })}
          </p>
          {values.spilloverCountries.length > 0 && (
            <ul className="mb-3 flex flex-wrap gap-2">
              {values.spilloverCountries.map((code) => (
                <li key={code}>
                  <Button
                    variant="secondary"
                    className="min-h-8! px-2! py-1!"
                    aria-label={t("form.removeCountryLabel", { country: labelOf(code) })}
                    onClick={() => set("spilloverCountries", values.spilloverCountries.filter((c) => c !== code))}
                  >
                    {labelOf(code)} <span aria-hidden="true" className="ms-1">×</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <div className="space-y-2">
            {regions.map(([region, regionLabel]) => {
              const inRegion = options.countries.filter((c) => c.region === region);
              const count = inRegion.filter((c) => values.spilloverCountries.includes(c.code)).length;
              return (
                <details key={region} className="rounded border border-gray-200">
                  <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{t("form.regionChosen", { region: regionLabel, count })}</summary>
                  <div className="border-t border-gray-100 px-3 py-2">
                    <CheckboxList
                      name="spilloverCountries"
                      options={inRegion.map((c) => ({ value: c.code, label: c.label }))}
                      chosen={values.spilloverCountries}
                      onChange={(next) => set("spilloverCountries", next)}
                    />
                  </div>
                </details>
              );
            })}
          </div>
        </FieldGroup>
      </fieldset>
      )}
    </>
  );
}
