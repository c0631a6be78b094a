import "server-only";
import { getTranslations } from "next-intl/server";
import { INSTITUTION_TYPES } from "@/server/vocabulary";
import { localizedCountryOptions } from "./country-options";

/** The country and type choices of the institution form, translated on the server (the countries read with the page). */
export async function institutionFormOptions(locale: string, referenceCountries: readonly { code: string; name: string; g77: boolean }[]) {
  const tCommon = await getTranslations({ locale, namespace: "common" });
  const countries = localizedCountryOptions(referenceCountries, locale);
  const types = INSTITUTION_TYPES.map((value) => ({ value, label: tCommon(`institutionTypes.${value}`) }));
  return { countries, types };
}
