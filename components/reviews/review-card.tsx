import { getFormatter, getTranslations } from "next-intl/server";
import type { Recommendation } from "@/server/vocabulary";
import type { Criterion } from "./types";

export type ReviewCardData = {
  scores: Record<string, number>;
  weightedScore: number;
  recommendation: Recommendation;
  commentsToProposer: string;
  confidentialComments: string | null;
  submittedAt?: Date | string | null;
};

/** One submitted review: scores per criterion, weighted score, recommendation and comments. */
export async function ReviewCard({ locale, heading, id, criteria, review }: { locale: string; heading: string; id: string; criteria: Criterion[]; review: ReviewCardData }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "reviews" }), getFormatter({ locale })]);
  const name = (code: string) => (t.has(`criteria.${code}`) ? t(`criteria.${code}`) : code);
  const score = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const th = "px-3 py-1.5 text-start font-medium";
  return (
    <article aria-labelledby={id} className="mb-6 rounded border border-gray-200 bg-white p-4">
      <h3 id={id} className="text-lg font-semibold">
        {heading}
      </h3>
      {review.submittedAt && <p className="text-sm text-gray-600">{t("review.submittedOn", { date: format.dateTime(new Date(review.submittedAt), { dateStyle: "medium" }) })}</p>}
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("review.weightedScore")}</dt>
        <dd className="tabular-nums">{t("review.weightedValue", { score: score(review.weightedScore) })}</dd>
        <dt className="font-medium">{t("review.recommendation")}</dt>
        <dd>{t(`recommendations.${review.recommendation}`)}</dd>
      </dl>
      <div className="mt-3">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("review.scoresCaption")}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className={th}>{t("review.criterion")}</th>
              <th scope="col" className={th}>{t("review.weight")}</th>
              <th scope="col" className={th}>{t("review.score")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {criteria.map((c) => (
              <tr key={c.code}>
                <th scope="row" className="px-3 py-1.5 text-start font-normal">{name(c.code)}</th>
                <td className="px-3 py-1.5 tabular-nums">{format.number(c.weight)}</td>
                <td className="px-3 py-1.5 font-semibold tabular-nums">{review.scores[c.code] !== undefined ? format.number(review.scores[c.code]!) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4 className="mt-4 text-sm font-semibold">{t("review.comments")}</h4>
      <p dir="auto" className="mt-1 whitespace-pre-line break-words text-sm text-gray-900">
        {review.commentsToProposer}
      </p>
      {review.confidentialComments !== null && (
        <>
          <h4 className="mt-4 text-sm font-semibold">{t("review.confidential")}</h4>
          {review.confidentialComments.trim() ? (
            <p dir="auto" className="mt-1 whitespace-pre-line break-words text-sm text-gray-900">
              {review.confidentialComments}
            </p>
          ) : (
            <p className="mt-1 text-sm text-gray-900">{t("review.none")}</p>
          )}
        </>
      )}
    </article>
  );
}
