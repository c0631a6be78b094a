import { getFormatter, getTranslations } from "next-intl/server";
import type { FundingSource, OutcomeTarget } from "@/db/schema/programmes";

/** The funding sources of a programme: name, side and contribution. */
export async function FundingTable({ locale, sources, money }: { locale: string; sources: FundingSource[]; money: (amount: number) => string }) {
  const t = await getTranslations({ locale, namespace: "programmes" });
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead>
          <tr className="border-b border-gray-200 text-start">
            <th scope="col" className="py-1 pe-4 text-start font-medium">
              {t("facts.fundingSource")}
            </th>
            <th scope="col" className="py-1 pe-4 text-start font-medium">
              {t("facts.fundingSide")}
            </th>
            <th scope="col" className="py-1 text-end font-medium">
              {t("facts.fundingAmount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((f, i) => (
            <tr key={i} className="border-b border-gray-100">
              <td className="py-1 pe-4">{f.name}</td>
              <td className="py-1 pe-4">{t(`fundingSides.${f.side}`)}</td>
              <td className="py-1 text-end whitespace-nowrap">{money(f.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Expected outcomes with their targets. */
export async function OutcomeList({ locale, outcomes }: { locale: string; outcomes: OutcomeTarget[] }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), getFormatter({ locale })]);
  return (
    <ul className="space-y-1">
      {outcomes.map((o, i) => (
        <li key={i}>
          <span className="font-medium">{t("facts.labelled", { label: t(`outcomeMetrics.${o.metric}`), value: format.number(o.target) })}</span>
          {o.description && <span className="block text-gray-700">{o.description}</span>}
        </li>
      ))}
    </ul>
  );
}
