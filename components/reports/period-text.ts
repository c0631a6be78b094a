/** A report's period in the reader's locale: "1 July 2026 to 30 September 2026". Dates are YYYY-MM-DD (UTC days). */
export function periodText(
  format: { dateTime(value: Date, options?: Intl.DateTimeFormatOptions): string },
  t: (key: "periodRange", values: { start: string; end: string }) => string,
  start: string,
  end: string,
): string {
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return t("periodRange", { start: day(start), end: day(end) });
}
