import { getTranslations } from "next-intl/server";
import { countryDisplayName } from "@/components/institutions/location";
import type { PublicCountry } from "@/server/catalogue/get-public-programme";
import { subregionKey } from "@/server/catalogue/facets";

/** The hub country and the spillover countries, each with its M49 region and sub-region, grouped by region. */
export async function PlaceList({ locale, hub, spillovers }: { locale: string; hub: PublicCountry | null; spillovers: PublicCountry[] }) {
  const [t, common] = await Promise.all([getTranslations({ locale, namespace: "catalogue" }), getTranslations({ locale, namespace: "common" })]);
  const region = (c: PublicCountry) => {
    const key = subregionKey(c.subregion);
    const sub = key ? t(`subregions.${key}`) : c.subregion;
    const main = common.has(`regions.${c.region}`) ? common(`regions.${c.region}`) : c.region;
    return sub ? t("detail.regionPath", { region: main, subregion: sub }) : main;
  };
  const groups = new Map<string, PublicCountry[]>();
  for (const c of spillovers) groups.set(region(c), [...(groups.get(region(c)) ?? []), c]);
  const names = (cs: PublicCountry[]) => new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(cs.map((c) => countryDisplayName(locale, c.code)));
  return (
    <dl className="grid gap-x-6 gap-y-3 rounded border border-gray-200 bg-white p-4 sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-gray-800">{t("detail.hub")}</dt>
      <dd>{hub ? `${countryDisplayName(locale, hub.code)} — ${region(hub)}` : t("detail.notSet")}</dd>
      <dt className="font-medium text-gray-800">{t("detail.spillovers")}</dt>
      <dd>
        {groups.size === 0 ? (
          t("detail.noSpillovers")
        ) : (
          <ul className="space-y-1">
            {[...groups].map(([label, cs]) => (
              <li key={label}>
                <span className="font-medium">{label}:</span> {names(cs)}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
