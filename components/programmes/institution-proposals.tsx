import { getFormatter, getTranslations } from "next-intl/server";
import { RecordTable } from "@/components/ui/record-table";
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
        <RecordTable
          rows={items}
          rowKey={(p) => p.id}
          columns={[
            {
              header: t("list.proposal"),
              rowHeader: true,
              cell: (p) => (
                <Link href={`/proposals/${p.id}`} className="font-medium text-brand-700 underline">
                  {p.title}
                </Link>
              ),
            },
            { header: t("list.reference"), dir: "ltr", className: "whitespace-nowrap", cell: (p) => p.reference },
            { header: t("list.status"), cell: (p) => <ProgrammeStatusBadge status={p.status} /> },
            { header: t("list.revision"), cell: (p) => (p.currentRevision > 0 ? format.number(p.currentRevision) : t("list.noRevision")) },
            { header: t("list.updated"), className: "whitespace-nowrap", cell: (p) => format.dateTime(new Date(p.updatedAt), { dateStyle: "medium" }) },
          ]}
        />
      )}
    </section>
  );
}
