// zod building blocks for reference codes and calendar dates, shared by every input schema (and
// so by the forms). Codes are checked against the generated lists of db/reference/*.csv
// (codes.generated.ts), so an unknown code is refused by validation with a field message —
// never by a foreign key of the database. No database round trip, no server-only import.
import { z } from "zod";
import { COUNTRY_CODES, CURRENCY_CODES, LANGUAGE_CODES, MECHANISM_CODES, SECTOR_CODES } from "./codes.generated";

const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES);
const SECTORS: ReadonlySet<string> = new Set(SECTOR_CODES);
const MECHANISMS: ReadonlySet<string> = new Set(MECHANISM_CODES);
const CURRENCIES: ReadonlySet<string> = new Set(CURRENCY_CODES);
const LANGUAGES: ReadonlySet<string> = new Set(LANGUAGE_CODES);

export const isKnownCountry = (code: string) => COUNTRIES.has(code);
export const isKnownSector = (code: string) => SECTORS.has(code);
export const isKnownMechanism = (code: string) => MECHANISMS.has(code);
export const isKnownCurrency = (code: string) => CURRENCIES.has(code);
export const isKnownLanguage = (code: string) => LANGUAGES.has(code);

/** Years a stored date may have: what MySQL/MariaDB DATE holds. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/** Whether `YYYY-MM-DD` names a day of the calendar (2026-02-31 does not; 2028-02-29 does). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

type Keys = { format: string; invalid?: string };

/** A date as `YYYY-MM-DD` that exists in the calendar; a wrong shape and an impossible day have their own keys. */
export const calendarDate = ({ format, invalid = "validation.dateInvalid" }: Keys) =>
  z
    .string({ error: format })
    .trim()
    .max(10, { error: format })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: format })
    .refine(isCalendarDate, { error: invalid });

/** A reference code: trimmed, length-bounded, shaped by `pattern`, then looked up in `known`. */
const referenceCode = (opts: { max: number; pattern: RegExp; known: (code: string) => boolean; format: string; unknown: string; upper?: boolean; lower?: boolean }) => {
  const base = z.string({ error: opts.format }).trim().max(opts.max, { error: opts.format });
  const cased = opts.upper ? base.toUpperCase() : opts.lower ? base.toLowerCase() : base;
  return cased.regex(opts.pattern, { error: opts.format }).refine(opts.known, { error: opts.unknown });
};

/** ISO 3166-1 alpha-2 of countries.csv ("ke" is read as KE). */
export const countryCode = (format = "validation.country", unknown = "validation.countryUnknown") =>
  referenceCode({ max: 2, pattern: /^[A-Z]{2}$/, known: isKnownCountry, format, unknown, upper: true });

/** A sector code of sectors.csv. */
export const sectorCode = (format = "validation.sectors", unknown = "validation.sectorUnknown") =>
  referenceCode({ max: 40, pattern: /^[a-z0-9_]{1,40}$/, known: isKnownSector, format, unknown });

/** A cooperation mechanism code of mechanisms.csv. */
export const mechanismCode = (format = "validation.mechanism", unknown = "validation.mechanismUnknown") =>
  referenceCode({ max: 32, pattern: /^[A-Z0-9_]{1,32}$/, known: isKnownMechanism, format, unknown });

/** An ISO 4217 currency of currencies.csv ("usd" is read as USD). */
export const currencyCode = (format = "validation.currency", unknown = "validation.currencyUnknown") =>
  referenceCode({ max: 3, pattern: /^[A-Z]{3}$/, known: isKnownCurrency, format, unknown, upper: true });

/** An ISO 639 language code of languages.csv. */
export const languageCode = (format = "validation.languages", unknown = "validation.languageUnknown") =>
  referenceCode({ max: 3, pattern: /^[a-z]{2,3}$/, known: isKnownLanguage, format, unknown });
