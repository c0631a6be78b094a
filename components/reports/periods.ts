// Calendar periods for the report forms and the live-figures dashboard. Pure; dates are
// YYYY-MM-DD strings (UTC days), like the report's period columns.
import type { ReportPeriod } from "@/server/vocabulary";

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isIsoDate = (v: string) => ISO_DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** The calendar quarter containing `date`. */
export function quarterOf(date: string): { start: string; end: string } {
  const y = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  return { start: iso(y, q * 3 + 1, 1), end: iso(y, q * 3 + 3, lastDay(y, q * 3 + 3)) };
}

/** The calendar year containing `date`. */
export function yearOf(date: string): { start: string; end: string } {
  const y = Number(date.slice(0, 4));
  return { start: iso(y, 1, 1), end: iso(y, 12, 31) };
}

/** For a quarter or a year, the whole calendar period around `start`; a custom period is left as it is. */
export function snapPeriod(kind: ReportPeriod, start: string, end: string): { start: string; end: string } {
  if (!isIsoDate(start) || kind === "custom") return { start, end };
  return kind === "quarter" ? quarterOf(start) : yearOf(start);
}

/** The previous full calendar quarter before `today` (the usual subject of a new report). */
export function previousQuarter(today: string): { start: string; end: string } {
  const current = quarterOf(today);
  const dayBefore = new Date(Date.parse(`${current.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return quarterOf(dayBefore);
}
