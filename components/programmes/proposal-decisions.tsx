import { getFormatter, getTranslations } from "next-intl/server";
import type { DecisionOutcome } from "@/server/vocabulary";
import { Section } from "@/components/ui/section";

type Decision = { revisionNumber: number; outcome: DecisionOutcome; letter: string; createdAt: Date | string; overrideReason: string | null };
type Feedback = { revisionNumber: number; comments: string };

const TONES: Record<DecisionOutcome, string> = {
  approve: "border-green-300 bg-green-50 text-green-900",
  request_changes: "border-amber-300 bg-amber-50 text-amber-900",
  reject: "border-red-300 bg-red-50 text-red-900",
};

/**
 * Each decision with its letter and the panel's comments meant for the proposer, newest
 * first. Comments are numbered, never attributed: no reviewer identity is ever shown.
 */
export async function ProposalDecisions({ locale, decisions, feedback }: { locale: string; decisions: readonly Decision[]; feedback: readonly Feedback[] }) {
  if (decisions.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "programmes" }), getFormatter({ locale })]);
  const newestFirst = [...decisions].sort((a, b) => b.revisionNumber - a.revisionNumber);
  return (
    <Section id="decisions-heading" title={t("view.decisions")} className="mb-10">
      <div className="space-y-6">
        {newestFirst.map((d) => {
          const comments = feedback.filter((f) => f.revisionNumber === d.revisionNumber && f.comments.trim() !== "");
          const when = new Date(d.createdAt);
          return (
            <article key={d.revisionNumber} aria-labelledby={`decision-${d.revisionNumber}`} className="rounded border border-gray-200 bg-white p-4">
              <div className="mb-2 flex flex-wrap items-center gap-3">
                <h3 id={`decision-${d.revisionNumber}`} className="text-lg font-semibold">
                  {t("view.decisionOn", { number: d.revisionNumber })}
                </h3>
                <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${TONES[d.outcome]}`}>{t(`decisionOutcomes.${d.outcome}`)}</span>
              </div>
              <p className="mb-3 text-sm text-gray-700">{t("view.decidedOn", { date: format.dateTime(when, { dateStyle: "long" }) })}</p>
              <h4 className="mb-1 font-semibold">{t("view.letter")}</h4>
              <div dir="auto" className="mb-4 rounded bg-gray-50 p-3 whitespace-pre-line">
                {d.letter}
              </div>
              {d.overrideReason && (
                <>
                  <h4 className="mb-1 font-semibold">{t("view.overrideReason")}</h4>
                  <p dir="auto" className="mb-4 whitespace-pre-line">
                    {d.overrideReason}
                  </p>
                </>
              )}
              <h4 className="mb-1 font-semibold">{t("view.feedback")}</h4>
              {comments.length === 0 ? (
                <p className="text-gray-700">{t("view.noFeedback")}</p>
              ) : (
                <ol className="space-y-3">
                  {comments.map((c, i) => (
                    <li key={i} className="rounded border border-gray-100 p-3">
                      <p className="mb-1 text-sm font-medium text-gray-700">{t("view.feedbackItem", { number: i + 1 })}</p>
                      <p dir="auto" className="whitespace-pre-line">
                        {c.comments}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
            </article>
          );
        })}
      </div>
    </Section>
  );
}
