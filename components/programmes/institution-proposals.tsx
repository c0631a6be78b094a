import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ViewOf } from "@/server/pages/page-read";
import type { manageInstitutionPage } from "@/server/pages/dashboard/institution";
import { ProgrammeStatusBadge } from "./status-badge";

/**
 * The "Proposals" section of an institution's manage page: its programmes with status and
 * links, and (for members of a verified institution) a "New proposal" link.
 */
export async function InstitutionProposals({
  locale,
  institutionId,
  canCreate,
  verified,
  items,
}: {
  locale: string;
  institutionId: string;
  canCreate: boolean;
  verified: boolean;
  /** The institution's programmes, read with the page. */
  items: ViewOf<typeof manageInstitutionPage>["proposals"];
}) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), getFormatter({ locale })]);
  return (
    <section aria-labelledby="proposals-heading" className="mb-10">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="proposals-heading" className="text-xl font-semibold">
          {t("list.title")}
        </h2>
        {canCreate && (
          <Link
            href={{ pathname: "/proposals/new", query: { institution: institutionId } }}
            className="inline-flex min-h-10 items-center justify-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t("actions.newProposal")}
          </Link>
        )}
      </div>
      {!verified && <p className="mb-3 text-sm text-gray-700">{t("list.notVerified")}</p>}
      {items.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-sm text-gray-700">{t("list.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-gray-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  {t("list.proposal")}
                </th>
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  {t("list.reference")}
                </th>
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  {t("list.status")}
                </th>
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  {t("list.revision")}
                </th>
                <th scope="col" className="px-3 py-2 text-start font-medium">
                  {t("list.updated")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="px-3 py-2 text-start font-normal">
                    <Link href={`/proposals/${p.id}`} className="font-medium text-brand-700 underline">
                      {p.title}
                    </Link>
                  </th>
                  <td className="px-3 py-2 whitespace-nowrap" dir="ltr">
                    {p.reference}
                  </td>
                  <td className="px-3 py-2">
                    <ProgrammeStatusBadge status={p.status} />
                  </td>
                  <td className="px-3 py-2">{p.currentRevision > 0 ? format.number(p.currentRevision) : t("list.noRevision")}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(new Date(p.updatedAt), { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
