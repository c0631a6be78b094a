import { getFormatter, getTranslations } from "next-intl/server";
import type { AgreementStatus } from "@/server/vocabulary";
import { Link } from "@/i18n/navigation";
import { AgreementStatusBadge } from "./status-badge";
import { RecordTable } from "@/components/ui/record-table";

export type ProgrammeAgreementItem = {
  id: string;
  reference: string;
  versionNumber: number;
  title: string;
  status: AgreementStatus;
  parties: string[];
  updatedAt: Date | string;
};

/** The agreements (every version) of one programme: reference and version, title (link), parties, status, last change. */
export async function ProgrammeAgreementsTable({ locale, items }: { locale: string; items: ProgrammeAgreementItem[] }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "agreements" }), getFormatter({ locale })]);
  if (items.length === 0) return <p className="mb-8 text-gray-700">{t("list.empty")}</p>;
  return (
    <RecordTable
      plain
      className="mb-10"
      rows={items}
      rowKey={(a) => a.id}
      rowClassName="align-top"
      columns={[
        {
          header: t("list.agreement"),
          rowHeader: true,
          cell: (a) => (
            <Link href={`/agreements/${a.id}`} className="text-brand-700 underline" dir="auto">
              {a.title}
            </Link>
          ),
        },
        {
          header: t("list.reference"),
          className: "whitespace-nowrap",
          cell: (a) => (
            <>
              <span dir="ltr">{a.reference}</span> · {t("list.versionNumber", { number: a.versionNumber })}
            </>
          ),
        },
        { header: t("view.parties"), cell: (a) => (a.parties.length ? new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(a.parties) : "—") },
        { header: t("list.status"), cell: (a) => <AgreementStatusBadge status={a.status} /> },
        {
          header: t("list.updated"),
          className: "whitespace-nowrap",
          cell: (a) => <time dateTime={new Date(a.updatedAt).toISOString()}>{format.dateTime(new Date(a.updatedAt), { dateStyle: "medium" })}</time>,
        },
      ]}
    />
  );
}
