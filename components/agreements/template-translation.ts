// Convenience translations of the agreement templates' English texts. An agreement is made in
// English (the templates' "Language" clause says the English text is authoritative); on a page in
// another language, a field that still holds a template's English text is shown with its
// translation from messages/<locale>/documents/agreement-templates.json beside it. Text the
// parties wrote themselves has no translation and is shown as it is.
import ar from "@/messages/ar/documents/agreement-templates.json";
import es from "@/messages/es/documents/agreement-templates.json";
import fr from "@/messages/fr/documents/agreement-templates.json";
import pt from "@/messages/pt/documents/agreement-templates.json";
import ru from "@/messages/ru/documents/agreement-templates.json";
import zh from "@/messages/zh/documents/agreement-templates.json";
import { AGREEMENT_TEMPLATES, ENGLISH_IS_AUTHORITATIVE } from "@/server/agreements/templates";

/** The translatable texts of the templates, in the shape of the translation files. */
export type TemplateTexts = {
  common: { auditRights: string; disputeResolution: string };
  templates: Record<string, { purpose: string; dataCategories: string[]; legalBasis: string; retentionPeriod: string; securityMeasures: string; onwardTransfer: string; governingLaw: string; clauses: string }>;
};

export const TEMPLATE_TRANSLATIONS: Record<string, TemplateTexts> = { ar, es, fr, pt, ru, zh };

/** The English texts of the templates (server/agreements/templates.ts), in the same shape. */
export function englishTemplateTexts(): TemplateTexts {
  const first = AGREEMENT_TEMPLATES[0]!.content;
  return {
    common: { auditRights: first.auditRights, disputeResolution: first.disputeResolution },
    templates: Object.fromEntries(
      AGREEMENT_TEMPLATES.map(({ code, content: c }) => [
        code,
        {
          purpose: c.purpose,
          dataCategories: c.dataCategories.map((d) => d.name),
          legalBasis: c.legalBasis,
          retentionPeriod: c.retentionPeriod,
          securityMeasures: c.securityMeasures,
          onwardTransfer: c.onwardTransfer,
          governingLaw: c.governingLaw,
          clauses: c.clauses,
        },
      ]),
    ),
  };
}

/** English text → its translation, walking the English and the translated texts side by side. */
function pairUp(english: unknown, translated: unknown, out: Map<string, string>): Map<string, string> {
  if (typeof english === "string") {
    if (typeof translated === "string" && translated.trim() !== "") out.set(english, translated);
  } else if (Array.isArray(english)) {
    english.forEach((item, i) => pairUp(item, Array.isArray(translated) ? translated[i] : undefined, out));
  } else if (english && typeof english === "object") {
    const other = (translated && typeof translated === "object" ? translated : {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(english)) pairUp(value, other[key], out);
  }
  return out;
}

const byLocale = new Map<string, Map<string, string>>();

/**
 * The convenience translation of a template text into `locale`, or null: for English, for text
 * the parties changed, and for a locale without translations.
 */
export function templateTranslator(locale: string): (english: string | null | undefined) => string | null {
  const translated = TEMPLATE_TRANSLATIONS[locale];
  if (!translated) return () => null;
  let pairs = byLocale.get(locale);
  if (!pairs) {
    pairs = pairUp(englishTemplateTexts(), translated, new Map());
    byLocale.set(locale, pairs);
  }
  const found = pairs;
  return (english) => (english ? (found.get(english) ?? null) : null);
}

/** Whether the clauses say that the English text is authoritative (the templates' Language clause). */
export const saysEnglishIsAuthoritative = (clauses: string | null | undefined) => !!clauses?.includes(ENGLISH_IS_AUTHORITATIVE);
