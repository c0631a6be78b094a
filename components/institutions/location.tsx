import { getTranslations } from "next-intl/server";
import { getReferenceNames } from "@/i18n/get-reference-names";

/** "Kenya · Africa", localized. `region` is an M49 region as stored in the countries table. */
export async function InstitutionLocation({ locale, countryCode, region }: { locale: string; countryCode: string; region: string }) {
  const [t, names] = await Promise.all([getTranslations({ locale, namespace: "institutions" }), getReferenceNames(locale)]);
  return <>{t("card.location", { country: names.country(countryCode), region: names.region(region) })}</>;
}
