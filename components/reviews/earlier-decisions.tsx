import { getFormatter, getTranslations } from "next-intl/server";
import type { DecisionOutcome } from "@/server/vocabulary";

type Decision = { revisionNumber: number; outcome: DecisionOutcome; letter: string; createdAt: Date | string; overrideReason: string | null };

/** Decisions already recorded on this proposal (e.g. the changes requested on revision 1), with their letters. */
export async function EarlierDecisions({ locale, decisions }: { locale: string; decisions: Decision[] }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "reviews" }), getFormatter({ locale })]);
  return (
    <ol className="space-y-4">
      {decisions.map((d) => (
        <li key={d.revisionNumber} className="rounded border border-gray-200 bg-white p-4">
          <h3 className="font-semibold">
            {t("earlier.item", { revision: d.revisionNumber, outcome: t(`outcomes.${d.outcome}`), date: format.dateTime(new Date(d.createdAt), { dateStyle: "medium" }) })}
          </h3>
          <p dir="auto" className="mt-2 whitespace-pre-line break-words text-sm">
            {d.letter}
          </p>
          {d.overrideReason && (
            <p className="mt-2 text-sm text-gray-700">
              <span className="font-medium">{t("decision.override")}:</span> {d.overrideReason}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
