import { getFormatter, getTranslations } from "next-intl/server";
import type { InstitutionRow } from "@/server/institutions/queries";
import { InstitutionActions, type InstitutionEventOption } from "./institution-actions";
import { countryNames } from "@/i18n/reference-names";

/** One institution in the verification queue: the facts an admin checks, and the allowed actions. */
export async function InstitutionReviewItem({
  institution,
  events,
  locale,
  detailed,
}: {
  institution: InstitutionRow;
  /** The events its status allows (server/pages/admin/institutions.ts). */
  events: InstitutionEventOption[];
  locale: string;
  /** Pending institutions show everything needed to decide; decided ones a compact summary. */
  detailed: boolean;
}) {
  const [t, tCommon, format] = await Promise.all([
    getTranslations({ locale, namespace: "admin.institutions" }),
    getTranslations({ locale, namespace: "common" }),
    getFormatter({ locale }),
  ]);
  const country = countryNames(locale)(institution.countryCode);
  const date = (d: Date) => <time dateTime={d.toISOString()}>{format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" })}</time>;
  const term = "font-medium text-gray-700";

  return (
    <li className="rounded border border-gray-200 bg-white p-4 shadow-sm">
      <h3 className="text-lg font-semibold">
        <bdi>{institution.name}</bdi>
        {institution.acronym && <span className="ms-2 text-base font-normal text-gray-600">(<bdi>{institution.acronym}</bdi>)</span>}
      </h3>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className={term}>{t("country")}</dt>
        <dd>{country}</dd>
        <dt className={term}>{t("type")}</dt>
        <dd>{tCommon(`institutionTypes.${institution.type}`)}</dd>
        <dt className={term}>{t("website")}</dt>
        <dd className="break-all">
          <a href={institution.website} className="text-brand-700 underline hover:no-underline" rel="noopener noreferrer nofollow">
            <bdi dir="ltr">{institution.website}</bdi>
          </a>
        </dd>
        {detailed && (
          <>
            <dt className={term}>{t("emailDomains")}</dt>
            <dd className="break-all">
              <bdi dir="ltr">{institution.emailDomains.join(", ")}</bdi>
            </dd>
          </>
        )}
        <dt className={term}>{t("registered")}</dt>
        <dd>{date(institution.createdAt)}</dd>
        {!detailed && institution.statusChangedAt && (
          <>
            <dt className={term}>{t(`since.${institution.status}`)}</dt>
            <dd>{date(institution.statusChangedAt)}</dd>
          </>
        )}
        {institution.status === "suspended" && (
          <>
            <dt className={term}>{t("reason")}</dt>
            <dd className="whitespace-pre-line">{institution.statusReason ? <bdi>{institution.statusReason}</bdi> : t("noReason")}</dd>
          </>
        )}
      </dl>
      {detailed && (
        <div className="mt-2 text-sm">
          <h4 className="font-medium text-gray-700">{t("description")}</h4>
          <p className="mt-1 whitespace-pre-line" dir="auto">
            {institution.description}
          </p>
        </div>
      )}
      <InstitutionActions institutionId={institution.id} name={institution.name} version={institution.version} events={events} />
    </li>
  );
}
