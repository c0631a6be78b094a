import { getFormatter, getTranslations } from "next-intl/server";
import type { AgreementStatus } from "@/db/schema/agreements";
import { Link } from "@/i18n/navigation";
import { AgreementStatusBadge } from "./status-badge";

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
    <div className="mb-10 overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pe-4 text-start font-medium">{t("list.agreement")}</th>
            <th scope="col" className="py-2 pe-4 text-start font-medium">{t("list.reference")}</th>
            <th scope="col" className="py-2 pe-4 text-start font-medium">{t("view.parties")}</th>
            <th scope="col" className="py-2 pe-4 text-start font-medium">{t("list.status")}</th>
            <th scope="col" className="py-2 text-start font-medium">{t("list.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className="border-b border-gray-100 align-top">
              <th scope="row" className="py-2 pe-4 text-start font-normal">
                <Link href={`/agreements/${a.id}`} className="text-brand-700 underline" dir="auto">
                  {a.title}
                </Link>
              </th>
              <td className="py-2 pe-4 whitespace-nowrap">
                <span dir="ltr">{a.reference}</span> · {t("list.versionNumber", { number: a.versionNumber })}
              </td>
              <td className="py-2 pe-4">{a.parties.length ? new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(a.parties) : "—"}</td>
              <td className="py-2 pe-4">
                <AgreementStatusBadge status={a.status} />
              </td>
              <td className="py-2 whitespace-nowrap">
                <time dateTime={new Date(a.updatedAt).toISOString()}>{format.dateTime(new Date(a.updatedAt), { dateStyle: "medium" })}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
