import { getFormatter, getTranslations } from "next-intl/server";
import { readImpactAssessment } from "./content-values";
import { riskName } from "./labels";

/** The recorded impact assessment (or that none is recorded). */
export async function ImpactAssessmentView({ locale, assessment }: { locale: string; assessment: unknown }) {
  const [t, tChecks, format] = await Promise.all([
    getTranslations({ locale, namespace: "agreements" }),
    getTranslations({ locale, namespace: "agreementChecks" }),
    getFormatter({ locale }),
  ]);
  const a = readImpactAssessment(assessment);
  if (!a) return <p className="text-gray-700">{t("impact.none")}</p>;
  const approvedOn = /^\d{4}-\d{2}-\d{2}$/.test(a.approvedOn) ? format.dateTime(new Date(`${a.approvedOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) : a.approvedOn;
  return (
    <dl className="grid max-w-prose gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-gray-800">{t("impact.risks")}</dt>
      <dd dir="auto" className="whitespace-pre-line">{a.risks}</dd>
      <dt className="font-medium text-gray-800">{t("impact.mitigations")}</dt>
      <dd dir="auto" className="whitespace-pre-line">{a.mitigations}</dd>
      <dt className="font-medium text-gray-800">{t("impact.residualRisk")}</dt>
      <dd>{riskName(tChecks)(a.residualRisk)}</dd>
      <dt className="font-medium text-gray-800">{t("impact.approvedByName")}</dt>
      <dd dir="auto">{a.approvedByName}</dd>
      <dt className="font-medium text-gray-800">{t("impact.approvedByRole")}</dt>
      <dd dir="auto">{a.approvedByRole}</dd>
      <dt className="font-medium text-gray-800">{t("impact.approvedOn")}</dt>
      <dd>{approvedOn}</dd>
    </dl>
  );
}
