import { getTranslations } from "next-intl/server";
import { RecordTable } from "@/components/ui/record-table";
import { MemberActions } from "./member-actions";
import { rowActions } from "./row-actions";
import { SignatoryCell } from "./signatory-cell";
import type { MemberPermissions, MembershipListItem } from "./types";
import { Section } from "@/components/ui/section";

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
  return (
    <Section id="members-heading" title={t("members.title")} headingClassName="mb-1 text-xl font-semibold">
      <p className="mb-3 text-sm text-gray-700">{t("members.count", { count: members.length })}</p>
      {!withActions && institutionActs && <p className="mb-3 text-sm text-gray-700">{t("members.readOnly")}</p>}
      <RecordTable
        labelledBy="members-heading"
        rows={members}
        rowKey={(m) => m.id}
        headerWeight="font-semibold"
        rowClassName="align-top"
        bodyClassName="[&>tr+tr]:border-t [&>tr+tr]:border-gray-200"
        columns={[
          {
            header: t("table.name"),
            rowHeader: true,
            className: "font-medium",
            cell: (m) => (
              <>
                <bdi>{m.userName}</bdi>
                {m.userId === viewerUserId && <span className="ms-1 font-normal text-gray-700">{t("members.you")}</span>}
              </>
            ),
          },
          { header: t("table.email"), dir: "ltr", className: "break-all", cell: (m) => <bdi>{m.userEmail}</bdi> },
          { header: t("table.role"), cell: (m) => tCommon(`membershipRoles.${m.role}`) },
          { header: t("table.signatory"), cell: (m) => <SignatoryCell signatory={m.isSignatory} yes={t("badges.signatory")} no={t("badges.no")} /> },
          withActions && {
            header: t("table.actions"),
            cell: (m) => {
              const may = rowActions(m, members, permissions);
              return (
                <MemberActions
                  member={{ id: m.id, version: m.version, name: m.userName, role: m.role, isSignatory: m.isSignatory }}
                  canPromote={may.promote}
                  canSetSignatory={may.setSignatory}
                  canRemove={may.remove}
                />
              );
            },
          },
        ]}
      />
    </Section>
  );
}
