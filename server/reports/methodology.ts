// The methodology notes of a report. A new report starts from the English default; it is stored
// with the report and the admin may edit it before publication (then it is the admin's own text,
// in whatever language they wrote it). The default is a translated document, one per locale
// (messages/<locale>/documents/methodology.md): a reader sees the notes in their language as long
// as the report keeps the default text unchanged.
import { readDocument } from "@/i18n/documents";
import { LOCALES, type Locale } from "@/i18n/locales";

/** The English default, stored with each new report. */
export const DEFAULT_METHODOLOGY = readDocument("en", "methodology");

/** Whitespace differences (a trailing newline added by a text area) do not make the text the admin's own. */
const normalise = (text: string) => text.replace(/\r\n/g, "\n").trim();

/** The stored methodology text of a report as the reader should see it. */
export type MethodologyView = {
  text: string;
  /** The language of `text` when known: the reader's locale for the default notes, unknown for an admin's own text. */
  lang: Locale | null;
  /** True when `text` is the platform's default notes (translated), false for an admin's own text. */
  isDefault: boolean;
};

/**
 * The default notes in the reader's locale when the stored text is the default in any locale;
 * otherwise the stored text as it is (the admin's own words, language unknown).
 */
export function methodologyFor(stored: string, locale: Locale): MethodologyView {
  const text = normalise(stored);
  const isDefault = LOCALES.some((l) => normalise(readDocument(l, "methodology")) === text);
  return isDefault ? { text: readDocument(locale, "methodology"), lang: locale, isDefault } : { text: stored, lang: null, isDefault };
}
