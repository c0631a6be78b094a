// The translated documents (messages/<locale>/documents/*.md): every locale has each of them,
// with the structure and placeholders of the English one, in its own words; and a report's
// methodology is shown in the reader's language while it is the platform's default text.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENTS, DOCUMENTS_DIR, fillPlaceholders, readDocument, splitTitle } from "../../i18n/documents";
import { LOCALES } from "../../i18n/locales";
import { DEFAULT_METHODOLOGY, methodologyFor } from "../../server/reports/methodology";

const TRANSLATED = LOCALES.filter((l) => l !== "en");
const cases = LOCALES.flatMap((locale) => DOCUMENTS.map((name) => [`${locale}/${name}.md`, locale, name] as const));

const headingsOf = (markdown: string) => markdown.split("\n").filter((line) => /^#{1,6} /.test(line)).map((line) => line.replace(/ .*/, ""));
const placeholdersOf = (markdown: string) => [...new Set([...markdown.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]))].sort();
const linksOf = (markdown: string) => [...markdown.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]);
const listItemsOf = (markdown: string) => markdown.split("\n").filter((line) => /^- /.test(line)).length;

describe("translated documents", () => {
  it.each(cases)("messages/%s exists and has the headings, list items, links and placeholders of the English one", (_file, locale, name) => {
    expect(existsSync(path.join(DOCUMENTS_DIR, locale, "documents", `${name}.md`))).toBe(true);
    const text = readDocument(locale, name);
    const english = readDocument("en", name);
    expect(headingsOf(text)).toEqual(headingsOf(english));
    expect(listItemsOf(text)).toBe(listItemsOf(english));
    expect(linksOf(text)).toEqual(linksOf(english));
    expect(placeholdersOf(text)).toEqual(placeholdersOf(english));
  });

  it("knows every document file there is (none is left out of DOCUMENTS)", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.join(DOCUMENTS_DIR, locale, "documents")).filter((f) => f.endsWith(".md"));
      expect(files.map((f) => f.replace(/\.md$/, "")).sort()).toEqual([...DOCUMENTS].sort());
    }
  });

  it.each(TRANSLATED)("gives %s its own text: no paragraph, heading or list item is an English copy", (locale) => {
    const copies = DOCUMENTS.flatMap((name) => {
      const english = new Set(readDocument("en", name).split("\n").filter((line) => /[a-z]{3}/.test(line)));
      return readDocument(locale, name)
        .split("\n")
        .filter((line) => english.has(line))
        .map((line) => `${name}: ${line}`);
    });
    expect(copies).toEqual([]);
  });

  it("uses only the placeholders the pages fill in, and fills all of them", () => {
    for (const name of DOCUMENTS) for (const placeholder of placeholdersOf(readDocument("en", name))) expect(["contactEmail", "locale"]).toContain(placeholder);
    const filled = fillPlaceholders(readDocument("fr", "help"), { contactEmail: "x@example.org", locale: "fr" });
    expect(placeholdersOf(filled)).toEqual([]);
    expect(linksOf(filled)).toEqual(["/fr/contact", "/fr/privacy", "/fr/accessibility"]);
  });

  it("starts every page document with its title, and splits it off", () => {
    for (const locale of LOCALES) {
      for (const name of DOCUMENTS.filter((n) => n !== "methodology")) {
        const { title, body } = splitTitle(readDocument(locale, name));
        expect(title, `${locale}/${name}`).not.toBe("");
        expect(/^# /m.test(body), `${locale}/${name} has a second title`).toBe(false);
      }
    }
  });

  it("explains every glossary term of the help page in every locale", () => {
    for (const locale of LOCALES) {
      const glossary = readDocument(locale, "help").split("\n## ")[7]!;
      expect(glossary.split("\n").filter((line) => line.startsWith("- **")).length, locale).toBe(12);
    }
  });
});

describe("the methodology of a report", () => {
  it("is the English document when a report is created", () => {
    expect(DEFAULT_METHODOLOGY).toBe(readDocument("en", "methodology"));
    expect(DEFAULT_METHODOLOGY).toContain("## Small numbers");
  });

  it("is shown in the reader's language while the report keeps the default text", () => {
    const view = methodologyFor(DEFAULT_METHODOLOGY, "zh");
    expect(view).toEqual({ text: readDocument("zh", "methodology"), lang: "zh", isDefault: true });
    expect(methodologyFor(`${DEFAULT_METHODOLOGY.trim()}\r\n\r\n`, "ar").text).toBe(readDocument("ar", "methodology"));
    expect(methodologyFor(readDocument("fr", "methodology"), "es").text).toBe(readDocument("es", "methodology"));
  });

  it("is the admin's own text, of unknown language, once the admin changed it", () => {
    const edited = `${DEFAULT_METHODOLOGY}\nAn extra note by the admin.`;
    expect(methodologyFor(edited, "ru")).toEqual({ text: edited, lang: null, isDefault: false });
  });
});
