// One register per language across every message file and document: Brazilian Portuguese (not
// European forms), "организация" for an institution in Russian (not "учреждение"), the card's
// term punctuation of each language (French: a narrow no-break space before the colon, Chinese: a
// full-width colon), and every country of the reference list named by CLDR in every locale,
// in the language of the locale rather than copied from English.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCountries } from "../../db/reference/load";
import { LOCALES } from "../../i18n/locales";
import { countryNames } from "../../i18n/reference-names";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Every message file and document of a locale, as [relative path, text]. */
function filesOf(locale: string): [string, string][] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  return walk(path.join(ROOT, "messages", locale))
    .filter((f) => f.endsWith(".json") || f.endsWith(".md"))
    .map((f) => [path.relative(ROOT, f), readFileSync(f, "utf8")]);
}

/** Where a pattern occurs: "file: …context…". */
function occurrences(locale: string, pattern: RegExp): string[] {
  return filesOf(locale).flatMap(([file, text]) => [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))].map((m) => `${file}: …${text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20)}…`));
}

/** European Portuguese forms, their Brazilian counterparts, and a European phrase each form is found in. */
const EUROPEAN_PORTUGUESE: [RegExp, string, string][] = [
  [/\butilizador/i, "usuário", "O utilizador entra"],
  [/\bficheiro/i, "arquivo", "Envie o ficheiro"],
  [/\becrã/i, "tela", "no ecrã inicial"],
  [/\bequipa\b/i, "equipe", "a equipa do programa"],
  [/\bregisto/i, "registro", "o registo de auditoria"],
  [/\btelemóvel/i, "celular", "o número de telemóvel"],
  [/\bcontacto/i, "contato", "a pessoa de contacto"],
  [/\bpalavra-passe/i, "senha", "a palavra-passe"],
  [/\breceção/i, "recepção", "a receção do pedido"],
  [/(?<!com)partilh/i, "compartilhar", "partilhar os dados"],
  [/\bfacto\b/i, "fato", "de facto"],
  [/\bactual/i, "atual", "o estado actual"],
  [/\bprojecto/i, "projeto", "o projecto"],
  [/\b(?:ac|direc|selec|protec)ção/i, "ação, direção, seleção, proteção", "a acção seguinte"],
  [/\bregist(?:ar|ad[oa]s?|e|em|ei|ou)\b/i, "registrar, registrado", "registar a instituição"],
  [/\bcontact(?:ar|e|em|ou|ad[oa]s?|os)\b/i, "contatar, contato", "contactar a equipe"],
  [/\bequipas\b/i, "equipes", "as equipas"],
  [/\baced(?:er|e|em|eu|id[oa]s?)\b/i, "acessar", "aceder à página"],
  [/\bplane(?:ar|ad[oa]s?|amento)\b/i, "planejar, planejamento", "planear o programa"],
  [/\bconnosco\b/i, "conosco", "fale connosco"],
  [/\b(?:tu|teu|tua|teus|tuas|contigo|podes|tens|queres|deves)\b/i, "você, seu, sua (Brazil addresses the reader as você)", "o teu perfil"],
  [/(?:económ|académ|anónim|fenómen|eletrónic|electrónic|prémi|sénior|\bgéner)/i, "econôm-, acadêm-, anônim-, fenômen-, eletrônic-, prêmi-, sênior, gêner-", "impacto económico"],
  [/\bdescarreg/i, "baixar", "descarregar o arquivo"],
  [/\bpercentagem/i, "porcentagem", "a percentagem"],
  [/\butente/i, "usuário", "o utente"],
  [/\bem curso\b/i, "em andamento", "os programas em curso"],
  [/\b(?:está|estão|estou|estamos|estava|estavam|estar)\s+a\s+\p{L}+r\b/iu, "the gerund: está fazendo", "está a carregar"],
];

/**
 * Country names come from CLDR (i18n/reference-names.ts). Languages in Latin script rightly share
 * many proper names with English (Ghana, Kenya, Portugal…): for them, at most this share of the
 * names may be spelled as in English; languages in other scripts share none.
 */
const MAX_SHARED_WITH_ENGLISH: Partial<Record<(typeof LOCALES)[number], number>> = { fr: 0.4, es: 0.4, pt: 0.4 };
const KNOWN_COUNTRY_NAMES: Record<string, Record<string, string>> = {
  fr: { ZA: "Afrique du Sud", EG: "Égypte", BR: "Brésil" },
  es: { ZA: "Sudáfrica", EG: "Egipto", BR: "Brasil" },
  pt: { ZA: "África do Sul", EG: "Egito", BR: "Brasil" },
  ar: { ZA: "جنوب أفريقيا", EG: "مصر" },
  zh: { ZA: "南非", BR: "巴西" },
  ru: { ZA: "Южно-Африканская Республика", BR: "Бразилия" },
};

describe("locale consistency", () => {
  it.each(EUROPEAN_PORTUGUESE.map(([pattern, , european]) => [european, pattern] as const))('recognizes the European form in "%s"', (european, pattern) => {
    expect(european).toMatch(pattern);
  });

  it("writes Brazilian Portuguese forms everywhere in pt", () => {
    const found = EUROPEAN_PORTUGUESE.flatMap(([pattern, brazilian]) => occurrences("pt", pattern).map((o) => `${o} (Brazilian: ${brazilian})`));
    expect(found).toEqual([]);
    expect(occurrences("pt", /\bvocê/i).length).toBeGreaterThan(50);
  });

  it('calls an institution "организация" in Russian, never "учреждение" or "институция"', () => {
    expect(occurrences("ru", /учрежден/i)).toEqual([]);
    expect(occurrences("ru", /институци/i)).toEqual([]);
    expect(occurrences("ru", /организаци/i).length).toBeGreaterThan(50);
  });

  it("punctuates the programme card's terms as each language does", () => {
    const term = (locale: string) => (JSON.parse(readFileSync(path.join(ROOT, "messages", locale, "catalogue.json"), "utf8")) as { card: { term: string } }).card.term;
    expect(term("en")).toBe("{label}:");
    expect(term("fr")).toBe("{label}\u202f:");
    expect(term("zh")).toBe("{label}：");
    for (const locale of LOCALES) expect(term(locale), locale).toContain("{label}");
  });

  it.each(LOCALES.filter((l) => l !== "en"))("names every country of the reference list in %s, in its own language", (locale) => {
    const english = countryNames("en");
    const local = countryNames(locale);
    const countries = readCountries(path.join(ROOT, "db", "reference"));
    expect(countries.filter((c) => local(c.iso2) === c.iso2).map((c) => c.iso2)).toEqual([]);
    const copies = countries.filter((c) => local(c.iso2) === english(c.iso2));
    expect(copies.length / countries.length).toBeLessThanOrEqual(MAX_SHARED_WITH_ENGLISH[locale] ?? 0);
    for (const [iso2, name] of Object.entries(KNOWN_COUNTRY_NAMES[locale] ?? {})) expect(local(iso2), iso2).toBe(name);
  });
});
