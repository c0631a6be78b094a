// Country choices for forms: every country of the reference list, named and sorted in the reader's
// language, and which of them an institution may choose (issue #15.5: an ineligible country is not
// offered, rather than refused after submitting).
import { countryNames } from "@/i18n/reference-names";
import { collatorFor } from "@/i18n/intl-cache";
import type { InstitutionType } from "@/server/vocabulary";

export type CountryOption = { code: string; label: string; g77: boolean };

/** Computed on the server and passed down, so server and browser render the same names. */
export function localizedCountryOptions(countries: readonly { code: string; name: string; g77?: boolean }[], locale: string): CountryOption[] {
  const countryName = countryNames(locale);
  const collator = collatorFor(locale);
  return countries
    .map(({ code, g77 }) => ({ code, label: countryName(code), g77: g77 ?? true }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The countries an institution of this type may be registered in (any type not chosen yet: the Global South ones), plus the current one. */
export function countryChoices(options: readonly CountryOption[], type: string, current = ""): CountryOption[] {
  // The rule of server/institutions/eligibility.ts (the server checks it again on submit).
  const exempt = (type as InstitutionType | "") === "intergovernmental_organisation";
  return options.filter((c) => c.code === current || exempt || c.g77);
}
