import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/programmes/markdown";
import type { OutcomeReport, OutcomeTarget } from "@/server/vocabulary";

const th = "py-2 pe-4 text-start font-medium";

/** Expected outcomes and, once completed, what was achieved against each target, as tables. */
export async function OutcomeTables({ locale, outcomes, report }: { locale: string; outcomes: OutcomeTarget[]; report: OutcomeReport | null }) {
  const [t, tp, format] = await Promise.all([
    getTranslations({ locale, namespace: "catalogue" }),
    getTranslations({ locale, namespace: "programmes" }),
    getFormatter({ locale }),
  ]);
  const metric = (m: string) => (tp.has(`outcomeMetrics.${m}`) ? tp(`outcomeMetrics.${m}`) : m);
  return (
    <div className="space-y-4">
      {report ? (
        <>
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <caption className="mb-2 text-start font-semibold">{t("detail.outcomeReport")}</caption>
              <thead>
                <tr className="border-b border-gray-300">
                  <th scope="col" className={th}>{t("detail.outcome")}</th>
                  <th scope="col" className={`${th} text-end`}>{t("detail.target")}</th>
                  <th scope="col" className={`${th} text-end`}>{t("detail.achieved")}</th>
                </tr>
              </thead>
              <tbody>
                {report.results.map((r, i) => (
                  <tr key={i} className="border-b border-gray-100 align-top">
                    <th scope="row" className="py-2 pe-4 text-start font-normal">
                      <span className="font-medium">{metric(r.metric)}</span>
                      {r.description && <span className="block text-gray-700" dir="auto">{r.description}</span>}
                    </th>
                    <td className="py-2 pe-4 text-end">{format.number(r.target)}</td>
                    <td className="py-2 pe-4 text-end">{format.number(r.achieved)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.narrative && (
            <div>
              <h3 className="font-semibold">{t("detail.narrative")}</h3>
              <Markdown headingLevel={4}>{report.narrative}</Markdown>
            </div>
          )}
        </>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="mb-2 text-start font-semibold">{t("detail.expectedOutcomes")}</caption>
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className={th}>{t("detail.outcome")}</th>
                <th scope="col" className={`${th} text-end`}>{t("detail.target")}</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((o, i) => (
                <tr key={i} className="border-b border-gray-100 align-top">
                  <th scope="row" className="py-2 pe-4 text-start font-normal">
                    <span className="font-medium">{metric(o.metric)}</span>
                    {o.description && <span className="block text-gray-700" dir="auto">{o.description}</span>}
                  </th>
                  <td className="py-2 pe-4 text-end">{format.number(o.target)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
