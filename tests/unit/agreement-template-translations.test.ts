// The agreement templates are English legal text, authoritative by their own Language clause;
// every other locale has a complete convenience translation of each template text.
import { describe, expect, it } from "vitest";
import { englishTemplateTexts, saysEnglishIsAuthoritative, TEMPLATE_TRANSLATIONS, templateTranslator } from "../../components/agreements/template-translation";
import { LOCALES } from "../../i18n/locales";
import { AGREEMENT_TEMPLATES, contentFromTemplate } from "../../server/agreements/templates";

const TRANSLATED = LOCALES.filter((l) => l !== "en");

/** Every path of a nested value, with array lengths ("templates.x.dataCategories[1]"). */
function shape(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => shape(item, `${prefix}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, child]) => shape(child, prefix ? `${prefix}.${key}` : key));
  return [prefix];
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

const headings = (markdown: string) => markdown.split("\n").filter((line) => line.startsWith("## ")).length;

describe("agreement template translations", () => {
  it("has a translation file for every locale but English", () => {
    expect(Object.keys(TEMPLATE_TRANSLATIONS).sort()).toEqual([...TRANSLATED].sort());
  });

  it.each(TRANSLATED)("translates every text of every template into %s, in the templates' shape", (locale) => {
    expect(shape(TEMPLATE_TRANSLATIONS[locale])).toEqual(shape(englishTemplateTexts()));
    const translate = templateTranslator(locale);
    for (const english of strings(englishTemplateTexts())) {
      const translation = translate(english);
      expect(translation, english).toBeTruthy();
      expect(translation, english).not.toBe(english);
    }
  });

  it.each(TRANSLATED)("keeps the clause headings of every template in %s", (locale) => {
    const translate = templateTranslator(locale);
    for (const template of AGREEMENT_TEMPLATES) expect(headings(translate(template.content.clauses)!), template.code).toBe(headings(template.content.clauses));
  });

  it("makes the English text of every template authoritative, in its own clauses", () => {
    for (const template of AGREEMENT_TEMPLATES) {
      expect(saysEnglishIsAuthoritative(template.content.clauses), template.code).toBe(true);
      expect(template.content.clauses).toMatch(/## Language\n\nThis agreement is made in English\. The English text is authoritative; translations are for convenience\.$/);
    }
    const content = contentFromTemplate("pilot_personal_data", { id: "a".repeat(20), countryCode: "KE" }, [{ id: "b".repeat(20), countryCode: "GH" }], { effectiveDate: null, expiryDate: null });
    expect(saysEnglishIsAuthoritative(content.clauses)).toBe(true);
    expect(saysEnglishIsAuthoritative("## Our own clauses\n\nWritten by the parties.")).toBe(false);
  });

  it("translates nothing for English readers, nor text the parties changed", () => {
    const purpose = AGREEMENT_TEMPLATES[0]!.content.purpose;
    expect(templateTranslator("en")(purpose)).toBeNull();
    expect(templateTranslator("fr")(purpose)).toMatch(/laboratoire commun/);
    expect(templateTranslator("fr")(`${purpose} Amended by the parties.`)).toBeNull();
    expect(templateTranslator("fr")(null)).toBeNull();
  });
});
