import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
// The ICU parser next-intl itself uses at runtime (via use-intl → intl-messageformat).
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES, NAMESPACES } from "../../i18n/locales";
import { DOMAIN_ERROR_CODES } from "../../server/errors";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const file = (locale: string, ns: string) => path.join(ROOT, "messages", locale, `${ns}.json`);
const TRANSLATED = LOCALES.filter((l) => l !== "en");

/** Proper nouns, acronyms and codes written the same in every language. */
const SAME_EVERYWHERE = ["Southbridge", "JSON", "CSV", "IP", "BRICS", "v{number}", "99+"];

/**
 * Values a locale rightly writes exactly as English, each checked by a translator: place names,
 * and words French and Spanish share with English letter for letter (see docs/TRANSLATION.md).
 * Any other value identical to English fails the test below as an untranslated copy.
 */
const SAME_AS_ENGLISH: Partial<Record<(typeof LOCALES)[number], string[]>> = {
  fr: [
    "Europe",
    // Discussions: the same words in French.
    "Discussions", "Messages", "Clause", "{count, plural, one {# message} other {# messages}}",
    "Administration", "Institution", "Institutions", "Programme", "Programmes", "programmes (JSON)", "programmes (CSV)", "institutions (JSON)", "institutions (CSV)",
    "{count, plural, one {# institution} other {# institutions}}",
    "Certification", "Version", "Version {number}", "Versions", "Signature", "Format", "Places", "Active", "Invitations", "Actions", "Message",
    "Notifications", "Motivation", "Budget", "Budgets", "Contribution", "Participation", "Menu", "Dates",
  ],
  es: ["Asia", "Melanesia", "Micronesia", "No", "Sector"],
  pt: ["Oceania", "Menu"],
};

/** Whether a message has words of its own: letters outside its {arguments} and <tags>. */
function hasWords(message: string): boolean {
  const literal = (elements: MessageFormatElement[]): string =>
    elements
      .map((el) => {
        if (el.type === TYPE.literal) return el.value;
        if (el.type === TYPE.tag) return literal(el.children);
        if (el.type === TYPE.plural || el.type === TYPE.select) return Object.values(el.options).map((o) => literal(o.value)).join(" ");
        return "";
      })
      .join(" ");
  return /\p{L}/u.test(literal(parse(message)));
}

type Leaves = Map<string, unknown>;

