import { getTranslations } from "next-intl/server";
import { InstitutionStatusBadge, Pill } from "@/components/institutions/status-badge";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import type { MyMembership } from "./types";
import { countryNames } from "@/i18n/reference-names";

/** The viewer's active memberships: role, signatory flag, institution status, link to its page. */
export async function MyInstitutions({ locale, memberships }: { locale: string; memberships: MyMembership[] }) {
  const [t, tCommon] = await Promise.all([getTranslations({ locale, namespace: "dashboard" }), getTranslations({ locale, namespace: "common" })]);
  const countryName = countryNames(locale);
  const suspended = memberships.filter((m) => m.institutionStatus === "suspended");
  const rejected = memberships.filter((m) => m.institutionStatus === "rejected");
  const th = "px-3 py-2 text-start font-semibold";
  return (
    <section aria-labelledby="my-institutions-heading" className="mb-10">
      <h2 id="my-institutions-heading" className="mb-3 text-xl font-semibold">
        {t("overview.myInstitutions")}
      </h2>
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
        <div className="overflow-x-auto rounded border border-gray-200 bg-white">
          <table className="min-w-full text-sm" aria-labelledby="my-institutions-heading">
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className={th}>{t("table.institution")}</th>
                <th scope="col" className={th}>{t("table.country")}</th>
                <th scope="col" className={th}>{t("table.role")}</th>
                <th scope="col" className={th}>{t("table.signatory")}</th>
                <th scope="col" className={th}>{t("table.status")}</th>
              </tr>
            </thead>
            <tbody>
              {memberships.map((m) => (
                <tr key={m.id} className="border-t border-gray-200">
                  <th scope="row" className="px-3 py-2 text-start font-medium">
                    <Link href={`/dashboard/institutions/${m.institutionId}`} className="text-brand-700 underline hover:text-brand-800">
                      {m.institutionName}
                    </Link>
                  </th>
                  <td className="px-3 py-2">{countryName(m.countryCode)}</td>
                  <td className="px-3 py-2">{tCommon(`membershipRoles.${m.role}`)}</td>
                  <td className="px-3 py-2">{m.isSignatory ? <Pill>{t("badges.signatory")}</Pill> : <span className="text-gray-700">{t("badges.no")}</span>}</td>
                  <td className="px-3 py-2">
                    <InstitutionStatusBadge status={m.institutionStatus} label={tCommon(`institutionStatuses.${m.institutionStatus}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
