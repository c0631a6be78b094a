// The one way a page shows a range of calendar days: Intl.DateTimeFormat.prototype.formatRange
// in the reader's locale, so every range reads the same way on every page ("1–30 July 2026",
// "1 juil. – 30 sept. 2026", "2026年7月1日至9月30日"), shared parts (month, year) written once.

import { dayFormatFor } from "./intl-cache";

type Style = "medium" | "long";

/** A calendar day (YYYY-MM-DD) as the instant at midnight UTC; formatted with timeZone UTC. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The days from `start` to `end` (YYYY-MM-DD, both included) in `locale`. */
export function formatDateRange(locale: string, start: string, end: string, style: Style = "long"): string {
  const format = dayFormatFor(locale, style);
  const [from, to] = start <= end ? [day(start), day(end)] : [day(end), day(start)];
  return format.formatRange(from, to);
}
