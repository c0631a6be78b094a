// Intl objects are costly to build (each loads CLDR data) and immutable once built, so a page
// must not build them per call: one per locale and options per process, shared by every request.
// Pure (no Next.js import): server components, page reads and the open-data exports use it.

// stateless-ok: immutable reference data, rebuilt per process
const collators = new Map<string, Intl.Collator>();
// stateless-ok: immutable reference data, rebuilt per process
const displayNames = new Map<string, Intl.DisplayNames | null>();
// stateless-ok: immutable reference data, rebuilt per process
const listFormats = new Map<string, Intl.ListFormat>();

/** The locale's Collator (default options). */
export function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  return collator;
}

/** The locale's Intl.DisplayNames of one type, or null when the locale is not one Intl accepts. */
export function displayNamesFor(locale: string, type: Intl.DisplayNamesType, fallback: "code" | "none" = "code"): Intl.DisplayNames | null {
  const key = `${locale}|${type}|${fallback}`;
  let names = displayNames.get(key);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type, fallback });
    } catch {
      names = null;
    }
    displayNames.set(key, names);
  }
  return names;
}

/** The locale's short unit list ("Kenya, Ghana, Peru"). */
export function listFormatFor(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: "unit", style: "short" });
    listFormats.set(locale, format);
  }
  return format;
}

// stateless-ok: immutable reference data, rebuilt per process
const dateFormats = new Map<string, Intl.DateTimeFormat>();
// stateless-ok: immutable reference data, rebuilt per process
const numberFormats = new Map<string, Intl.NumberFormat | null>();

/** The locale's calendar-day format (dateStyle, UTC), e.g. for date ranges. */
export function dayFormatFor(locale: string, style: "medium" | "long"): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" });
    dateFormats.set(key, format);
  }
  return format;
}

/** The locale's number format: an amount in `currency`, or plain (≤ 2 decimals) without one; null for a code Intl refuses. */
export function numberFormatFor(locale: string, currency?: string): Intl.NumberFormat | null {
  const key = `${locale}|${currency ?? ""}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    try {
      format = currency ? new Intl.NumberFormat(locale, { style: "currency", currency }) : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    } catch {
      format = null; // not an ISO 4217 code Intl knows
    }
    numberFormats.set(key, format);
  }
  return format;
}
