import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyNote } from "@/components/ui/empty-note";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { AdminNav } from "@/components/admin/admin-nav";
import { formatDateRange } from "@/i18n/date-range";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { Link } from "@/i18n/navigation";
import { adminReportsPage } from "@/server/pages/admin/reports";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";
import { RecordTable } from "@/components/ui/record-table";

export const generateMetadata = titleFrom("transparency.admin.list");

/** Every report, drafts and published, newest first, for the admins. */
export default async function AdminReportsPage(props: LocalePageProps) {
  const { locale } = await openPage(props);
  const [t, format, { reports }] = await Promise.all([
    getTranslations({ locale, namespace: "transparency" }),
    getFormatter({ locale }),
    readPage(adminReportsPage, { locale, path: "/admin/reports" }),
  ]);
  const slugTitle = new Map(reports.map((r) => [r.slug, r.title]));
  const linkClass = "text-brand-700 underline hover:text-brand-800";

  return (
    <div>
      <PageHeading title={t("admin.list.title")} intro={t("admin.list.intro")} introClassName="mb-6 max-w-3xl text-gray-700">
        <AdminNav locale={locale} current="reports" />
      </PageHeading>
      <p className="mb-4">
        <Link href="/admin/reports/new" className="inline-flex min-h-10 items-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {t("admin.list.new")}
        </Link>
      </p>
      {reports.length === 0 ? (
        <EmptyNote>{t("admin.list.empty")}</EmptyNote>
      ) : (
        <RecordTable
          caption={t("admin.list.caption")}
          rows={reports}
          rowKey={(r) => r.id}
          headerWeight="font-semibold"
          bodyClassName="divide-y divide-gray-200"
          columns={[
            {
              header: t("admin.list.columns.title"),
              rowHeader: true,
              className: "font-medium",
              cell: (r) => (
                <>
                  <Link href={`/admin/reports/${r.id}`} className={linkClass}>
                    {r.title}
                  </Link>
                  {r.supersedes && (
                    <span className="block text-xs font-normal text-gray-700">
                      {t("admin.list.supersedes", { title: slugTitle.get(r.supersedes.slug) ?? r.supersedes.slug })}
                    </span>
                  )}
                </>
              ),
            },
            { header: t("admin.list.columns.period"), cell: (r) => formatDateRange(locale, r.periodStart, r.periodEnd) },
            { header: t("admin.list.columns.status"), cell: (r) => <ReportStatusBadge locale={locale} status={r.status} /> },
            {
              header: t("admin.list.columns.address"),
              dir: "ltr",
              cell: (r) =>
                r.status === "published" ? (
                  <Link href={`/transparency/${r.slug}`} className={linkClass}>
                    /transparency/{r.slug}
                  </Link>
                ) : (
                  <span className="text-gray-700">/transparency/{r.slug}</span>
                ),
            },
            { header: t("admin.list.columns.updated"), cell: (r) => format.dateTime(r.publishedAt ?? r.createdAt, { dateStyle: "medium" }) },
          ]}
        />
      )}
    </div>
  );
}
