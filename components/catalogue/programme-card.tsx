import { getFormatter, getTranslations } from "next-intl/server";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { countryDisplayName } from "@/components/institutions/location";
import { Link } from "@/i18n/navigation";
import type { CatalogueItem } from "@/server/catalogue/search-catalogue";
import { FlagshipBadge } from "./flagship-badge";

const calendar = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One programme in the catalogue list. Only the title is a link. */
export async function ProgrammeCard({ locale, item, today }: { locale: string; item: CatalogueItem; today: string }) {
  const [t, tp, format] = await Promise.all([
    getTranslations({ locale, namespace: "catalogue" }),
    getTranslations({ locale, namespace: "programmes" }),
    getFormatter({ locale }),
  ]);
  const country = (code: string) => countryDisplayName(locale, code);
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(items);
  const date = (iso: string) => format.dateTime(calendar(iso), { dateStyle: "medium", timeZone: "UTC" });
  const sector = (code: string) => (tp.has(`sectors.${code}`) ? tp(`sectors.${code}`) : code);
  const placesLeft = item.capacity === null ? null : Math.max(0, item.capacity - item.acceptedCount);
  const openForApplications = item.status === "open" && (!item.applicationDeadline || item.applicationDeadline >= today);

  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <ProgrammeStatusBadge status={item.status} />
        {item.isFlagship && <FlagshipBadge />}
      </div>
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={`/programmes/${item.reference}`} className="text-brand-700 underline-offset-2 hover:text-brand-800 hover:underline">
          <bdi>{item.title}</bdi>
        </Link>
      </h3>
      <p className="line-clamp-3 text-sm text-gray-800" dir="auto">
        {item.summary}
      </p>
      <dl className="mt-auto space-y-1 text-sm text-gray-700">
        <div>
          <dt className="inline font-medium">{t("card.lead")}: </dt>
          <dd className="inline">
            <bdi>{item.leadName}</bdi> ({country(item.leadCountry)})
          </dd>
        </div>
        {item.hubCountry && (
          <div>
            <dt className="inline font-medium">{t("card.where")}: </dt>
            <dd className="inline">
              {item.spilloverCountries.length === 0
                ? country(item.hubCountry)
                : t("card.hubAndReach", { hub: country(item.hubCountry), countries: list(item.spilloverCountries.map(country)) })}
            </dd>
          </div>
        )}
        {item.sectors.length > 0 && (
          <div>
            <dt className="inline font-medium">{t("card.sectors")}: </dt>
            <dd className="inline">{list(item.sectors.map(sector))}</dd>
          </div>
        )}
        {item.startDate && item.endDate && (
          <div>
            <dt className="inline font-medium">{t("card.dates")}: </dt>
            <dd className="inline">{format.dateTimeRange(calendar(item.startDate), calendar(item.endDate), { dateStyle: "medium", timeZone: "UTC" })}</dd>
          </div>
        )}
        {openForApplications && item.applicationDeadline && (
          <div>
            <dt className="inline font-medium">{t("card.deadline")}: </dt>
            <dd className="inline">{date(item.applicationDeadline)}</dd>
          </div>
        )}
        {item.status === "open" && placesLeft !== null && item.capacity !== null && (
          <div>
            <dt className="inline font-medium">{t("card.places")}: </dt>
            <dd className="inline">{t("card.placesLeft", { left: placesLeft, capacity: item.capacity })}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
