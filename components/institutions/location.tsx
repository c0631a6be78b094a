import { getTranslations } from "next-intl/server";

/** The country's name in the reader's language (falls back to the ISO code). */
export function countryDisplayName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Kenya · Africa", localized. `region` is an M49 region as stored in the countries table. */
export async function InstitutionLocation({ locale, countryCode, region }: { locale: string; countryCode: string; region: string }) {
  const [t, common] = await Promise.all([
    getTranslations({ locale, namespace: "institutions" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  return <>{t("card.location", { country: countryDisplayName(locale, countryCode), region: common(`regions.${region}`) })}</>;
}
