// A small RFC 4180 CSV writer for the open-data exports: a header row, CRLF line ends,
// and fields quoted only when they hold a comma, a double quote, CR or LF (quotes doubled).
// The result is a plain JS string; the route encodes it as UTF-8 without a byte-order mark.
//
// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that begins with `=`,
// `+`, `-`, `@`, a tab or a carriage return as a formula. Every TEXT cell that begins so is
// prefixed with a single quote (`'`), which spreadsheets show and no program misreads as a
// formula. Numeric columns are written from JS numbers and never neutralised, so a negative
// number stays a number (`-5`); the same characters inside a text cell (`"-5"`) get the quote.
// Writers therefore pass numbers as numbers and text as strings; the type decides.

export type CsvValue = string | number | boolean | Date | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;
/** First characters that make a spreadsheet evaluate a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert for spreadsheets: `'` before a leading `=`, `+`, `-`, `@`, tab or CR. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: null/undefined → empty, dates → ISO 8601 UTC, numbers and booleans as they are, text neutralised. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : typeof value === "string" ? neutraliseFormula(value) : String(value);
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
