import type { Cell, PublicFigures } from "@/server/reports/figures";

/**
 * How a public figure reads (issue #15.1). A count suppressed by rule 1 of server/reports/suppress.ts
 * alone really is below the threshold and reads "<5"; a total derived from suppressed parts
 * (the approval rate's denominator, rule 3) may be any size — 11 final decisions are withheld when
 * 3 of them are approvals — so it reads "withheld", never "<5".
 */
export type CellReading = { kind: "number"; value: number } | { kind: "below"; text: string } | { kind: "withheld" };

/** `count`: suppressed only when below the threshold; `derived`: may be suppressed because of its parts. */
export type CellOrigin = "count" | "derived";

export function readCell(cell: Cell, origin: CellOrigin): CellReading {
  if (typeof cell === "number") return { kind: "number", value: cell };
  return origin === "count" ? { kind: "below", text: cell } : { kind: "withheld" };
}

/** The bases of the two decision headline figures: the approval rate's denominator is derived, the median's count is not. */
export function decisionBases(d: Pick<PublicFigures["decisions"], "approvalRateDenominator" | "medianN">) {
  return { approval: readCell(d.approvalRateDenominator, "derived"), median: readCell(d.medianN, "count") };
}
