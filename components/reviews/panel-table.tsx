import { getFormatter, getTranslations } from "next-intl/server";
import type { Criterion, PanelReview } from "./types";

/**
 * For the chair and admins: every submitted review's scores beside that reviewer's own mean
 * weighted score over all their reviews, so a harsh or lenient reviewer can be read in context.
 */
export async function PanelTable({ locale, criteria, reviews }: { locale: string; criteria: Criterion[]; reviews: PanelReview[] }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "reviews" }), getFormatter({ locale })]);
  if (reviews.length === 0) return <p className="rounded border border-dashed border-gray-300 p-4 text-gray-700">{t("panel.none")}</p>;
  const name = (code: string) => (t.has(`criteria.${code}`) ? t(`criteria.${code}`) : code);
  const two = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const th = "px-2 py-2 text-start align-bottom text-xs font-semibold";
  const td = "px-2 py-2 align-top tabular-nums";
  const difference = (r: PanelReview) => {
    if (r.reviewerMean === null) return "–";
    const d = Math.round((r.weightedScore - r.reviewerMean) * 100) / 100;
    if (d === 0) return t("panel.equal");
    return d > 0 ? t("panel.above", { value: two(d) }) : t("panel.below", { value: two(-d) });
  };
  return (
    // Focusable so keyboard users can scroll the wide table sideways on small screens.
    <div role="region" aria-label={t("panel.caption")} tabIndex={0} className="overflow-x-auto rounded border border-gray-200 focus-visible:outline-2 focus-visible:outline-brand-700">
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption className="sr-only">{t("panel.caption")}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={th}>{t("panel.reviewer")}</th>
            {criteria.map((c) => (
              <th key={c.code} scope="col" className={`${th} min-w-20 font-medium`}>
                {name(c.code)}
              </th>
            ))}
            <th scope="col" className={th}>{t("panel.weighted")}</th>
            <th scope="col" className={th}>{t("panel.mean")}</th>
            <th scope="col" className={th}>{t("panel.difference")}</th>
            <th scope="col" className={th}>{t("panel.recommendation")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200 bg-white">
          {reviews.map((r, index) => (
            <tr key={`${r.label}-${index}`}>
              <th scope="row" className="px-2 py-2 text-start align-top font-medium">
                {r.label}
                {r.formerReviewer && <span className="mt-1 block text-xs font-normal text-amber-900">{t("panel.formerReviewer")}</span>}
              </th>
              {criteria.map((c) => (
                <td key={c.code} className={td}>
                  {r.scores[c.code] !== undefined ? format.number(r.scores[c.code]!) : "–"}
                </td>
              ))}
              <td className={`${td} font-semibold`}>{two(r.weightedScore)}</td>
              <td className={td}>
                {r.reviewerMean === null ? "–" : t("panel.meanValue", { mean: two(r.reviewerMean), count: r.reviewerReviewCount ?? 0 })}
              </td>
              <td className={td}>{difference(r)}</td>
              <td className="px-2 py-2 align-top">{t(`recommendations.${r.recommendation}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
