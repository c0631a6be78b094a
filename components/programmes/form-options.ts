import "server-only";
import { getTranslations } from "next-intl/server";
import { getReferenceNames } from "@/i18n/get-reference-names";
import type { ReferenceLists } from "@/server/pages/reference";
import { FUNDING_SIDES, OUTCOME_METRICS, PROGRAMME_FORMATS, WORKING_AREAS } from "@/server/vocabulary";
import { eligibleProgrammeCountries } from "./eligible-countries";
import type { ProgrammeFormOptions } from "./form-types";

export const COMMON_CURRENCIES = ["USD", "EUR", "CNY", "BRL", "INR", "ZAR", "KES", "NGN", "IDR", "RUB", "XOF", "ARS", "MXN", "EGP"] as const;
export const DELIVERY_LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru", "pt", "sw", "hi", "id", "bn", "ur", "vi", "th", "ha", "am", "fa", "tr"] as const;

/**
 * Every choice of the proposal form, named in the reader's language on the server (so the
 * server and the browser render the same names), from the reference lists the page read.
 */
export async function programmeFormOptions(locale: string, reference: ReferenceLists, currentCurrency?: string): Promise<ProgrammeFormOptions> {
  const { sectors, mechanisms, countries } = reference;
  const [t, names] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), getReferenceNames(locale)]);
  const collator = new Intl.Collator(locale);
  const languageNames = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
  const currencyNames = new Intl.DisplayNames([locale], { type: "currency", fallback: "none" });
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
  const currencies = [...COMMON_CURRENCIES, ...(currentCurrency && !(COMMON_CURRENCIES as readonly string[]).includes(currentCurrency) ? [currentCurrency] : [])];

  return {
    workingAreas: WORKING_AREAS.map((value) => ({ value, label: t(`workingAreas.${value}`) })),
    formats: PROGRAMME_FORMATS.map((value) => ({ value, label: t(`formats.${value}`) })),
    fundingSides: FUNDING_SIDES.map((value) => ({ value, label: t(`fundingSides.${value}`) })),
    metrics: OUTCOME_METRICS.map((value) => ({ value, label: t(`outcomeMetrics.${value}`) })),
    sectors: sectors.map((s) => ({ value: s.code, label: names.sector(s.code, s.name) })).sort(byLabel),
    mechanisms: mechanisms.map((m) => ({ value: m.code, label: names.mechanism(m.code, m.name) })).sort(byLabel),
    // Only countries a programme may name (issue #15.5): an ineligible one is not offered.
    countries: eligibleProgrammeCountries(countries)
      .map((c) => ({ code: c.code, label: names.country(c.code), region: c.region, regionLabel: names.region(c.region) }))
      .sort(byLabel),
    currencies: currencies.map((code) => ({ value: code, label: `${code} — ${currencyNames.of(code) ?? code}` })),
    languages: DELIVERY_LANGUAGES.map((code) => ({ value: code, label: languageNames.of(code) ?? code })),
  };
}
