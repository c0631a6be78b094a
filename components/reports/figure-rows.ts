import type { BarDatum } from "@/components/charts/bar-layout";
import type { TableRow } from "@/components/charts/data-table";
import type { Bucket, BudgetRow, Cell, FlowRow } from "@/server/reports/figures";

/** A count as a bar: a number draws a bar; a suppressed "<N" draws none and reads as itself. */
export function cellValue(cell: Cell): number | null {
  return typeof cell === "number" ? cell : null;
}

export type Formatters = {
  /** A count in the reader's locale; suppressed cells are returned unchanged ("<5"). */
  count: (cell: Cell) => string;
  /** An amount of money; null is an amount withheld (too few programmes behind it). */
  money: (amount: number | null, currency: string) => string;
};

/** One breakdown as chart bars and table rows, in the order the figures give. */
export function bucketRows(buckets: readonly Bucket<Cell>[], labelOf: (bucket: Bucket<Cell>) => string, f: Formatters) {
  const bars: BarDatum[] = buckets.map((b) => ({ key: b.key, label: labelOf(b), value: cellValue(b.count), display: f.count(b.count) }));
  const rows: TableRow[] = bars.map((bar, i) => ({ key: bar.key, label: bar.label, cells: [f.count(buckets[i]!.count)] }));
  return { bars, rows };
}

export function flowRows(flows: readonly FlowRow<Cell>[], pairLabel: (flow: FlowRow<Cell>) => string, f: Formatters) {
  const bars: BarDatum[] = flows.map((flow) => ({
    key: `${flow.from}-${flow.to}`,
    label: pairLabel(flow),
    value: cellValue(flow.count),
    display: f.count(flow.count),
  }));
  const rows: TableRow[] = bars.map((bar, i) => ({ key: bar.key, label: bar.label, cells: [f.count(flows[i]!.count)] }));
  return { bars, rows };
}

/** Budget rows grouped by currency (amounts in different currencies are never on one scale). */
export function budgetGroups(budgets: readonly BudgetRow<Cell>[], labelOf: (key: string) => string, f: Formatters) {
  const currencies = [...new Set(budgets.map((b) => b.currency))];
  return currencies.map((currency) => {
    const lines = budgets.filter((b) => b.currency === currency);
    const bars: BarDatum[] = lines.map((b) => ({ key: b.key, label: labelOf(b.key), value: b.amount, display: f.money(b.amount, currency) }));
    const rows: TableRow[] = lines.map((b) => ({ key: b.key, label: labelOf(b.key), cells: [f.money(b.amount, currency), f.count(b.programmes)] }));
    return { currency, bars, rows };
  });
}

/** The bar with the largest visible value, for the chart's text alternative. */
export function largest(bars: readonly BarDatum[]): BarDatum | undefined {
  return bars.reduce<BarDatum | undefined>((best, bar) => (bar.value != null && (best?.value == null || bar.value > best.value) ? bar : best), undefined);
}

/** Long breakdowns (countries) are charted as their largest bars only; the table keeps every row. */
export const CHART_LIMIT = 15;
export function chartBars(bars: readonly BarDatum[]): BarDatum[] {
  if (bars.length <= CHART_LIMIT) return [...bars];
  return [...bars].sort((a, b) => (b.value ?? -1) - (a.value ?? -1)).slice(0, CHART_LIMIT);
}
