import type { Change } from "../audit/changes";

/** A reviewer's work on a panel, and the rubric. Keys name the assignment or revision (`assignment:<id>`, `review:r<n>`). */
export type ReviewAuditEvents = {
  "review.submit": { objectType: "programme"; changes: Record<`review:r${number}`, Change<string | null>>; context: object };
  "review.recuse": { objectType: "programme"; changes: Record<`assignment:${string}`, Change<string>>; context: { reason: string } };
  "review.configure_rubric": { objectType: "rubric"; changes: Record<string, Change<unknown>>; context: object };
};
