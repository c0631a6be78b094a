import { getFormatter, getTranslations } from "next-intl/server";
import type { OutcomeReport } from "@/server/vocabulary";
import { RecordTable } from "@/components/ui/record-table";
import { Markdown } from "./markdown";

/** A completed programme's outcome report: each expected outcome's target beside what was achieved, and the narrative. */
export async function OutcomeReportView({ locale, report, headingLevel = 2 }: { locale: string; report: OutcomeReport; headingLevel?: 2 | 3 }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), getFormatter({ locale })]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const SubHeading = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby="outcome-report-heading" className="mb-10">
      <Heading id="outcome-report-heading" className="mb-3 text-xl font-semibold">
        {t("outcomeReport.title")}
      </Heading>
      <RecordTable
        labelledBy="outcome-report-heading"
        className="mb-4"
        scrollRegion
        rows={report.results}
        rowKey={(_r, i) => String(i)}
        columns={[
          { header: t("outcomeReport.metric"), rowHeader: true, cell: (r) => t(`outcomeMetrics.${r.metric}`) },
          { header: t("outcomeReport.target"), className: "text-end", cell: (r) => format.number(r.target) },
          { header: t("outcomeReport.achieved"), className: "text-end font-medium", cell: (r) => format.number(r.achieved) },
          { header: t("outcomeReport.description"), dir: "auto", className: "text-start", cell: (r) => r.description },
        ]}
      />
      <SubHeading className="mb-1 text-lg font-semibold">{t("outcomeReport.narrative")}</SubHeading>
      <Markdown headingLevel={headingLevel === 2 ? 4 : 5}>{report.narrative}</Markdown>
    </section>
  );
}
