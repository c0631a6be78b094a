// The one way a page names reference data in the reader's language: countries (CLDR, through
// Intl.DisplayNames), UN M49 regions and sub-regions, cooperation mechanisms, sectors, and the
// duties and localisation notes of the cross-border transfer rules. The names themselves are
// in messages/<locale>/reference.json (db/reference/SOURCES.md says where they come from);
// the codes are the ones of db/reference/*.csv. Pure: works with the server's getTranslations
// (see get-reference-names.ts) and with useTranslations("reference") in client components.
import { SUBREGIONS } from "@/server/catalogue/facets";
import { displayNamesFor } from "./intl-cache";

/** The subset of a next-intl translator these functions use (server and client ones both fit). */
export type ReferenceTranslator = { (key: string): string; has(key: string): boolean };

export type ReferenceNames = ReturnType<typeof referenceNames>;

/** A text of the transfer rules: translated, or the English original (to be marked lang="en"). */
export type RuleText = { text: string; lang?: "en" };

const SUBREGION_KEYS = new Map<string, string>(SUBREGIONS.map((s) => [s.name, s.key]));

// stateless-ok: immutable reference data, rebuilt per process
const countryNameCache = new Map<string, (iso2: string) => string>();

/** Country names, with the code as the fallback for a code CLDR does not know (or a malformed one). Built once per locale. */
export function countryNames(locale: string): (iso2: string) => string {
  const cached = countryNameCache.get(locale);
  if (cached) return cached;
  const names = displayNamesFor(locale, "region");
  const known = new Map<string, string>();
  const name = (iso2: string) => {
    if (!names || !/^[A-Z]{2}$/.test(iso2)) return iso2;
    let found = known.get(iso2);
    if (found === undefined) {
      try {
        found = names.of(iso2) ?? iso2;
      } catch {
        found = iso2;
      }
      known.set(iso2, found);
    }
    return found;
  };
  countryNameCache.set(locale, name);
  return name;
}

/**
 * Names of reference data in one locale. `t` is a translator of the "reference" namespace.
 * Each function takes the code (or, for regions, the M49 name as stored) and an optional
 * fallback (a name from the database) for a code this catalogue does not list yet; without
 * one, the code itself is shown. tests/unit/reference-names.test.ts checks that every code of
 * db/reference has a name in every locale, so the fallbacks are only a safety net.
 */
export function referenceNames(locale: string, t: ReferenceTranslator) {
  const lookup = (path: string, fallback: string) => (t.has(path) ? t(path) : fallback);
  const country = countryNames(locale);
  return {
    country,
    /** An M49 region as stored in the countries table ("Africa"). */
    region: (name: string) => lookup(`regions.${name}`, name),
    /** An M49 sub-region as stored in the countries table ("Sub-Saharan Africa"). */
    subregion: (name: string) => {
      const key = SUBREGION_KEYS.get(name);
      return key ? lookup(`subregions.${key}`, name) : name;
    },
    mechanism: (code: string, fallback?: string | null) => lookup(`mechanisms.${code}`, fallback ?? code),
    sector: (code: string, fallback?: string | null) => lookup(`sectors.${code}`, fallback ?? code),
    /** The extra duties of a country's transfer rule; the English text (lang "en") when untranslated. */
    transferDuties: (iso2: string, english: string): RuleText =>
      t.has(`transferRules.${iso2}.extraDuties`) ? { text: t(`transferRules.${iso2}.extraDuties`) } : { text: english, lang: "en" },
    /** The localisation note of a country's transfer rule; the English text (lang "en") when untranslated. */
    transferLocalisation: (iso2: string, english: string): RuleText =>
      t.has(`transferRules.${iso2}.localisation`) ? { text: t(`transferRules.${iso2}.localisation`) } : { text: english, lang: "en" },
  };
}
