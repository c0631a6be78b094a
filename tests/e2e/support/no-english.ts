// The "no English outside user content" check, shared by no-english.e2e.ts and journey.e2e.ts:
// every visible text node and accessible text of a page that is neither user content (<bdi>,
// dir="auto") nor marked as another language (lang) must hold no Latin word once codes are
// taken out; a failure names the English catalogue message the text comes from.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

export const MESSAGES = path.join(process.cwd(), "messages");

/** Every English catalogue value, by text, with its key — to say where a stray English text comes from. */
export function englishCatalogue(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") out.set(value.trim(), key);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
  };
  for (const file of readdirSync(path.join(MESSAGES, "en")).filter((f) => f.endsWith(".json"))) {
    walk(JSON.parse(readFileSync(path.join(MESSAGES, "en", file), "utf8")), file.replace(/\.json$/, ""));
  }
  return out;
}

/** Latin-script tokens that are codes or names, not English: references, currencies, formats, symbols. */
const CODES = [
  /\bPRG-\d{4}-\d+\b/g,
  /\b[A-Z]{3}\b/g, // ISO 4217 currency codes (USD, KES), shown with amounts
  /\b[A-Z]{1,3}[$¥€£₹]/g, // currency symbols as CLDR writes them (US$, R$, CN¥)
  /\b(?:JSON|CSV|IATI|SHA-256|UTC|M49|Atom)\b/g, // formats and standards by their names
  /\bSouthbridge\b/g,
  /\b[0-9a-f]{64}\b/g, // SHA-256 digests (a transparency-log leaf, the audit head)
  /\b[a-z0-9-]+\.(?:json|csv|xml)\b/g, // names of downloadable files (report.json)
  /\bA\/RES\/\d+\/\d+\b/g, // UN document symbols
  /\bC\+C5\b/g,
  /\bn\b/g, // the statistical n of a median
];

export type TextNode = { text: string; where: string };

/**
 * The texts of the page a reader meets that are neither user content nor marked as another
 * language: text nodes of visible elements and of SVG <title>/<desc>, and aria-label values.
 */
export async function readerTexts(page: Page, locale: string): Promise<TextNode[]> {
  return page.evaluate((pageLocale) => {
    const html = document.documentElement;
    /** The nearest element that says its language (or the page). */
    const langOf = (el: Element) => el.closest("[lang]") ?? html;
    const isUserContent = (el: Element) => {
      const isolated = el.closest("bdi, [dir='auto']");
      // Isolated text is user content unless a language is declared inside the page for it.
      return !!isolated && langOf(isolated) === html;
    };
    const isMarkedOtherLanguage = (el: Element) => (langOf(el).getAttribute("lang") ?? pageLocale) !== pageLocale;
    const describe = (el: Element) => {
      const id = el.closest("[id]")?.id;
      return `${el.tagName.toLowerCase()}${id ? ` in #${id}` : ""}`;
    };
    const hidden = (el: Element) => {
      if (el.closest("svg")) return false; // SVG text is read through the chart's title and desc
      const style = getComputedStyle(el);
      return (style.display === "none" || style.visibility === "hidden") && !el.closest(".sr-only");
    };
    const out: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.replace(/\s+/g, " ").trim() ?? "";
      if (!el || !text || ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(el.tagName)) continue;
      if (hidden(el) || isUserContent(el) || isMarkedOtherLanguage(el)) continue;
      out.push({ text, where: describe(el) });
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder]")) {
      if (isUserContent(el) || isMarkedOtherLanguage(el)) continue;
      for (const attribute of ["aria-label", "title", "placeholder"]) {
        const text = el.getAttribute(attribute)?.trim();
        if (text) out.push({ text, where: `${attribute} of ${describe(el)}` });
      }
    }
    out.push({ text: document.title, where: "the document title" });
    return out;
  }, locale);
}

/** The texts that still contain a Latin word once codes are taken out. */
export function englishIn(texts: TextNode[], catalogue: Map<string, string>, userContent: string[]): string[] {
  return texts.flatMap(({ text, where }) => {
    // The document title and labels may quote user content (a programme's title).
    let rest = text;
    for (const own of userContent) if (own) rest = rest.split(own).join(" ");
    for (const code of CODES) rest = rest.replace(code, " ");
    if (!/[A-Za-z]{2,}/.test(rest)) return [];
    const key = catalogue.get(text);
    return [`${JSON.stringify(text)} (${where})${key ? ` = English message ${key}` : ""}`];
  });
}
