// Reference data (db/reference/*.csv) named in every locale: each mechanism, sector, M49 region
// and sub-region and each transfer rule's duties has a name in messages/<locale>/reference.json,
// the English names are the CSVs' own, and pages name reference data only through
// i18n/reference-names.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCountries, readMechanisms, readSectors, readTransferRules } from "../../db/reference/load";
import { LOCALES } from "../../i18n/locales";
import { referenceNames, type ReferenceTranslator } from "../../i18n/reference-names";
import { SUBREGIONS } from "../../server/catalogue/facets";
import { REGIONS } from "../../server/reference/regions";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIR = path.join(ROOT, "db", "reference");

type Catalogue = {
  mechanisms: Record<string, string>;
  sectors: Record<string, string>;
  regions: Record<string, string>;
  subregions: Record<string, string>;
  transferRules: Record<string, { extraDuties?: string; localisation?: string }>;
};
const catalogue = (locale: string): Catalogue => JSON.parse(readFileSync(path.join(ROOT, "messages", locale, "reference.json"), "utf8")) as Catalogue;

/** A translator over one locale's reference.json, like next-intl's (dotted keys). */
function translator(locale: string): ReferenceTranslator {
  const messages = catalogue(locale) as unknown as Record<string, unknown>;
  const get = (key: string) => key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
  const t = ((key: string) => {
    const value = get(key);
    if (typeof value !== "string") throw new Error(`no message ${key}`);
    return value;
  }) as ReferenceTranslator;
  t.has = (key: string) => typeof get(key) === "string";
  return t;
}

const mechanisms = readMechanisms(DIR);
const sectors = readSectors(DIR);
const countries = readCountries(DIR);
const rules = readTransferRules(DIR);
const regionsInData = [...new Set(countries.map((c) => c.region))];
const subregionsInData = [...new Set(countries.map((c) => c.subregion))];
const TRANSLATED = LOCALES.filter((l) => l !== "en");

/**
 * Names that are rightly the same as in English: acronyms and proper names every language
 * writes in Latin letters, and place names spelled alike.
 */
const SAME_AS_ENGLISH: Partial<Record<(typeof LOCALES)[number], string[]>> = {
  fr: ["BRICS", "Europe"],
  es: ["BRICS", "Asia", "Melanesia", "Micronesia"],
  pt: ["BRICS", "Oceania"],
};

