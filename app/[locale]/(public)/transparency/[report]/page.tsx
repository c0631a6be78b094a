import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Markdown } from "@/components/programmes/markdown";
import { FiguresView } from "@/components/reports/figures-view";
import { formatDateRange } from "@/i18n/date-range";
import { ReportDownloads } from "@/components/reports/report-downloads";
import { LogSection } from "@/components/transparency-log/log-section";
import { Link } from "@/i18n/server-link";
import { richLink } from "@/components/reports/rich-link";
import { isLocale } from "@/i18n/locales";
import { publishedReportPage } from "@/server/pages/public/transparency";
import { peekPage, readPage } from "@/server/pages/read-page";
import { Section } from "@/components/ui/section";

type Params = Promise<{ locale: string; report: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, report } = await params;
  const found = await peekPage(publishedReportPage, locale, report);
  if (!found) {
    const t = await getTranslations({ locale, namespace: "transparency" });
    return { title: t("report.notFoundTitle"), robots: { index: false } };
  }
  return { title: found.report.title };
}

/**
 * A published transparency report: text, every figure as a chart and a table (rendered on the
 * server, no script), downloads, and the links between a report and its correction.
 */
export default async function TransparencyReportPage({ params }: { params: Params }) {
  const { locale, report: slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [found, t, tLog, format] = await Promise.all([
    readPage(publishedReportPage, { locale, path: `/transparency/${slug}` }, slug),
    getTranslations({ locale, namespace: "transparency" }),
    getTranslations({ locale, namespace: "verification.log" }),
    getFormatter({ locale }),
  ]);
  const { report, figures, methodology } = found;
  const linkClass = "text-brand-700 underline hover:text-brand-800";
  const reportLink = (target: string) => richLink(`/transparency/${target}`);

  return (
    <article className="space-y-8">
      <p>
        <Link href="/transparency" className={`text-sm ${linkClass}`}>
          <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">←</span>
          {t("report.back")}
        </Link>
      </p>
      <header className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl" dir="auto">
          {report.title}
        </h1>
        <dl className="grid gap-x-6 gap-y-1 text-sm text-gray-700 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-gray-900">{t("report.period")}</dt>
          <dd>
            {t(`periodKinds.${report.periodKind}`)} · {formatDateRange(locale, report.periodStart, report.periodEnd)}
          </dd>
          <dt className="font-medium text-gray-900">{t("report.publishedOn")}</dt>
          <dd>{format.dateTime(report.publishedAt, { dateStyle: "long", timeStyle: "short" })}</dd>
        </dl>
        {found.supersededBy && (
          <p role="note" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            {t.rich("report.supersededBy", { title: found.supersededBy.title, link: reportLink(found.supersededBy.slug) })}
          </p>
        )}
        {found.supersedes && (
          <p role="note" className="rounded border border-blue-300 bg-blue-50 px-4 py-3 text-sm text-blue-900">
            {t.rich("report.corrects", { title: found.supersedes.title, link: reportLink(found.supersedes.slug) })}
          </p>
        )}
      </header>

      {report.narrative.trim() && (
        <Section id="narrative-title" title={t("report.narrative")} className="" headingClassName="mb-2 text-2xl font-bold">
          <Markdown headingLevel={3}>{report.narrative}</Markdown>
        </Section>
      )}

      <ReportDownloads locale={locale} slug={report.slug} />

      <LogSection locale={locale} kind="report" download={`/api/open/reports/${report.slug}.json`} items={[{ label: report.title, leafHash: found.transparencyLog.leafHash }]}>
        <dt className="font-medium text-gray-900">{tLog("auditHead")}</dt>
        <dd>
          {found.auditHead ? (
            <>
              <code dir="ltr" className="font-mono break-all" data-audit-head={found.auditHead.hash}>
                {found.auditHead.hash}
              </code>{" "}
              <span className="text-gray-700">({tLog("auditHeadEntries", { entries: found.auditHead.entries })})</span>
            </>
          ) : (
            tLog("auditHeadMissing")
          )}
        </dd>
      </LogSection>

      <p className="max-w-3xl rounded border border-gray-200 bg-white px-4 py-3 text-sm text-gray-700">
        {t("report.suppressionNote", { threshold: report.suppressionThreshold })}
      </p>

      <FiguresView locale={locale} figures={figures} level={2} prefix="fig" />

      <Section id="methodology-title" title={t("report.methodology")} className="" headingClassName="mb-2 text-2xl font-bold">
        <div lang={methodology.lang ?? undefined}>
          <Markdown headingLevel={3}>{methodology.text}</Markdown>
        </div>
      </Section>
    </article>
  );
}
