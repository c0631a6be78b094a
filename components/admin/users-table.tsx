import { getTranslations } from "next-intl/server";
import { UserRoleButtons } from "./user-role-buttons";
import { UserStatusButton } from "./user-status-button";

export type AdminUserRow = { id: string; name: string; email: string; emailVerifiedAt: Date | null; status: "active" | "suspended"; version: number; roles: ("reviewer" | "admin")[] };

/** Users with their platform roles and the role buttons; scrolls sideways on narrow screens. */
export async function UsersTable({ locale, users, viewerId }: { locale: string; users: AdminUserRow[]; viewerId: string }) {
  const [t, tCommon] = await Promise.all([getTranslations({ locale, namespace: "admin.users" }), getTranslations({ locale, namespace: "common" })]);
  const th = "px-3 py-2 text-start font-semibold";
  return (
    <div className="overflow-x-auto rounded border border-gray-200">
      <table className="min-w-full divide-y divide-gray-200 bg-white text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={th}>{t("columns.name")}</th>
            <th scope="col" className={th}>{t("columns.email")}</th>
            <th scope="col" className={th}>{t("columns.emailVerified")}</th>
            <th scope="col" className={th}>{t("columns.status")}</th>
            <th scope="col" className={th}>{t("columns.roles")}</th>
            <th scope="col" className={th}>{t("columns.actions")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {users.map((user) => (
            <tr key={user.id} className="align-top">
              <th scope="row" className="px-3 py-2 text-start font-medium">
                {user.name}
                {user.id === viewerId && <span className="ms-2 text-xs font-normal text-gray-600">({t("you")})</span>}
              </th>
              <td className="break-all px-3 py-2">{user.email}</td>
              <td className="px-3 py-2">{user.emailVerifiedAt ? t("yes") : t("no")}</td>
              <td className={user.status === "suspended" ? "px-3 py-2 font-semibold text-red-800" : "px-3 py-2"}>{t(`status.${user.status}`)}</td>
              <td className="px-3 py-2">{user.roles.length ? new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(user.roles.map((r) => tCommon(`platformRoles.${r}`))) : t("noRoles")}</td>
              <td className="px-3 py-2">
                <UserRoleButtons userId={user.id} name={user.name} roles={user.roles} isSelf={user.id === viewerId} />
                {user.id !== viewerId && <UserStatusButton userId={user.id} name={user.name} status={user.status} version={user.version} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
