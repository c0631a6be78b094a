import "server-only";
import { getTranslations } from "next-intl/server";
import { FUNDING_SIDES, OUTCOME_METRICS, PROGRAMME_FORMATS, WORKING_AREAS } from "@/db/schema/programmes";
import { serverCaller } from "@/server/trpc/server-caller";
import type { ProgrammeFormOptions } from "./form-types";

export const COMMON_CURRENCIES = ["USD", "EUR", "CNY", "BRL", "INR", "ZAR", "KES", "NGN", "IDR", "RUB", "XOF", "ARS", "MXN", "EGP"] as const;
export const DELIVERY_LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru", "pt", "sw", "hi", "id", "bn", "ur", "vi", "th", "ha", "am", "fa", "tr"] as const;

/**
 * Every choice of the proposal form, named in the reader's language on the server (so the
 * server and the browser render the same names).
 */
export async function programmeFormOptions(locale: string, currentCurrency?: string): Promise<ProgrammeFormOptions> {
  const api = await serverCaller(locale);
  const [t, tCommon, sectors, mechanisms, countries] = await Promise.all([
    getTranslations({ locale, namespace: "programmes" }),
    getTranslations({ locale, namespace: "common" }),
    api.reference.sectors(),
    api.reference.mechanisms(),
    api.reference.countries(),
  ]);
  const collator = new Intl.Collator(locale);
  const regionNames = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  const languageNames = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
  const currencyNames = new Intl.DisplayNames([locale], { type: "currency", fallback: "none" });
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
  const regionLabel = (region: string) => (tCommon.has(`regions.${region}`) ? tCommon(`regions.${region}`) : region);
  const currencies = [...COMMON_CURRENCIES, ...(currentCurrency && !(COMMON_CURRENCIES as readonly string[]).includes(currentCurrency) ? [currentCurrency] : [])];

  return {
    workingAreas: WORKING_AREAS.map((value) => ({ value, label: t(`workingAreas.${value}`) })),
    formats: PROGRAMME_FORMATS.map((value) => ({ value, label: t(`formats.${value}`) })),
    fundingSides: FUNDING_SIDES.map((value) => ({ value, label: t(`fundingSides.${value}`) })),
    metrics: OUTCOME_METRICS.map((value) => ({ value, label: t(`outcomeMetrics.${value}`) })),
    sectors: sectors.map((s) => ({ value: s.code, label: t.has(`sectors.${s.code}`) ? t(`sectors.${s.code}`) : s.name })).sort(byLabel),
    mechanisms: mechanisms.map((m) => ({ value: m.code, label: m.name })),
    countries: countries
      .map((c) => ({ code: c.code, label: regionNames.of(c.code) ?? c.name, region: c.region, regionLabel: regionLabel(c.region) }))
      .sort(byLabel),
    currencies: currencies.map((code) => ({ value: code, label: `${code} — ${currencyNames.of(code) ?? code}` })),
    languages: DELIVERY_LANGUAGES.map((code) => ({ value: code, label: languageNames.of(code) ?? code })),
  };
}
