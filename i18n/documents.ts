// Long translated texts — the help pages, the privacy notice, the accessibility statement, the
// report methodology — are Markdown files, one per locale: messages/<locale>/documents/<name>.md.
// They are read on the server only (never sent to the browser as messages) and rendered with the
// project's safe Markdown renderer. A document starts with "# Title"; `{name}` placeholders are
// filled in by the page (e.g. {contactEmail}). tests/unit/documents.test.ts checks that every
// locale has every document, with the same headings count and the same placeholders.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./locales";

export const DOCUMENTS = ["help", "contact", "privacy", "accessibility", "methodology"] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

export const DOCUMENTS_DIR = path.join(process.cwd(), "messages");

const cache = new Map<string, string>();

/** The Markdown source of a document in one locale (read once per process). */
export function readDocument(locale: Locale, name: DocumentName, dir = DOCUMENTS_DIR): string {
  const file = path.join(dir, locale, "documents", `${name}.md`);
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(file, "utf8").replace(/\r\n/g, "\n");
    cache.set(file, text);
  }
  return text;
}

/** Replaces `{name}` placeholders; an unknown one is left as it is (and caught by the tests). */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The document's title (its first "# " line) and the Markdown after it. */
export function splitTitle(markdown: string): { title: string; body: string } {
  const match = /^#\s+(.+)\n+/.exec(markdown);
  if (!match) return { title: "", body: markdown };
  return { title: match[1]!.trim(), body: markdown.slice(match[0].length) };
}
