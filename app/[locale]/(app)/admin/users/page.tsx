import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { EmptyNote } from "@/components/ui/empty-note";
import { openPage, type LocalePageProps } from "@/app/page-props";
import { ActionStatusProvider } from "@/components/admin/action-status";
import { AdminNav } from "@/components/admin/admin-nav";
import { firstParam, pageParam } from "@/components/admin/search-params";
import { UsersPagination } from "@/components/admin/users-pagination";
import { UsersTable } from "@/components/admin/users-table";
import { TextField } from "@/components/forms/field";
import { Link } from "@/i18n/navigation";
import { usersPage } from "@/server/pages/admin/users";
import { readPage } from "@/server/pages/read-page";
import { titleFrom } from "@/i18n/page-title";

export const generateMetadata = titleFrom("admin.users");

export default async function AdminUsersPage(props: LocalePageProps) {
  const { locale, query } = await openPage(props);
  const q = firstParam(query.q)?.trim().slice(0, 100) || undefined;
  const page = pageParam(query.page);
  const [t, tCommon, { result, viewerId }] = await Promise.all([
    getTranslations({ locale, namespace: "admin.users" }),
    getTranslations({ locale, namespace: "common" }),
    readPage(usersPage, { locale, path: "/admin/users" }, q, page),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));

  return (
    <div>
      <PageHeading title={t("title")} intro={t("intro")}>
        <AdminNav locale={locale} current="users" />
      </PageHeading>
      <form method="get" role="search" aria-label={t("searchLabel")} className="mb-4 flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1 [&>div]:mb-0">
          <TextField label={t("searchLabel")} name="q" type="search" defaultValue={q ?? ""} maxLength={100} />
        </div>
        <button type="submit" className="min-h-10 rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {tCommon("actions.search")}
        </button>
        {q && (
          <Link href="/admin/users" className="min-h-10 rounded px-3 py-2 text-sm text-brand-700 underline hover:no-underline">
            {t("clearSearch")}
          </Link>
        )}
      </form>
      <p className="mb-2 text-sm text-gray-700" aria-live="polite">
        {tCommon("pagination.results", { count: result.total })}
      </p>
      <ActionStatusProvider>
        {result.items.length === 0 ? (
          <EmptyNote>{t("empty")}</EmptyNote>
        ) : (
          <UsersTable locale={locale} users={result.items} viewerId={viewerId} />
        )}
      </ActionStatusProvider>
      <UsersPagination locale={locale} page={page} pages={pages} q={q} />
    </div>
  );
}
