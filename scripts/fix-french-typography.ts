// Mends the French spacing of every French message and document in place (see
// scripts/lib/french-typography.ts): `npx tsx scripts/fix-french-typography.ts`. Only the values of
// the message files change — keys, key order, indentation and escapes stay byte for byte.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fixFrenchSpacing } from "./lib/french-typography";

const FRENCH = path.resolve(import.meta.dirname, "..", "messages", "fr");

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });

/** The JSON text with each string value (not key) mended; a value with escapes JSON would write differently is reported, not touched. */
function fixJson(text: string, file: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"(\s*:)?/g, (token, keyColon: string | undefined) => {
    if (keyColon) return token;
    const value = JSON.parse(token) as string;
    const fixed = fixFrenchSpacing(value);
    if (fixed === value) return token;
    if (JSON.stringify(value) !== token) {
      console.warn(`${file}: left as written (unusual escapes): ${token.slice(0, 60)}`);
      return token;
    }
    return JSON.stringify(fixed);
  });
}

let changed = 0;
for (const file of walk(FRENCH)) {
  const text = readFileSync(file, "utf8");
  const fixed = file.endsWith(".json") ? fixJson(text, file) : file.endsWith(".md") ? fixFrenchSpacing(text, "markdown") : text;
  if (fixed === text) continue;
  JSON.parse(file.endsWith(".json") ? fixed : "{}");
  writeFileSync(file, fixed);
  changed++;
  console.log(`mended ${path.relative(process.cwd(), file)}`);
}
console.log(`${changed} file(s) mended`);
