import type { getReviewSheet } from "@/server/reviews/get-review-sheet";
import type { listMyAssignments } from "@/server/reviews/list-review-work";

/** One panel seat of the signed-in reviewer (reviews.myAssignments). */
export type Assignment = Awaited<ReturnType<typeof listMyAssignments>>["items"][number];

/** What reviews.sheet answers. */
export type ReviewSheet = Awaited<ReturnType<typeof getReviewSheet>>;
/** A rubric criterion in force: its code and weight. */
export type Criterion = ReviewSheet["criteria"][number];
/** Another panel member's review, as the API shows it to this viewer. */
export type PanelReview = ReviewSheet["reviews"][number];
