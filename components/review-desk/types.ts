import type { inferRouterOutputs } from "@trpc/server";
import type { listReviewDesk } from "@/server/reviews/list-review-work";
import type { AppRouter } from "@/server/trpc/root";

type Outputs = inferRouterOutputs<AppRouter>;

/** As the server caller returns it (dates are Date objects there, strings over HTTP). */
export type DeskItem = Awaited<ReturnType<typeof listReviewDesk>>[number];
export type PanelProposal = Outputs["reviews"]["suggestPanel"];
export type Candidate = PanelProposal["candidates"][number];
export type ConflictReason = NonNullable<Candidate["conflict"]>;
export type RubricCriterion = Outputs["reviews"]["rubric"][number];

export type PanelRole = "chair" | "reviewer";

/**
 * A panel member's role, when the candidates list carries it. reviews.suggestPanel does not
 * (yet) return the role of a seat, so this answers null until it does.
 */
export function panelRoleOf(candidate: Candidate): PanelRole | null {
  if (!("role" in candidate)) return null;
  const role: unknown = candidate.role;
  return role === "chair" || role === "reviewer" ? role : null;
}

/** M49 region names as stored (named through i18n/reference-names); unknown ones are shown as they are. */
export const REGION_KEYS = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;
