import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getReferenceNames } from "@/i18n/get-reference-names";
import { WebsiteLink } from "./website-link";

export type InstitutionFactsData = {
  countryCode: string;
  region: string;
  type: string;
  status: string;
  website: string;
  rorId: string | null;
  verifiedSince: Date | null;
};

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-b border-gray-100 py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-gray-700">{term}</dt>
      <dd className="mt-1 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

/** The public facts about one institution as a description list. */
export async function InstitutionFacts({ locale, institution: i }: { locale: string; institution: InstitutionFactsData }) {
  const [t, common, format, names] = await Promise.all([
    getTranslations({ locale, namespace: "institutions" }),
    getTranslations({ locale, namespace: "common" }),
    getFormatter({ locale }),
    getReferenceNames(locale),
  ]);
  return (
    <dl>
      <Fact term={t("detail.country")}>{names.country(i.countryCode)}</Fact>
      <Fact term={t("detail.region")}>{names.region(i.region)}</Fact>
      <Fact term={t("detail.type")}>{common(`institutionTypes.${i.type}`)}</Fact>
      {i.status !== "verified" && <Fact term={t("detail.status")}>{common(`institutionStatuses.${i.status}`)}</Fact>}
      <Fact term={t("detail.website")}>
        <WebsiteLink href={i.website} />
      </Fact>
      {i.rorId && (
        <Fact term={t("detail.ror")}>
          <a href={`https://ror.org/${encodeURIComponent(i.rorId)}`} rel="noopener noreferrer" className="text-brand-700 underline hover:text-brand-800">
            <span dir="ltr">https://ror.org/{i.rorId}</span>
          </a>
        </Fact>
      )}
      {i.verifiedSince && (
        <Fact term={t("detail.verifiedSince")}>
          <time dateTime={i.verifiedSince.toISOString()}>{format.dateTime(i.verifiedSince, { dateStyle: "long" })}</time>
        </Fact>
      )}
    </dl>
  );
}
