import { getTranslations } from "next-intl/server";
import { ReviewCard } from "./review-card";
import type { Criterion, PanelReview } from "./types";

/** The other panel members' reviews, labelled as the API gives them (numbers for reviewers, names for the chair and admins). */
export async function OtherReviews({ locale, criteria, reviews }: { locale: string; criteria: Criterion[]; reviews: PanelReview[] }) {
  const [t, tPanel] = await Promise.all([getTranslations({ locale, namespace: "reviews.others" }), getTranslations({ locale, namespace: "reviews.panel" })]);
  return (
    <div>
      {reviews.map((r, index) => (
        <ReviewCard key={`${r.label}-${index}`} locale={locale} id={`review-${index}`} heading={r.formerReviewer ? `${t("reviewHeading", { label: r.label })} — ${tPanel("formerReviewer")}` : t("reviewHeading", { label: r.label })} criteria={criteria} review={r} />
      ))}
    </div>
  );
}
