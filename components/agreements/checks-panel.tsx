import { getTranslations } from "next-intl/server";
import { getReferenceNames } from "@/i18n/get-reference-names";
import type { RuleText } from "@/i18n/reference-names";
import { sortFields } from "./content-values";
import { problemLabel } from "./problem-label";
import type { ChecksView } from "./types";
import { Section } from "@/components/ui/section";
import { RecordTable } from "@/components/ui/record-table";

/**
 * The checks before signature: each problem translated (agreementChecks / validation keys) with
 * the field it concerns, and the origin countries' extra duties and localisation notes, which
 * every party sees.
 */
export async function ChecksPanel({ locale, checks, showProblems }: { locale: string; checks: ChecksView; showProblems: boolean }) {
  const [t, tAll, names] = await Promise.all([getTranslations({ locale, namespace: "agreements" }), getTranslations({ locale }), getReferenceNames(locale)]);
  /** A duty or note in the reader's language; an untranslated one stays English, marked as such. */
  const ruleText = (text: RuleText | null) => (text ? <span lang={text.lang}>{text.text}</span> : t("checks.none"));
  const entries = sortFields(Object.keys(checks.problems)).flatMap((path) => (checks.problems[path] ?? []).map((key) => ({ path, key })));

  return (
    <Section id="checks-heading" title={t("checks.title")}>
      {showProblems &&
        (entries.length === 0 ? (
          <p className="mb-4 rounded border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">{t("checks.ok")}</p>
        ) : (
          <div className="mb-4 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            <p className="font-medium">{t("checks.problems", { count: entries.length })}</p>
            <ul className="mt-2 list-disc space-y-1 ps-5" aria-label={t("checks.title")}>
              {entries.map(({ path, key }, i) => (
                <li key={`${path}-${i}`}>{t("checks.fieldProblem", { field: problemLabel(path, t), problem: tAll.has(key) ? tAll(key) : key })}</li>
              ))}
            </ul>
          </div>
        ))}
      {checks.duties.length > 0 && (
        <div>
          <h3 className="mb-1 text-lg font-semibold">{t("checks.duties")}</h3>
          <p className="mb-2 text-sm text-gray-700">{t("checks.dutiesIntro")}</p>
          <RecordTable
            plain
            dense
            rows={checks.duties}
            rowKey={(d) => d.country}
            rowClassName="align-top"
            columns={[
              { header: t("view.country"), rowHeader: true, cell: (d) => names.country(d.country) },
              // The law is cited as the reference data names it, in English.
              { header: t("checks.law"), cell: (d) => (d.law ? <span lang="en">{d.law}</span> : t("checks.none")) },
              { header: t("checks.extraDuties"), cell: (d) => ruleText(d.extraDuties ? names.transferDuties(d.country, d.extraDuties) : null) },
              { header: t("checks.localisation"), cell: (d) => ruleText(d.localisation ? names.transferLocalisation(d.country, d.localisation) : null) },
            ]}
          />
        </div>
      )}
    </Section>
  );
}
