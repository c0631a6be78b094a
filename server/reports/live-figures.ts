import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { assembleFigures, computeFigures } from "./compute-figures";
import { DEFAULT_THRESHOLD, suppressFigures } from "./suppress";

/** The admin dashboard: the figures of any period, computed now, exact and as the public would see them. */
export async function liveFigures(ctx: UseCaseContext, input: { periodStart: string; periodEnd: string; suppressionThreshold?: number }) {
  assertCan(ctx.viewer, "report.liveFigures");
  const threshold = input.suppressionThreshold ?? DEFAULT_THRESHOLD;
  const counts = await computeFigures(ctx.db, { start: input.periodStart, end: input.periodEnd });
  const figures = assembleFigures(counts, { start: input.periodStart, end: input.periodEnd, threshold, computedAt: new Date() });
  return { figures, publicFigures: suppressFigures(figures, threshold) };
}
