import { getFormatter, getTranslations } from "next-intl/server";
import type { FundingSource, OutcomeTarget } from "@/server/vocabulary";
import { RecordTable } from "@/components/ui/record-table";

/** The funding sources of a programme: name, side and contribution. */
export async function FundingTable({ locale, sources, money }: { locale: string; sources: FundingSource[]; money: (amount: number) => string }) {
  const t = await getTranslations({ locale, namespace: "programmes" });
  return (
    <RecordTable
      plain
      dense
      rows={sources}
      rowKey={(_f, i) => String(i)}
      columns={[
        { header: t("facts.fundingSource"), cell: (f) => <bdi>{f.name}</bdi> },
        { header: t("facts.fundingSide"), cell: (f) => t(`fundingSides.${f.side}`) },
        { header: t("facts.fundingAmount"), className: "text-end whitespace-nowrap", cell: (f) => money(f.amount) },
      ]}
    />
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
          {o.description && (
            <span dir="auto" className="block text-gray-700">
              {o.description}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
