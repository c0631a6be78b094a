import { getTranslations } from "next-intl/server";
import { UserRoleButtons } from "./user-role-buttons";
import { UserStatusButton } from "./user-status-button";
import { RecordTable } from "@/components/ui/record-table";

export type AdminUserRow = { id: string; name: string; email: string; emailVerifiedAt: Date | null; status: "active" | "suspended"; version: number; roles: ("reviewer" | "admin")[] };

/** Users with their platform roles and the role buttons; scrolls sideways on narrow screens. */
export async function UsersTable({ locale, users, viewerId }: { locale: string; users: AdminUserRow[]; viewerId: string }) {
  const [t, tCommon] = await Promise.all([getTranslations({ locale, namespace: "admin.users" }), getTranslations({ locale, namespace: "common" })]);
  return (
    <RecordTable
      caption={t("caption")}
      rows={users}
      rowKey={(user) => user.id}
      rowClassName="align-top"
      headerWeight="font-semibold"
      bodyClassName="divide-y divide-gray-200"
      columns={[
        {
          header: t("columns.name"),
          rowHeader: true,
          className: "font-medium",
          cell: (user) => (
            <>
              {user.name}
              {user.id === viewerId && <span className="ms-2 text-xs font-normal text-gray-600">({t("you")})</span>}
            </>
          ),
        },
        { header: t("columns.email"), className: "break-all", cell: (user) => user.email },
        { header: t("columns.emailVerified"), cell: (user) => (user.emailVerifiedAt ? t("yes") : t("no")) },
        {
          header: t("columns.status"),
          cell: (user) => <span className={user.status === "suspended" ? "font-semibold text-red-800" : undefined}>{t(`status.${user.status}`)}</span>,
        },
        {
          header: t("columns.roles"),
          cell: (user) =>
            user.roles.length ? new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(user.roles.map((r) => tCommon(`platformRoles.${r}`))) : t("noRoles"),
        },
        {
          header: t("columns.actions"),
          cell: (user) => (
            <>
              <UserRoleButtons userId={user.id} name={user.name} roles={user.roles} isSelf={user.id === viewerId} />
              {user.id !== viewerId && <UserStatusButton userId={user.id} name={user.name} status={user.status} version={user.version} />}
            </>
          ),
        },
      ]}
    />
  );
}
