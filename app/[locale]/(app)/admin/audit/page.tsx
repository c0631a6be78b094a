import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyNote } from "@/components/ui/empty-note";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { parseAuditQuery } from "@/components/admin/audit-query";
import { AuditTable } from "@/components/admin/audit-table";
import { Link } from "@/i18n/navigation";
import { auditLogPage } from "@/server/pages/admin/audit";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";
import { RelatedLinks } from "@/components/ui/related-links";

export const generateMetadata = titleFrom("admin.audit");

export default async function AdminAuditPage(props: LocalePageProps) {
  const { locale, query } = await openPage(props);
  const { filters, values } = parseAuditQuery(query);
  const [t, tChain, result] = await Promise.all([
    getTranslations({ locale, namespace: "admin.audit" }),
    getTranslations({ locale, namespace: "verification.chain" }),
    readPage(auditLogPage, { locale, path: "/admin/audit" }, filters),
  ]);
  const link = "rounded border border-gray-300 bg-white px-3 py-1 text-brand-700 hover:bg-brand-50";

  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")}>
        <AdminNav locale={locale} current="audit" />
      </PageHeading>
      <RelatedLinks className="mb-4 text-sm" links={[{ href: "/admin/audit/chain", label: tChain("link") }]} />
      <AuditFilterForm locale={locale} values={values} />
      <h2 className="mb-2 text-xl font-semibold">{filters.before ? t("olderHeading") : t("latestHeading")}</h2>
      {result.items.length === 0 ? (
        <EmptyNote>{t("empty")}</EmptyNote>
      ) : (
        <AuditTable locale={locale} rows={result.items} />
      )}
      {(filters.before !== undefined || result.nextBefore !== undefined) && (
      <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap gap-3 text-sm">
        {filters.before !== undefined && (
          <Link href={{ pathname: "/admin/audit", query: values }} className={link}>
            {t("newest")}
          </Link>
        )}
        {result.nextBefore !== undefined && (
          <Link href={{ pathname: "/admin/audit", query: { ...values, before: String(result.nextBefore) } }} className={link} rel="next">
            {t("older")}
          </Link>
        )}
      </nav>
      )}
    </div>
  );
}
