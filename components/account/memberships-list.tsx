import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ViewerMembership } from "@/server/authz/viewer";

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
    <div className="overflow-x-auto">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">{t("account.membershipsCaption")}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pe-4 text-start font-semibold">
              {t("account.institution")}
            </th>
            <th scope="col" className="py-2 pe-4 text-start font-semibold">
              {t("account.role")}
            </th>
            <th scope="col" className="py-2 text-start font-semibold">
              {t("account.institutionStatus")}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((m) => (
            <tr key={m.membershipId} className="border-b border-gray-200">
              <th scope="row" className="py-2 pe-4 text-start font-normal">
                <Link href={`/institutions/${m.institutionId}`} className="font-medium text-brand-700 underline hover:text-brand-800">
                  {m.institutionName}
                </Link>
              </th>
              <td className="py-2 pe-4">
                {tCommon(`membershipRoles.${m.role}`)}
                {m.isSignatory && <span className="ms-2 rounded bg-brand-50 px-2 py-0.5 text-xs text-brand-800">{t("account.signatory")}</span>}
              </td>
              <td className="py-2">{tCommon(`institutionStatuses.${m.institutionStatus}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
