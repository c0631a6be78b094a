import { getFormatter, getTranslations } from "next-intl/server";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { RecordTable } from "@/components/ui/record-table";
import { Link } from "@/i18n/navigation";
import type { Assignment } from "./types";

/** The reviewer's panel seats as a table (scrolls sideways on small screens). */
export async function AssignmentsTable({ locale, items }: { locale: string; items: Assignment[] }) {
  const [t, tr, format] = await Promise.all([
    getTranslations({ locale, namespace: "reviews.workspace" }),
    getTranslations({ locale, namespace: "reviews" }),
    getFormatter({ locale }),
  ]);
  return (
    <RecordTable
      caption={t("caption")}
      scrollRegion
      rows={items}
      rowKey={(item) => item.programmeId}
      rowClassName={(item) => (item.needsMyReview ? "bg-amber-50" : undefined)}
      headerWeight="font-semibold"
      bodyClassName="divide-y divide-gray-200 [&_td]:align-top [&_th]:align-top"
      columns={[
        { header: t("columns.reference"), rowHeader: true, className: "whitespace-nowrap font-mono font-medium", cell: (item) => item.reference },
        {
          header: t("columns.title"),
          cell: (item) => (
            <>
              {item.seat === "active" ? (
                <Link href={`/reviews/${item.programmeId}`} className="font-medium text-brand-700 underline hover:no-underline">
                  {item.title}
                </Link>
              ) : (
                <span className="font-medium">{item.title}</span>
              )}
              <div className="text-xs text-gray-600">{t("revision", { number: item.revision })}</div>
            </>
          ),
        },
        { header: t("columns.lead"), cell: (item) => item.leadName },
        { header: t("columns.status"), cell: (item) => <ProgrammeStatusBadge status={item.status} /> },
        { header: t("columns.role"), cell: (item) => tr(`roles.${item.role}`) },
        { header: t("columns.seat"), cell: (item) => tr(`seats.${item.seat}`) },
        { header: t("columns.reviews"), className: "tabular-nums", cell: (item) => format.number(item.reviews) },
        {
          header: t("columns.todo"),
          cell: (item) =>
            item.needsMyReview ? (
              <span className="inline-block rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950">{t("needsMyReview")}</span>
            ) : (
              <span className="text-gray-600">{t("nothingToDo")}</span>
            ),
        },
      ]}
    />
  );
}
