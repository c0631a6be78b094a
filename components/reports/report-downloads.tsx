import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";

/** Links to the open-data files of a published report (the same suppressed figures). Plain links: no script. */
export async function ReportDownloads({ locale, slug }: { locale: string; slug: string }) {
  const t = await getTranslations({ locale, namespace: "transparency" });
  const linkClass =
    "inline-flex min-h-10 items-center rounded border border-brand-700 bg-white px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50";
  return (
    <Section id="downloads-title" title={t("report.downloads")} className="" headingClassName="text-2xl font-bold">
      <p className="mt-1 text-sm text-gray-700">{t("report.downloadsIntro")}</p>
      <ul className="mt-3 flex flex-wrap gap-3">
        <li>
          <a href={`/api/open/reports/${slug}.csv`} type="text/csv" download={`southbridge-report-${slug}.csv`} className={linkClass}>
            {t("report.csv")}
          </a>
        </li>
        <li>
          <a href={`/api/open/reports/${slug}.json`} type="application/json" className={linkClass}>
            {t("report.json")}
          </a>
        </li>
        <li>
          <a href="/api/open/reports.schema.json" type="application/schema+json" className={linkClass}>
            {t("report.schema")}
          </a>
        </li>
      </ul>
    </Section>
  );
}
