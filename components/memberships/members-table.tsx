import { getTranslations } from "next-intl/server";
import { Pill } from "@/components/institutions/status-badge";
import { MemberActions } from "./member-actions";
import type { MemberPermissions, MembershipListItem } from "./types";

/** Active members; owners get the row actions, everyone else a read-only table. */
export async function MembersTable({
  locale,
  members,
  permissions,
  viewerUserId,
  institutionActs,
}: {
  locale: string;
  /** False while the institution is suspended or rejected: the status notice already explains why nothing can change. */
  institutionActs: boolean;
  members: MembershipListItem[];
  permissions: MemberPermissions;
  viewerUserId: string;
}) {
  const [t, tCommon] = await Promise.all([getTranslations({ locale, namespace: "dashboard" }), getTranslations({ locale, namespace: "common" })]);
  const withActions = permissions.promote || permissions.setSignatory || permissions.remove;
  const th = "px-3 py-2 text-start font-semibold";
  return (
    <section aria-labelledby="members-heading" className="mb-8">
      <h2 id="members-heading" className="mb-1 text-xl font-semibold">
        {t("members.title")}
      </h2>
      <p className="mb-3 text-sm text-gray-700">{t("members.count", { count: members.length })}</p>
      {!withActions && institutionActs && <p className="mb-3 text-sm text-gray-700">{t("members.readOnly")}</p>}
      <div className="overflow-x-auto rounded border border-gray-200 bg-white">
        <table className="min-w-full text-sm" aria-labelledby="members-heading">
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className={th}>{t("table.name")}</th>
              <th scope="col" className={th}>{t("table.email")}</th>
              <th scope="col" className={th}>{t("table.role")}</th>
              <th scope="col" className={th}>{t("table.signatory")}</th>
              {withActions && <th scope="col" className={th}>{t("table.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} className="border-t border-gray-200 align-top">
                <th scope="row" className="px-3 py-2 text-start font-medium">
                  {m.userName}
                  {m.userId === viewerUserId && <span className="ms-1 font-normal text-gray-700">{t("members.you")}</span>}
                </th>
                <td className="px-3 py-2 break-all" dir="ltr">
                  {m.userEmail}
                </td>
                <td className="px-3 py-2">{tCommon(`membershipRoles.${m.role}`)}</td>
                <td className="px-3 py-2">{m.isSignatory ? <Pill>{t("badges.signatory")}</Pill> : <span className="text-gray-700">{t("badges.no")}</span>}</td>
                {withActions && (
                  <td className="px-3 py-2">
                    <MemberActions
                      member={{ id: m.id, version: m.version, name: m.userName, role: m.role, isSignatory: m.isSignatory }}
                      canPromote={permissions.promote}
                      canSetSignatory={permissions.setSignatory}
                      canRemove={permissions.remove}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
