import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { InstitutionType } from "@/server/vocabulary";
import { countryNames } from "@/i18n/reference-names";

export type InstitutionDetailsData = {
  countryCode: string;
  type: InstitutionType;
  website: string;
  description: string;
  rorId: string | null;
  emailDomains: string[] | null;
  createdAt: Date | null;
};

/** The registered details of an institution as a description list (members' view). */
export async function InstitutionDetails({ locale, institution }: { locale: string; institution: InstitutionDetailsData }) {
  const [t, tCommon, format] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard.institution" }),
    getTranslations({ locale, namespace: "common" }),
    getFormatter({ locale }),
  ]);
  const country = countryNames(locale)(institution.countryCode);
  const rows: { label: string; value: ReactNode }[] = [
    { label: t("country"), value: country },
    { label: t("type"), value: tCommon(`institutionTypes.${institution.type}`) },
    {
      label: t("website"),
      value: (
        <a href={institution.website} className="break-all text-brand-700 underline" dir="ltr" rel="noopener noreferrer">
          <bdi dir="ltr">{institution.website}</bdi>
        </a>
      ),
    },
    { label: t("emailDomains"), value: institution.emailDomains?.length ? <bdi dir="ltr">{institution.emailDomains.join(", ")}</bdi> : t("none") },
    {
      label: t("rorId"),
      value: institution.rorId ? (
        <a href={`https://ror.org/${institution.rorId}`} className="text-brand-700 underline" dir="ltr" rel="noopener noreferrer">
          <bdi>{institution.rorId}</bdi>
        </a>
      ) : (
        t("none")
      ),
    },
    ...(institution.createdAt ? [{ label: t("registeredOn"), value: format.dateTime(institution.createdAt, { dateStyle: "long" }) }] : []),
  ];
  return (
    <div className="rounded border border-gray-200 bg-white p-4">
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        {rows.map((r) => (
          <div key={r.label} className="contents">
            <dt className="text-sm font-medium text-gray-700">{r.label}</dt>
            <dd className="text-sm">{r.value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 text-sm font-medium text-gray-700">{t("description")}</h3>
      <p className="mt-1 text-sm whitespace-pre-line" dir="auto">
        {institution.description}
      </p>
    </div>
  );
}
