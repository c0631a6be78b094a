import { formatDateRange } from "@/i18n/date-range";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { getReferenceNames } from "@/i18n/get-reference-names";
import { Link } from "@/i18n/server-link";
import type { CatalogueItem } from "@/server/catalogue/search-catalogue";
import { closesSoon } from "@/server/catalogue/closing-soon";
import { ClosingSoonBadge } from "./closing-soon-badge";
import { FlagshipBadge } from "./flagship-badge";
import { listFormatFor } from "@/i18n/intl-cache";

const calendar = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One programme in the catalogue list. Only the title is a link. */
export async function ProgrammeCard({ locale, item, today }: { locale: string; item: CatalogueItem; today: string }) {
  const [t, format, names] = await Promise.all([
    getTranslations({ locale, namespace: "catalogue" }),
    getFormatter({ locale }),
    getReferenceNames(locale),
  ]);
  const country = names.country;
  /** A term of the card with its punctuation ("Lead:", « Chef de file : », "牵头机构："), from the catalogue. */
  const term = (key: string) => t("card.term", { label: t(key) });
  const list = (items: string[]) => listFormatFor(locale).format(items);
  const date = (iso: string) => format.dateTime(calendar(iso), { dateStyle: "medium", timeZone: "UTC" });
  const placesLeft = item.capacity === null ? null : Math.max(0, item.capacity - item.acceptedCount);
  const openForApplications = item.status === "open" && (!item.applicationDeadline || item.applicationDeadline >= today);

  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <ProgrammeStatusBadge status={item.status} />
        {item.isFlagship && <FlagshipBadge />}
        {closesSoon(item, today) && <ClosingSoonBadge />}
      </div>
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={`/programmes/${item.reference}`} className="text-brand-700 underline-offset-2 hover:text-brand-800 hover:underline">
          <bdi>{item.title}</bdi>
        </Link>
      </h3>
      <p className="line-clamp-3 text-sm text-gray-800" dir="auto">
        {item.summary}
      </p>
      <dl className="mt-auto space-y-1 text-sm text-gray-700 [&_dd]:inline [&_dt]:me-1 [&_dt]:inline [&_dt]:font-medium">
        <div>
          <dt>{term("card.lead")}</dt>
          <dd>
            {t.rich("card.leadValue", { name: item.leadName, country: country(item.leadCountry), lead: (chunks) => <bdi>{chunks}</bdi> })}
          </dd>
        </div>
        {item.hubCountry && (
          <div>
            <dt>{term("card.where")}</dt>
            <dd>
              {item.spilloverCountries.length === 0
                ? country(item.hubCountry)
                : t("card.hubAndReach", { hub: country(item.hubCountry), countries: list(item.spilloverCountries.map(country)) })}
            </dd>
          </div>
        )}
        {item.sectors.length > 0 && (
          <div>
            <dt>{term("card.sectors")}</dt>
            <dd>{list(item.sectors.map((code) => names.sector(code)))}</dd>
          </div>
        )}
        {item.startDate && item.endDate && (
          <div>
            <dt>{term("card.dates")}</dt>
            <dd>{formatDateRange(locale, item.startDate, item.endDate, "medium")}</dd>
          </div>
        )}
        {openForApplications && item.applicationDeadline && (
          <div>
            <dt>{term("card.deadline")}</dt>
            <dd>{date(item.applicationDeadline)}</dd>
          </div>
        )}
        {item.status === "open" && placesLeft !== null && item.capacity !== null && (
          <div>
            <dt>{term("card.places")}</dt>
            <dd>{t("card.placesLeft", { left: placesLeft, capacity: item.capacity })}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
