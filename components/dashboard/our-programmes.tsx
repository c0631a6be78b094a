import { getFormatter, getTranslations } from "next-intl/server";
import type { ProgrammeStatus } from "@/db/schema/programmes";
import { ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { Link } from "@/i18n/navigation";

type Item = { id: string; reference: string; title: string; status: ProgrammeStatus; updatedAt: Date | string };

/** "Our proposals" (before publication) or "Our programmes" (led, published): title, reference, status, last change. */
export async function OurProgrammes({ locale, institutionId, kind, items }: { locale: string; institutionId: string; kind: "proposals" | "programmes"; items: Item[] }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "dashboard.work" }), getFormatter({ locale })]);
  const headingId = `${kind}-${institutionId}`;
  const th = "px-3 py-2 text-start font-medium";
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h3 id={headingId} className="mb-2 text-lg font-semibold">
        {t(kind)}
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-gray-700">{t(kind === "proposals" ? "proposalsEmpty" : "programmesEmpty")}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-gray-200 bg-white">
          <table className="min-w-full text-sm" aria-labelledby={headingId}>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className={th}>
                  {t("programmeTitle")}
                </th>
                <th scope="col" className={th}>
                  {t("reference")}
                </th>
                <th scope="col" className={th}>
                  {t("status")}
                </th>
                <th scope="col" className={th}>
                  {t("updated")}
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
