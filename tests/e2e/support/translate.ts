// The journey in any locale, written once: `msg(locale, key, params)` is the catalogue message in
// that locale with its simple {placeholders} filled in (plural and select forms are not).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const MESSAGES = path.join(process.cwd(), "messages");
const flats = new Map<string, Map<string, string>>();

function flat(locale: string): Map<string, string> {
  let out = flats.get(locale);
  if (out) return out;
  out = new Map();
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") out.set(key, value);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
  };
  for (const file of readdirSync(path.join(MESSAGES, locale)).filter((f) => f.endsWith(".json"))) {
    walk(JSON.parse(readFileSync(path.join(MESSAGES, locale, file), "utf8")), file.replace(/\.json$/, ""));
  }
  flats.set(locale, out);
  return out;
}

const fill = (message: string, params: Record<string, string | number>) => message.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

/** A message by its key, in `locale`. */
export function msg(locale: string, key: string, params: Record<string, string | number> = {}): string {
  const value = flat(locale).get(key);
  if (value === undefined) throw new Error(`msg: no ${key} in ${locale}`);
  return fill(value, params);
}
