import { getFormatter, getTranslations } from "next-intl/server";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { Link } from "@/i18n/navigation";
import type { Assignment } from "./types";

/** The reviewer's panel seats as a table (scrolls sideways on small screens). */
export async function AssignmentsTable({ locale, items }: { locale: string; items: Assignment[] }) {
  const [t, tr, format] = await Promise.all([
    getTranslations({ locale, namespace: "reviews.workspace" }),
    getTranslations({ locale, namespace: "reviews" }),
    getFormatter({ locale }),
  ]);
  const th = "px-3 py-2 text-start font-semibold";
  const td = "px-3 py-2 align-top";
  return (
    <div role="region" aria-label={t("caption")} tabIndex={0} className="overflow-x-auto rounded border border-gray-200 focus-visible:outline-2 focus-visible:outline-brand-700">
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={th}>{t("columns.reference")}</th>
            <th scope="col" className={th}>{t("columns.title")}</th>
            <th scope="col" className={th}>{t("columns.lead")}</th>
            <th scope="col" className={th}>{t("columns.status")}</th>
            <th scope="col" className={th}>{t("columns.role")}</th>
            <th scope="col" className={th}>{t("columns.seat")}</th>
            <th scope="col" className={th}>{t("columns.reviews")}</th>
            <th scope="col" className={th}>{t("columns.todo")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200 bg-white">
          {items.map((item) => (
            <tr key={item.programmeId} className={item.needsMyReview ? "bg-amber-50" : undefined}>
              <th scope="row" className={`${td} whitespace-nowrap text-start font-mono font-medium`}>
                {item.reference}
              </th>
              <td className={td}>
                {item.seat === "active" ? (
                  <Link href={`/reviews/${item.programmeId}`} className="font-medium text-brand-700 underline hover:no-underline">
                    {item.title}
                  </Link>
                ) : (
                  <span className="font-medium">{item.title}</span>
                )}
                <div className="text-xs text-gray-600">{t("revision", { number: item.revision })}</div>
              </td>
              <td className={td}>{item.leadName}</td>
              <td className={td}>
                <ProgrammeStatusBadge status={item.status} />
              </td>
              <td className={td}>{tr(`roles.${item.role}`)}</td>
              <td className={td}>{tr(`seats.${item.seat}`)}</td>
              <td className={`${td} tabular-nums`}>{format.number(item.reviews)}</td>
              <td className={td}>
                {item.needsMyReview ? (
                  <span className="inline-block rounded bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950">{t("needsMyReview")}</span>
                ) : (
                  <span className="text-gray-600">{t("nothingToDo")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
