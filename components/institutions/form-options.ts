import "server-only";
import { getTranslations } from "next-intl/server";
import { INSTITUTION_TYPES } from "@/db/schema/institutions";
import { serverCaller } from "@/server/trpc/server-caller";
import { localizedCountryOptions } from "./country-options";

/** The country and type choices of the institution form, translated on the server. */
export async function institutionFormOptions(locale: string) {
  const [api, tCommon] = await Promise.all([serverCaller(locale), getTranslations({ locale, namespace: "common" })]);
  const countries = localizedCountryOptions(await api.reference.countries(), locale);
  const types = INSTITUTION_TYPES.map((value) => ({ value, label: tCommon(`institutionTypes.${value}`) }));
  return { countries, types };
}