describe("localised reference names", () => {
  it("covers every region and sub-region of the countries list with the catalogue's own lists", () => {
    expect(new Set(regionsInData)).toEqual(new Set(REGIONS));
    for (const name of subregionsInData) expect(SUBREGIONS.map((s) => s.name), name).toContain(name);
  });

  it.each(LOCALES)("names every mechanism, sector, region and sub-region in %s", (locale) => {
    const names = referenceNames(locale, translator(locale));
    const t = translator(locale);
    const missing = [
      ...mechanisms.filter((m) => !t.has(`mechanisms.${m.code}`)).map((m) => `mechanism ${m.code}`),
      ...sectors.filter((s) => !t.has(`sectors.${s.code}`)).map((s) => `sector ${s.code}`),
      ...regionsInData.filter((r) => !t.has(`regions.${r}`)).map((r) => `region ${r}`),
      ...subregionsInData.filter((s) => !t.has(`subregions.${SUBREGIONS.find((x) => x.name === s)?.key}`)).map((s) => `sub-region ${s}`),
    ];
    expect(missing).toEqual([]);
    for (const value of [...mechanisms.map((m) => names.mechanism(m.code)), ...sectors.map((s) => names.sector(s.code))]) expect(value.trim()).not.toBe("");
  });

  it.each(LOCALES)("translates the duties and localisation notes of every transfer rule in %s", (locale) => {
    const t = translator(locale);
    const missing = rules.flatMap((r) => [
      ...(r.extraDuties && !t.has(`transferRules.${r.iso2}.extraDuties`) ? [`${r.iso2} extraDuties`] : []),
      ...(r.localisation && !t.has(`transferRules.${r.iso2}.localisation`) ? [`${r.iso2} localisation`] : []),
    ]);
    expect(missing).toEqual([]);
  });

  it("keeps the English names identical to the reference CSVs", () => {
    const en = catalogue("en");
    expect(en.mechanisms).toEqual(Object.fromEntries(mechanisms.map((m) => [m.code, m.name])));
    expect(en.sectors).toEqual(Object.fromEntries(sectors.map((s) => [s.code, s.name])));
    expect(Object.fromEntries(SUBREGIONS.map((s) => [s.key, en.subregions[s.key]]))).toEqual(Object.fromEntries(SUBREGIONS.map((s) => [s.key, s.name])));
    for (const r of rules) {
      expect(en.transferRules[r.iso2]?.extraDuties, r.iso2).toBe(r.extraDuties ?? undefined);
      expect(en.transferRules[r.iso2]?.localisation, r.iso2).toBe(r.localisation ?? undefined);
    }
  });

  it.each(TRANSLATED)("gives %s its own names, not English copies (outside proper names and acronyms)", (locale) => {
    const en = catalogue("en");
    const local = catalogue(locale);
    const allowed = new Set(SAME_AS_ENGLISH[locale] ?? []);
    const copies: string[] = [];
    for (const group of ["mechanisms", "sectors", "regions", "subregions"] as const) {
      for (const [code, english] of Object.entries(en[group])) if (local[group][code] === english && !allowed.has(english)) copies.push(`${group}.${code}: ${english}`);
    }
    for (const [iso2, texts] of Object.entries(en.transferRules)) {
      for (const field of ["extraDuties", "localisation"] as const) if (texts[field] && local.transferRules[iso2]?.[field] === texts[field]) copies.push(`transferRules.${iso2}.${field}`);
    }
    expect(copies).toEqual([]);
  });

  it("names a mechanism, a sector, a region, a sub-region and a country in Chinese and Arabic", () => {
    const zh = referenceNames("zh", translator("zh"));
    expect(zh.mechanism("FOCAC")).toBe("中非合作论坛");
    expect(zh.sector("health")).toBe("卫生与初级保健");
    expect(zh.region("Africa")).toBe("非洲");
    expect(zh.subregion("Sub-Saharan Africa")).toBe("撒哈拉以南非洲");
    expect(zh.country("KE")).toBe("肯尼亚");
    const ar = referenceNames("ar", translator("ar"));
    expect(ar.mechanism("BRICS")).toBe("مجموعة بريكس");
    expect(ar.country("EG")).toBe("مصر");
  });

  it("falls back to the name from the database, then to the code, for a code the catalogue does not know", () => {
    const fr = referenceNames("fr", translator("fr"));
    expect(fr.mechanism("NEW_FORUM", "New Forum")).toBe("New Forum");
    expect(fr.sector("new_sector")).toBe("new_sector");
    expect(fr.region("Atlantis")).toBe("Atlantis");
    expect(fr.country("not a code")).toBe("not a code");
  });

  it("marks an untranslated transfer rule text as English and a translated one as the reader's", () => {
    const fr = referenceNames("fr", translator("fr"));
    expect(fr.transferDuties("NG", "the basis of each transfer must be recorded")).toEqual({ text: "la base de chaque transfert doit être consignée" });
    expect(fr.transferDuties("XX", "a duty nobody translated")).toEqual({ text: "a duty nobody translated", lang: "en" });
  });
});

describe("one way to name reference data", () => {
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(p);
      return /\.tsx?$/.test(entry.name) ? [p] : [];
    });
  }
  const files = [...sources(path.join(ROOT, "app")), ...sources(path.join(ROOT, "components"))];
  const FORBIDDEN: { what: string; pattern: RegExp }[] = [
    { what: "country names from Intl.DisplayNames", pattern: /type:\s*"region"/ },
    { what: "a message key of reference names", pattern: /[`"'](?:sectors|regions|subregions|mechanisms|transferRules)\.\$\{/ },
    { what: "the reference message namespace", pattern: /namespace:\s*"reference"|useTranslations\("reference\.|getTranslations\("reference/ },
  ];

  it("finds the pages and components to check", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it("leaves naming countries, regions, mechanisms, sectors and transfer rules to i18n/reference-names.ts", () => {
    const found = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(({ what }) => `${path.relative(ROOT, file)}: ${what}`);
    });
    expect(found).toEqual([]);
  });
});
