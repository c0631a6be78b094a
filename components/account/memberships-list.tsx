import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ViewerMembership } from "@/server/authz/viewer";
import { RecordTable } from "@/components/ui/record-table";

/** The viewer's active memberships, each linking to the institution's page. */
export async function MembershipsList({ locale, memberships }: { locale: string; memberships: readonly ViewerMembership[] }) {
  const [t, tCommon] = await Promise.all([getTranslations({ locale, namespace: "auth" }), getTranslations({ locale, namespace: "common" })]);
  if (memberships.length === 0) {
    return (
      <p className="text-gray-700">
        {t("account.noMemberships")}{" "}
        <Link href="/institutions" className="font-medium text-brand-700 underline hover:text-brand-800">
          {t("account.browseInstitutions")}
        </Link>
      </p>
    );
  }
  const sorted = [...memberships].sort((a, b) => a.institutionName.localeCompare(b.institutionName, locale));
  return (
    <RecordTable
      plain
      caption={t("account.membershipsCaption")}
      rows={sorted}
      rowKey={(m) => m.membershipId}
      headerWeight="font-semibold"
      columns={[
        {
          header: t("account.institution"),
          rowHeader: true,
          cell: (m) => (
            <Link href={`/institutions/${m.institutionId}`} className="font-medium text-brand-700 underline hover:text-brand-800">
              {m.institutionName}
            </Link>
          ),
        },
        {
          header: t("account.role"),
          cell: (m) => (
            <>
              {tCommon(`membershipRoles.${m.role}`)}
              {m.isSignatory && <span className="ms-2 rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800">{t("account.signatory")}</span>}
            </>
          ),
        },
        { header: t("account.institutionStatus"), cell: (m) => tCommon(`institutionStatuses.${m.institutionStatus}`) },
      ]}
    />
  );
}
