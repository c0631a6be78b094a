// Country choices for forms: every country of the reference list, named and sorted in the reader's language.
import { countryNames } from "@/i18n/reference-names";
import { collatorFor } from "@/i18n/intl-cache";

export type CountryOption = { code: string; label: string };

/** Computed on the server and passed down, so server and browser render the same names. */
export function localizedCountryOptions(countries: readonly { code: string; name: string }[], locale: string): CountryOption[] {
  const countryName = countryNames(locale);
  const collator = collatorFor(locale);
  return countries
    .map(({ code }) => ({ code, label: countryName(code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
