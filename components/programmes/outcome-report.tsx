import { getFormatter, getTranslations } from "next-intl/server";
import type { OutcomeReport } from "@/db/schema/programmes";
import { Markdown } from "./markdown";

/** A completed programme's outcome report: each expected outcome's target beside what was achieved, and the narrative. */
export async function OutcomeReportView({ locale, report, headingLevel = 2 }: { locale: string; report: OutcomeReport; headingLevel?: 2 | 3 }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), getFormatter({ locale })]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";
  const th = "px-3 py-2 text-start font-medium";
  return (
    <section aria-labelledby="outcome-report-heading" className="mb-10">
      <Heading id="outcome-report-heading" className="mb-3 text-xl font-semibold">
        {t("outcomeReport.title")}
      </Heading>
      <div className="mb-4 overflow-x-auto rounded border border-gray-200 bg-white">
        <table className="min-w-full text-sm" aria-labelledby="outcome-report-heading">
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className={th}>
                {t("outcomeReport.metric")}
              </th>
              <th scope="col" className={`${th} text-end`}>
                {t("outcomeReport.target")}
              </th>
              <th scope="col" className={`${th} text-end`}>
                {t("outcomeReport.achieved")}
              </th>
              <th scope="col" className={th}>
                {t("outcomeReport.description")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {report.results.map((r, i) => (
              <tr key={i}>
                <th scope="row" className="px-3 py-2 text-start font-normal">
                  {t(`outcomeMetrics.${r.metric}`)}
                </th>
                <td className="px-3 py-2 text-end">{format.number(r.target)}</td>
                <td className="px-3 py-2 text-end font-medium">{format.number(r.achieved)}</td>
                <td dir="auto" className="px-3 py-2 text-start">
                  {r.description}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SubHeading className="mb-1 text-lg font-semibold">{t("outcomeReport.narrative")}</SubHeading>
      <Markdown headingLevel={headingLevel === 2 ? 4 : 5}>{report.narrative}</Markdown>
    </section>
  );
}
