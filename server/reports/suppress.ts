// Small-count suppression for public figures. Pure; the rule, also given in the methodology:
//  1. every count below the threshold T (default 5) is shown as "<T" — pages, JSON and CSV alike;
//  2. a breakdown whose parts could be recovered from its total (total minus the shown parts)
//     never has exactly one suppressed part: the smallest other part is suppressed too;
//  3. a rate or median computed from a suppressed count is withheld (null), and so is the
//     denominator of the approval rate when either of its parts is suppressed;
//  4. a budget amount is withheld (null) when fewer than T programmes contribute to it, and,
//     within one currency, never alone (the smallest other amount is withheld too), because the
//     budgets by working area and by side add up to the same total.
import type { Bucket, BudgetRow, Cell, FlowRow, PublicFigures, ReportFigures } from "./figures";

export const DEFAULT_THRESHOLD = 5;

export const suppressedCell = (threshold: number): Cell => `<${threshold}`;
export const isSuppressed = (cell: Cell | number | null): boolean => typeof cell === "string";

/** Rule 1: one count. */
export function cell(count: number, threshold: number): Cell {
  return count < threshold ? suppressedCell(threshold) : count;
}

/** Which items to suppress: those below the threshold, plus the smallest other one if only one is (rule 2). */
function suppressedIndexes(counts: readonly number[], threshold: number): Set<number> {
  const hidden = new Set(counts.flatMap((c, i) => (c < threshold ? [i] : [])));
  if (hidden.size === 1 && counts.length > 1) {
    let smallest = -1;
    counts.forEach((c, i) => {
      if (!hidden.has(i) && (smallest < 0 || c < counts[smallest]!)) smallest = i;
    });
    hidden.add(smallest);
  }
  return hidden;
}

/** Rules 1 and 2 for a breakdown. */
export function suppressBuckets(list: readonly Bucket[], threshold: number): Bucket<Cell>[] {
  const hidden = suppressedIndexes(list.map((b) => b.count), threshold);
  return list.map((b, i) => ({ ...b, count: hidden.has(i) ? suppressedCell(threshold) : b.count }));
}

export function suppressFlows(list: readonly FlowRow[], threshold: number): FlowRow<Cell>[] {
  const hidden = suppressedIndexes(list.map((f) => f.count), threshold);
  return list.map((f, i) => ({ ...f, count: hidden.has(i) ? suppressedCell(threshold) : f.count }));
}

/** Rule 4, per currency. */
export function suppressBudgets(list: readonly BudgetRow[], threshold: number): BudgetRow<Cell>[] {
  const withheld = new Set<number>();
  const currencies = [...new Set(list.map((r) => r.currency))];
  for (const currency of currencies) {
    const indexes = list.flatMap((r, i) => (r.currency === currency ? [i] : []));
    const hidden = suppressedIndexes(indexes.map((i) => list[i]!.programmes), threshold);
    hidden.forEach((k) => withheld.add(indexes[k]!));
  }
  return list.map((r, i) => ({ ...r, amount: withheld.has(i) ? null : r.amount, programmes: cell(r.programmes, threshold) }));
}

/** The public form of a report's figures, with the report's threshold. */
export function suppressFigures(f: ReportFigures, threshold: number = f.threshold): PublicFigures {
  const c = (n: number) => cell(n, threshold);
  const outcomes = suppressBuckets(f.decisions.byOutcome, threshold);
  const outcomeHidden = (key: string) => outcomes.some((b) => b.key === key && isSuppressed(b.count));
  const denominatorHidden = f.decisions.approvalRateDenominator < threshold || outcomeHidden("approve") || outcomeHidden("reject");
  const medianHidden = f.decisions.medianN < threshold;
  return {
    formatVersion: f.formatVersion,
    period: f.period,
    computedAt: f.computedAt,
    threshold,
    programmes: {
      total: c(f.programmes.total),
      byStatus: suppressBuckets(f.programmes.byStatus, threshold),
      approvedTotal: c(f.programmes.approvedTotal),
      byWorkingArea: suppressBuckets(f.programmes.byWorkingArea, threshold),
      bySector: suppressBuckets(f.programmes.bySector, threshold),
      byMechanism: suppressBuckets(f.programmes.byMechanism, threshold),
      byRegion: suppressBuckets(f.programmes.byRegion, threshold),
      byHubCountry: suppressBuckets(f.programmes.byHubCountry, threshold),
    },
    institutions: {
      total: c(f.institutions.total),
      byCountry: suppressBuckets(f.institutions.byCountry, threshold),
      byType: suppressBuckets(f.institutions.byType, threshold),
    },
    participation: {
      applicationsTotal: c(f.participation.applicationsTotal),
      applicationsByStatus: suppressBuckets(f.participation.applicationsByStatus, threshold),
      institutionsParticipating: c(f.participation.institutionsParticipating),
    },
    decisions: {
      total: c(f.decisions.total),
      byOutcome: outcomes,
      approvalRate: denominatorHidden ? null : f.decisions.approvalRate,
      approvalRateDenominator: denominatorHidden ? suppressedCell(threshold) : f.decisions.approvalRateDenominator,
      medianDaysToDecision: medianHidden ? null : f.decisions.medianDaysToDecision,
      medianN: c(f.decisions.medianN),
    },
    reviews: { recusals: c(f.reviews.recusals) },
    agreements: { inForce: c(f.agreements.inForce), flows: suppressFlows(f.agreements.flows, threshold) },
    budgets: { byWorkingArea: suppressBudgets(f.budgets.byWorkingArea, threshold), bySide: suppressBudgets(f.budgets.bySide, threshold) },
  };
}
