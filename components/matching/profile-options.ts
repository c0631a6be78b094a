import "server-only";
import { getReferenceNames } from "@/i18n/get-reference-names";
import { REGIONS } from "@/server/reference/regions";
import { WORKING_AREAS } from "@/server/vocabulary";
import { getTranslations } from "next-intl/server";
import { DELIVERY_LANGUAGES } from "../programmes/form-options";

export type Option = { value: string; label: string };
export type ProfileOptions = { sectors: Option[]; workingAreas: Option[]; countries: Option[]; regions: Option[]; languages: Option[] };

/** The choices of the reviewer profile form, named in the reader's language on the server. */
export async function profileOptions(
  locale: string,
  lists: { sectors: readonly { code: string; name: string }[]; countries: readonly { code: string }[] },
): Promise<ProfileOptions> {
  const [t, names] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), getReferenceNames(locale)]);
  const collator = new Intl.Collator(locale);
  const byLabel = (a: Option, b: Option) => collator.compare(a.label, b.label);
  const languageNames = new Intl.DisplayNames([locale], { type: "language", fallback: "none" });
  return {
    sectors: lists.sectors.map((s) => ({ value: s.code, label: names.sector(s.code, s.name) })).sort(byLabel),
    workingAreas: WORKING_AREAS.map((value) => ({ value, label: t(`workingAreas.${value}`) })),
    countries: lists.countries.map((c) => ({ value: c.code, label: names.country(c.code) })).sort(byLabel),
    regions: REGIONS.map((r) => ({ value: r, label: names.region(r) })),
    languages: DELIVERY_LANGUAGES.map((code) => ({ value: code, label: languageNames.of(code) ?? code })),
  };
}
