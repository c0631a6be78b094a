// French puts a narrow no-break space (U+202F) before « : ; ! ? » and inside « guillemets »: every
// French message and document is scanned, and the rule itself is checked on texts that break it and
// on the exceptions it leaves alone (URLs, times, ICU skeletons, code).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixFrenchSpacing, frenchSpacingFaults, messageStrings, NNBSP } from "../../scripts/lib/french-typography";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const FRENCH = path.join(ROOT, "messages", "fr");

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });

/** Every fault of every French message file (by key) and document, as "file key: …context… (problem)". */
function frenchFaults(): string[] {
  return walk(FRENCH).flatMap((file) => {
    const name = path.relative(ROOT, file);
    const text = readFileSync(file, "utf8");
    if (file.endsWith(".md")) return frenchSpacingFaults(text, "markdown").map((f) => `${name}: …${f.context}… (${f.problem} space before/after ${f.mark})`);
    if (!file.endsWith(".json")) return [];
    return messageStrings(JSON.parse(text)).flatMap(([key, value]) => frenchSpacingFaults(value).map((f) => `${name} ${key}: …${f.context}… (${f.problem} space before/after ${f.mark})`));
  });
}

const n = NNBSP;

describe("French typography", () => {
  it("puts a narrow no-break space before : ; ! ? and inside guillemets in every French message and document", () => {
    expect(walk(FRENCH).filter((f) => f.endsWith(".md")).length).toBeGreaterThanOrEqual(5);
    expect(frenchFaults()).toEqual([]);
  });

  it("finds a plain space, a no-break space or no space at all before high punctuation", () => {
    expect(frenchSpacingFaults("Attention : le délai ; la date !").map((f) => [f.mark, f.problem])).toEqual([
      [":", "plain"],
      [";", "plain"],
      ["!", "plain"],
    ]);
    expect(frenchSpacingFaults("Vraiment? Oui:").map((f) => [f.mark, f.problem])).toEqual([
      ["?", "missing"],
      [":", "missing"],
    ]);
    expect(frenchSpacingFaults("{label}\u00a0:").map((f) => f.problem)).toEqual(["plain"]);
    expect(frenchSpacingFaults("{name} : {count, plural, one {# place :} other {# places :}}")).toHaveLength(3);
  });

  it("finds guillemets without the narrow no-break space inside", () => {
    expect(frenchSpacingFaults("le rôle « {role} »").map((f) => [f.mark, f.problem])).toEqual([
      ["«", "plain"],
      ["»", "plain"],
    ]);
    expect(frenchSpacingFaults("«Nous»")).toHaveLength(2);
    expect(frenchSpacingFaults(`«${n}Nous${n}»`)).toEqual([]);
  });

  it("leaves URLs, times, ICU skeletons, identifiers, entities and code alone", () => {
    const fine = [
      "Voir https://example.org/a?b=c:d et mailto:contact@example.org",
      "Réunion à 10:30, ratio 1:1",
      "Le {when, date, ::yyyyMMMd} prévu",
      "institution:write — portée",
      "envoyez l'en-tête Authorization: Bearer suivi du jeton",
      "Tom &amp; Jerry",
      "Vraiment\u202f?!",
    ];
    for (const text of fine) expect(frenchSpacingFaults(text), text).toEqual([]);
    const markdown = "Lancez `npx tsx a.ts --x=y:z ?` puis [le guide](https://ex.org/?q=1) :\n\n```\nkey: value;\n```\n";
    expect(frenchSpacingFaults(markdown, "markdown").map((f) => f.index)).toEqual([markdown.indexOf(" :") + 1]);
  });

  it("mends every fault: replaces the wrong space, or adds the missing one", () => {
    expect(fixFrenchSpacing("Attention : « oui » ; non! {a}\u00a0?")).toBe(`Attention${n}: «${n}oui${n}»${n}; non${n}! {a}${n}?`);
    expect(fixFrenchSpacing("«Nous»")).toBe(`«${n}Nous${n}»`);
    expect(fixFrenchSpacing("à 10:30 : https://ex.org")).toBe(`à 10:30${n}: https://ex.org`);
  });
});
