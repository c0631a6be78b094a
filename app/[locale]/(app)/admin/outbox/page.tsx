import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { titleFrom } from "@/i18n/page-title";
import { ActionStatusProvider } from "@/components/admin/action-status";
import { AdminNav } from "@/components/admin/admin-nav";
import { DeadLetterRetry } from "@/components/admin/dead-letter-retry";
import { pageParam } from "@/components/admin/search-params";
import { Link } from "@/i18n/navigation";
import { deadLettersPage } from "@/server/pages/admin/outbox";
import { readPage } from "@/server/pages/read-page";

export const generateMetadata = titleFrom("outbox");

export default async function AdminOutboxPage(props: LocalePageProps) {
  const { locale, query } = await openPage(props);
  const page = pageParam(query.page);
  const [t, format, { result }] = await Promise.all([
    getTranslations({ locale, namespace: "outbox" }),
    getFormatter({ locale }),
    readPage(deadLettersPage, { locale, path: "/admin/outbox" }, page),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));

  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")} introClassName="mb-6 max-w-prose text-gray-700">
        <AdminNav locale={locale} current="outbox" />
      </PageHeading>
      {result.items.length === 0 ? (
        <p className="text-gray-700">{t("empty")}</p>
      ) : (
        <ActionStatusProvider>
          <div className="overflow-x-auto">
            <table className="w-full text-start text-sm">
              <caption className="sr-only">{t("caption", { total: result.total })}</caption>
              <thead>
                <tr className="border-b border-gray-200 text-start">
                  <th scope="col" className="px-2 py-2 text-start">{t("columns.to")}</th>
                  <th scope="col" className="px-2 py-2 text-start">{t("columns.template")}</th>
                  <th scope="col" className="px-2 py-2 text-start">{t("columns.attempts")}</th>
                  <th scope="col" className="px-2 py-2 text-start">{t("columns.lastError")}</th>
                  <th scope="col" className="px-2 py-2 text-start">{t("columns.createdAt")}</th>
                  <th scope="col" className="px-2 py-2 text-start">{t("columns.action")}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((item) => (
                  <tr key={item.id} className="border-b border-gray-100 align-top">
                    <td className="px-2 py-2 break-all">{item.toAddress}</td>
                    <td className="px-2 py-2"><code>{item.template}</code></td>
                    <td className="px-2 py-2">{item.attempts}</td>
                    <td className="px-2 py-2 break-words text-gray-700">{item.lastError}</td>
                    <td className="px-2 py-2">{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })}</td>
                    <td className="px-2 py-2"><DeadLetterRetry emailId={item.id} to={item.toAddress} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ActionStatusProvider>
      )}
      {pages > 1 && (
        <nav aria-label={t("pagination")} className="mt-4 flex gap-4 text-sm">
          {page > 1 && <Link href={`/admin/outbox?page=${page - 1}`}>{t("previous")}</Link>}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages && <Link href={`/admin/outbox?page=${page + 1}`}>{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}
