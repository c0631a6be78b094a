// Public addresses of reports, derived from the period: 2026-q3 (a calendar quarter), 2026 (a
// calendar year), 2026-06-01-2026-08-31 (any other period); a correction of the same period
// takes the next free suffix: 2026-q3-2, 2026-q3-3… Pure.
import type { ReportPeriod } from "@/db/schema/reports";
import { invalidFields } from "../errors";

const QUARTER_STARTS = ["01-01", "04-01", "07-01", "10-01"];
const QUARTER_ENDS = ["03-31", "06-30", "09-30", "12-31"];

/** The slug of a period; a quarter or a year must cover exactly that calendar quarter or year. */
export function periodSlug(kind: ReportPeriod, start: string, end: string): string {
  const year = start.slice(0, 4);
  if (kind === "year") {
    if (start !== `${year}-01-01` || end !== `${year}-12-31`) throw invalidFields({ periodStart: ["validation.date"], periodEnd: ["validation.date"] });
    return year;
  }
  if (kind === "quarter") {
    const q = QUARTER_STARTS.indexOf(start.slice(5));
    if (q < 0 || end !== `${year}-${QUARTER_ENDS[q]}`) throw invalidFields({ periodStart: ["validation.date"], periodEnd: ["validation.date"] });
    return `${year}-q${q + 1}`;
  }
  return `${start}-${end}`;
}

/** The first free slug for `base` given the slugs already taken that start with it. */
export function nextFreeSlug(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
