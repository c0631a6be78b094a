import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ProgrammeStatusLabel } from "./status-label";
import type { DeskItem } from "./types";
import { countryNames } from "@/i18n/reference-names";

export type DeskGroupKey = "submitted" | "under_review" | "changes_requested";

/** One group of the review desk queue (a heading, then one card per proposal, or an empty state). */
export async function DeskGroup({ locale, group, items }: { locale: string; group: DeskGroupKey; items: DeskItem[] }) {
  const [t, tStatus, format] = await Promise.all([
    getTranslations({ locale, namespace: "reviewDesk.desk" }),
    getTranslations({ locale, namespace: "reviewDesk.statuses" }),
    getFormatter({ locale }),
  ]);
  const countryName = countryNames(locale);
  const headingId = `desk-group-${group}`;
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h2 id={headingId} className="mb-1 text-xl font-semibold">
        {t(`groups.${group}`)}
      </h2>
      <p className="mb-3 text-sm text-gray-700">{t("groupCount", { count: items.length })}</p>
      {items.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 p-4 text-gray-700">{t(`empty.${group}`)}</p>
      ) : (
        <ul className="grid gap-3">
          {items.map((item) => (
            <li key={item.programmeId} className="rounded border border-gray-200 bg-white p-4">
              <h3 className="text-lg font-semibold">
                <Link href={`/review-desk/${item.programmeId}`} className="text-brand-700 underline hover:no-underline">
                  <span className="font-mono text-sm">{item.reference}</span> {item.title}
                </Link>
              </h3>
              <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
                <Fact label={t("lead")}>{t("leadValue", { name: item.leadName, country: countryName(item.leadCountry) })}</Fact>
                <Fact label={t("status")}>
                  <ProgrammeStatusLabel status={item.status} label={tStatus(item.status)} />
                </Fact>
                <Fact label={t("submitted")}>{item.submittedAt ? format.dateTime(new Date(item.submittedAt), { dateStyle: "medium" }) : t("notSubmitted")}</Fact>
                <Fact label={t("revision")}>{t("revisionValue", { number: item.revision })}</Fact>
                <Fact label={t("panel")}>
                  {t("panelReviewers", { count: item.panelSize })}, {item.hasChair > 0 ? t("chairPresent") : t("chairMissing")}
                </Fact>
                <Fact label={t("reviews")}>{t("reviewsValue", { count: item.reviews, revision: item.revision })}</Fact>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-medium text-gray-700">{label}</dt>
      <dd className="text-gray-900">{children}</dd>
    </div>
  );
}
