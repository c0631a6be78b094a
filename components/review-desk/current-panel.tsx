import { getTranslations } from "next-intl/server";
import { panelRoleOf, type Candidate } from "./types";

/** Who sits (or sat, before recusing) on the panel, with their role and seat status. */
export async function CurrentPanel({ locale, members, panelSize, activeReviewers, hasChair }: { locale: string; members: Candidate[]; panelSize: number; activeReviewers: number; hasChair: boolean }) {
  const t = await getTranslations({ locale, namespace: "reviewDesk.detail" });
  const th = "px-3 py-2 text-start font-semibold text-gray-900";
  return (
    <section aria-labelledby="panel-heading" className="mb-8">
      <h2 id="panel-heading" className="mb-2 text-xl font-semibold">
        {t("panelHeading")}
      </h2>
      <p className="mb-3 text-sm text-gray-700">{t("panelSummary", { reviewers: activeReviewers, size: panelSize, chair: hasChair ? "yes" : "no" })}</p>
      {members.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 p-4 text-gray-700">{t("panelEmpty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-gray-200">
          <table className="min-w-full divide-y divide-gray-200 bg-white text-sm">
            <caption className="sr-only">{t("panelCaption")}</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className={th}>
                  {t("name")}
                </th>
                <th scope="col" className={th}>
                  {t("role")}
                </th>
                <th scope="col" className={th}>
                  {t("seat")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200">
              {members.map((m) => (
                <tr key={m.userId}>
                  <th scope="row" className="px-3 py-2 text-start font-medium text-gray-900">
                    {m.name}
                  </th>
                  <td className="px-3 py-2 text-gray-800">{t(`roles.${panelRoleOf(m) ?? "unknown"}`)}</td>
                  <td className="px-3 py-2 text-gray-800">{t(`seats.${m.standing ?? "active"}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
