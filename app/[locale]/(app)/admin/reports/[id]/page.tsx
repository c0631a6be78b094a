import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { Markdown } from "@/components/programmes/markdown";
import { FiguresView } from "@/components/reports/figures-view";
import { FiguresViewSwitch, viewModeOf, type FiguresViewMode } from "@/components/reports/figures-view-switch";
import { formatDateRange } from "@/i18n/date-range";
import { ReportEditor } from "@/components/reports/report-editor";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { richLink } from "@/components/reports/rich-link";
import { adminReportPage } from "@/server/pages/admin/reports";
import { peekPage, readPage } from "@/server/pages/read-page";
import { Section } from "@/components/ui/section";

type Params = Promise<{ locale: string; id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const viewQuery = (mode: FiguresViewMode): Record<string, string> => (mode === "public" ? { view: "public" } : {});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const found = await peekPage(adminReportPage, locale, id);
  const t = await getTranslations({ locale, namespace: "transparency" });
  return { title: found?.report.title ?? t("report.notFoundTitle"), robots: { index: false } };
}

/**
 * One report for the admins. A draft: the editor, publishing with confirmation, and its figures
 * computed live for its period. A published report: read-only, its frozen public figures, and
 * "create a correction".
 */
export default async function AdminReportPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [found, query, t, format] = await Promise.all([
    readPage(adminReportPage, { locale, path: `/admin/reports/${id}` }, id),
    searchParams,
    getTranslations({ locale, namespace: "transparency" }),
    getFormatter({ locale }),
  ]);
  const mode = viewModeOf(query.view);
  const { report, methodology } = found;
  const published = report.status === "published";
  const linkClass = "text-brand-700 underline hover:text-brand-800";
  const adminLink = (target: string) => richLink(`/admin/reports/${target}`);
  const figures = published || mode === "public" ? found.publicFigures : found.figures;

  return (
    <div className="space-y-8">
      <div>
        <p className="mb-2">
          <Link href="/admin/reports" className={`text-sm ${linkClass}`}>
            <span aria-hidden="true" className="me-1 inline-block rtl:-scale-x-100">←</span>
            {t("admin.edit.back")}
          </Link>
        </p>
        <h1 className="mb-2 text-3xl font-bold">{report.title}</h1>
        <dl className="mb-6 grid gap-x-6 gap-y-1 text-sm text-gray-700 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-gray-900">{t("admin.edit.status")}</dt>
          <dd>
            <ReportStatusBadge locale={locale} status={report.status} />
          </dd>
          <dt className="font-medium text-gray-900">{t("admin.edit.period")}</dt>
          <dd>
            {t(`periodKinds.${report.periodKind}`)} · {formatDateRange(locale, report.periodStart, report.periodEnd)}
          </dd>
          <dt className="font-medium text-gray-900">{t("admin.edit.publicAddress")}</dt>
          {/* An address of the site: its words are English in every language. */}
          <dd dir="ltr" lang="en" translate="no" className="text-start">
            {published ? (
              <Link href={`/transparency/${report.slug}`} className={linkClass}>
                /transparency/{report.slug}
              </Link>
            ) : (
              <>/transparency/{report.slug}</>
            )}
          </dd>
          {published && report.publishedAt && (
            <>
              <dt className="font-medium text-gray-900">{t("admin.edit.publishedOn")}</dt>
              <dd>{format.dateTime(report.publishedAt, { dateStyle: "long", timeStyle: "short" })}</dd>
              <dt className="font-medium text-gray-900">{t("admin.edit.threshold")}</dt>
              <dd>{format.number(report.suppressionThreshold)}</dd>
            </>
          )}
        </dl>
        <AdminNav locale={locale} current="reports" />
        {found.supersedes && <p className="mb-2 text-sm text-gray-800">{t.rich("admin.edit.supersedes", { title: found.supersedes.title, link: adminLink(found.supersedes.id) })}</p>}
        {found.supersededBy && <p className="mb-2 text-sm text-gray-800">{t.rich("admin.edit.supersededBy", { title: found.supersededBy.slug, link: adminLink(found.supersededBy.id) })}</p>}
      </div>

      {published ? (
        <section aria-labelledby="published-text" className="space-y-4">
          <Alert tone="info">{t("admin.edit.readOnly")}</Alert>
          <p className="flex flex-wrap gap-3">
            <Link href={`/transparency/${report.slug}`} className="inline-flex min-h-10 items-center rounded border border-brand-700 bg-white px-4 py-2 text-sm font-medium text-brand-800 hover:bg-brand-50">
              {t("admin.edit.viewPublic")}
            </Link>
            {found.viewer.canCorrect && (
              <Link href={{ pathname: "/admin/reports/new", query: { supersedes: report.id } }} className="inline-flex min-h-10 items-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
                {t("admin.edit.createCorrection")}
              </Link>
            )}
          </p>
          <h2 id="published-text" className="text-2xl font-bold">
            {t("report.narrative")}
          </h2>
          <Markdown headingLevel={3}>{report.narrative}</Markdown>
          <h2 className="text-2xl font-bold">{t("report.methodology")}</h2>
          <div lang={methodology.lang ?? undefined}>
            <Markdown headingLevel={3}>{methodology.text}</Markdown>
          </div>
        </section>
      ) : (
        <ReportEditor
          report={{
            id: report.id,
            version: report.version,
            title: report.title,
            periodKind: report.periodKind,
            periodStart: report.periodStart,
            periodEnd: report.periodEnd,
            suppressionThreshold: report.suppressionThreshold,
            narrative: report.narrative,
            methodology: report.methodology,
          }}
          canPublish={found.viewer.canPublish}
        />
      )}

      <Section id="report-figures" title={published ? t("admin.edit.frozenFigures") : t("admin.edit.liveFiguresTitle")} className="" headingClassName="mb-2 text-2xl font-bold">
        <p className="mb-4 max-w-3xl text-sm text-gray-700">
          {published ? t("admin.edit.frozenFiguresIntro") : t("admin.edit.liveFiguresIntro")}{" "}
          {t("report.computedAtValue", { date: format.dateTime(new Date(figures.computedAt), { dateStyle: "long", timeStyle: "medium" }) })}
        </p>
        {!published && (
          <FiguresViewSwitch locale={locale} current={mode} hrefFor={(m) => ({ pathname: `/admin/reports/${report.id}`, query: viewQuery(m) })} />
        )}
        <FiguresView locale={locale} figures={figures} level={3} prefix="live" />
      </Section>
    </div>
  );
}
