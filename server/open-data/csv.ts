// A small RFC 4180 CSV writer for the open-data exports: a header row, CRLF line ends,
// and fields quoted only when they hold a comma, a double quote, CR or LF (quotes doubled).
// The result is a plain JS string; the route encodes it as UTF-8 without a byte-order mark.

export type CsvValue = string | number | boolean | Date | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field: null/undefined → empty, dates → ISO 8601 UTC, the rest → String(). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvField).join(",");
}

/** A whole document: the header, then one line per record (columns in header order), each ending in CRLF. */
export function toCsv<K extends string>(columns: readonly K[], records: Iterable<Readonly<Record<K, CsvValue>>>): string {
  const lines = [csvRow(columns)];
  for (const record of records) lines.push(csvRow(columns.map((c) => record[c])));
  return `${lines.join("\r\n")}\r\n`;
}