function leavesOf(value: unknown, prefix = "", out: Leaves = new Map()): Leaves {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leavesOf(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function readLeaves(locale: string, ns: string): Leaves | undefined {
  const p = file(locale, ns);
  if (!existsSync(p)) return undefined;
  return leavesOf(JSON.parse(readFileSync(p, "utf8")));
}

/** Argument names ({name}, {count, plural, …}) and rich-text tags (<link>) of an ICU message, nested ones included. */
function placeholdersOf(message: string): Set<string> {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if (el.type === TYPE.tag) {
        found.add(`<${el.value}>`);
        walk(el.children);
        continue;
      }
      found.add(`{${el.value}}`);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parse(message));
  return found;
}

const english = new Map(NAMESPACES.map((ns) => [ns, readLeaves("en", ns) ?? (new Map() as Leaves)] as const));

describe("message catalogues", () => {
  const files = LOCALES.flatMap((locale) => NAMESPACES.map((ns) => [`messages/${locale}/${ns}.json`, locale, ns] as const));

  it.each(files)("%s exists and has exactly the English keys", (_file, locale, ns) => {
    const leaves = readLeaves(locale, ns);
    expect(leaves, `messages/${locale}/${ns}.json is missing`).toBeDefined();
    const en = english.get(ns)!;
    const missing = [...en.keys()].filter((k) => !leaves!.has(k));
    const extra = [...leaves!.keys()].filter((k) => !en.has(k));
    expect({ missing, extra }, `messages/${locale}/${ns}.json differs from English`).toEqual({ missing: [], extra: [] });
  });

  it.each(files)("every value of %s is a non-empty string that parses as ICU", (_file, locale, ns) => {
    const problems: string[] = [];
    for (const [key, value] of readLeaves(locale, ns) ?? []) {
      if (typeof value !== "string" || value.trim() === "") {
        problems.push(`${key}: ${JSON.stringify(value)}`);
        continue;
      }
      try {
        parse(value);
      } catch (error) {
        problems.push(`${key}: invalid ICU (${(error as Error).message})`);
      }
    }
    expect(problems, `messages/${locale}/${ns}.json`).toEqual([]);
  });

  it("has English catalogues with at least one message in the shared namespaces", () => {
    for (const ns of ["common", "errors", "validation", "email"] as const) expect(english.get(ns)!.size, ns).toBeGreaterThan(0);
  });

  it.each(files.filter(([, locale]) => locale !== "en"))(
    "%s uses the same placeholders as English",
    (_file, locale, ns) => {
      const problems: string[] = [];
      const leaves = readLeaves(locale, ns);
      for (const [key, enValue] of english.get(ns)!) {
        const value = leaves?.get(key);
        if (typeof enValue !== "string" || typeof value !== "string") continue; // reported by the tests above
        let wanted: Set<string>, used: Set<string>;
        try {
          [wanted, used] = [placeholdersOf(enValue), placeholdersOf(value)];
        } catch {
          continue; // reported by the ICU test above
        }
        const missing = [...wanted].filter((p) => !used.has(p));
        const unknown = [...used].filter((p) => !wanted.has(p));
        if (missing.length) problems.push(`${key}: missing ${missing.join(", ")}`);
        if (unknown.length) problems.push(`${key}: not in English ${unknown.join(", ")}`);
      }
      expect(problems, `messages/${locale}/${ns}.json`).toEqual([]);
    },
  );

  it.each(TRANSLATED)("the %s catalogues have no value identical to English outside the allow-list", (locale) => {
    const allowed = new Set([...SAME_EVERYWHERE, ...(SAME_AS_ENGLISH[locale] ?? [])]);
    const copies: string[] = [];
    for (const ns of NAMESPACES) {
      const leaves = readLeaves(locale, ns);
      for (const [key, enValue] of english.get(ns)!) {
        if (typeof enValue !== "string" || leaves?.get(key) !== enValue) continue;
        if (!hasWords(enValue) || allowed.has(enValue)) continue;
        copies.push(`${ns}.${key}: ${JSON.stringify(enValue)}`);
      }
    }
    expect(copies, `messages/${locale}/ has values identical to English (translate them, or justify them in SAME_AS_ENGLISH)`).toEqual([]);
  });

  it("keeps the allow-list honest: every allowed copy is still used by its locale", () => {
    for (const [locale, values] of Object.entries(SAME_AS_ENGLISH)) {
      const used = new Set(NAMESPACES.flatMap((ns) => [...english.get(ns)!].filter(([key, v]) => readLeaves(locale, ns)?.get(key) === v).map(([, v]) => v)));
      for (const value of values) expect(used.has(value), `${locale}: "${value}" is no longer identical to English; remove it from SAME_AS_ENGLISH`).toBe(true);
    }
  });
});

describe("keys the server relies on", () => {
  // Every .ts file under server/: the zod schemas (…/schemas.ts) and use cases refusing fields with invalidFields().
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(p);
      return entry.name.endsWith(".ts") ? [p] : [];
    });
  }

  const sources = sourceFiles(path.join(ROOT, "server"));
  const used = sources.flatMap((p) =>
    [...readFileSync(p, "utf8").matchAll(/["'`]validation\.([A-Za-z0-9_.]+)["'`]/g)].map((m) => ({ key: m[1]!, source: path.relative(ROOT, p) })),
  );

  it("finds the validation messages used by the zod schemas", () => {
    expect(sources.filter((p) => p.endsWith("schemas.ts")).length).toBeGreaterThan(3);
    expect(used.filter(({ source }) => source.endsWith("schemas.ts")).length).toBeGreaterThan(5);
  });

  it("has an English validation message for every validation.* key used in server/ (server/**/schemas.ts included)", () => {
    const validation = english.get("validation")!;
    const missing = used.filter(({ key }) => !validation.has(key)).map(({ key, source }) => `validation.${key} (${source})`);
    expect([...new Set(missing)], "missing from messages/en/validation.json").toEqual([]);
  });

  it("has an English message for every domain error code", () => {
    const errors = english.get("errors")!;
    const missing = DOMAIN_ERROR_CODES.filter((code) => typeof errors.get(code) !== "string" || errors.get(code) === "");
    expect(missing, "missing from messages/en/errors.json").toEqual([]);
  });
});
