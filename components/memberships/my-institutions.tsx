import { getTranslations } from "next-intl/server";
import { InstitutionStatusBadge } from "@/components/institutions/status-badge";
import { Alert } from "@/components/ui/alert";
import { RecordTable } from "@/components/ui/record-table";
import { Link } from "@/i18n/navigation";
import { SignatoryCell } from "./signatory-cell";
import type { MyMembership } from "./types";
import { countryNames } from "@/i18n/reference-names";
import { Section } from "@/components/ui/section";

/** The viewer's active memberships: role, signatory flag, institution status, link to its page. */
export async function MyInstitutions({ locale, memberships }: { locale: string; memberships: MyMembership[] }) {
  const [t, tCommon] = await Promise.all([getTranslations({ locale, namespace: "dashboard" }), getTranslations({ locale, namespace: "common" })]);
  const countryName = countryNames(locale);
  const suspended = memberships.filter((m) => m.institutionStatus === "suspended");
  const rejected = memberships.filter((m) => m.institutionStatus === "rejected");
  return (
    <Section id="my-institutions-heading" title={t("overview.myInstitutions")} className="mb-10">
      {suspended.map((m) => (
        <Alert key={m.id} tone="info">
          {t("overview.suspendedNotice", { institution: m.institutionName })}
        </Alert>
      ))}
      {rejected.map((m) => (
        <Alert key={m.id} tone="info">
          {t("overview.rejectedNotice", { institution: m.institutionName })}
        </Alert>
      ))}
      {memberships.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-sm text-gray-700">{t("overview.myInstitutionsEmpty")}</p>
      ) : (
        <RecordTable
          labelledBy="my-institutions-heading"
          rows={memberships}
          rowKey={(m) => m.id}
          headerWeight="font-semibold"
          bodyClassName="[&>tr+tr]:border-t [&>tr+tr]:border-gray-200"
          columns={[
            {
              header: t("table.institution"),
              rowHeader: true,
              className: "font-medium",
              cell: (m) => (
                <Link href={`/dashboard/institutions/${m.institutionId}`} className="text-brand-700 underline hover:text-brand-800">
                  {m.institutionName}
                </Link>
              ),
            },
            { header: t("table.country"), cell: (m) => countryName(m.countryCode) },
            { header: t("table.role"), cell: (m) => tCommon(`membershipRoles.${m.role}`) },
            { header: t("table.signatory"), cell: (m) => <SignatoryCell signatory={m.isSignatory} yes={t("badges.signatory")} no={t("badges.no")} /> },
            {
              header: t("table.status"),
              cell: (m) => <InstitutionStatusBadge status={m.institutionStatus} label={tCommon(`institutionStatuses.${m.institutionStatus}`)} />,
            },
          ]}
        />
      )}
    </Section>
  );
}
