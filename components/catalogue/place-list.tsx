import { getTranslations } from "next-intl/server";
import { getReferenceNames } from "@/i18n/get-reference-names";
import type { PublicCountry } from "@/server/catalogue/get-public-programme";
import { listFormatFor } from "@/i18n/intl-cache";

/** The hub country and the spillover countries, each with its M49 region and sub-region, grouped by region. */
export async function PlaceList({ locale, hub, spillovers }: { locale: string; hub: PublicCountry | null; spillovers: PublicCountry[] }) {
  const [t, names] = await Promise.all([getTranslations({ locale, namespace: "catalogue" }), getReferenceNames(locale)]);
  const region = (c: PublicCountry) => {
    const main = names.region(c.region);
    return c.subregion ? t("detail.regionPath", { region: main, subregion: names.subregion(c.subregion) }) : main;
  };
  const groups = new Map<string, PublicCountry[]>();
  for (const c of spillovers) groups.set(region(c), [...(groups.get(region(c)) ?? []), c]);
  const countryList = (cs: PublicCountry[]) => listFormatFor(locale).format(cs.map((c) => names.country(c.code)));
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded border border-gray-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-gray-800">{t("detail.hub")}</dt>
      <dd>{hub ? t("detail.hubValue", { country: names.country(hub.code), region: region(hub) }) : t("detail.notSet")}</dd>
      <dt className="font-medium text-gray-800">{t("detail.spillovers")}</dt>
      <dd>
        {groups.size === 0 ? (
          t("detail.noSpillovers")
        ) : (
          <ul className="space-y-1">
            {[...groups].map(([label, cs]) => (
              <li key={label}>
                {t.rich("detail.spilloverGroup", { region: label, countries: countryList(cs), label: (chunks) => <span className="font-medium">{chunks}</span> })}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
