// French typography: a narrow no-break space (U+202F) before « : ; ! ? » and inside « guillemets ».
// One rule for the unit test that scans every French message and document and for the script that
// fixes them: `frenchSpacingFaults()` says where a text breaks the rule, `fixFrenchSpacing()` mends
// it. Left alone: URLs, markdown code and link targets, ICU skeletons (`{d, date, ::yMMMd}`), times
// and ratios (10:30), identifiers and headers (institution:write, Authorization: Bearer), HTML
// entities (&amp;) and runs of punctuation (« ?! » needs one space, before the first).

export const NNBSP = "\u202f";

/** Characters preceded by the narrow no-break space in French. */
const HIGH_PUNCTUATION = new Set([":", ";", "!", "?"]);

export type TextKind = "message" | "markdown";

export interface SpacingFault {
  index: number;
  /** "plain" — a space or a no-break space (U+00A0) stands where U+202F belongs; "missing" — no space at all. */
  problem: "plain" | "missing";
  mark: string;
  context: string;
}

const ALWAYS_EXCLUDED: RegExp[] = [
  /\b(?:https?|mailto|ftp):[^\s)<>"'»]+/g, // URLs
  /\bwww\.[^\s)<>"'»]+/g,
  /\{[^{}]*::[^{}]*\}/g, // ICU skeletons
  /\d:\d/g, // times and ratios
  /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, // HTML entities
  /(?:^|\s)\/[\w\-/.]*\?[\w=&%\-.]*/g, // a path with a query string
  /\b[\w.-]+:[\w.*-]+/g, // identifiers such as the scope institution:write
  /\b[A-Z][\w-]*: (?:Bearer|Basic)\b/g, // an HTTP header
];

const MARKDOWN_EXCLUDED: RegExp[] = [
  /```[\s\S]*?```/g, // fenced code
  /`[^`\n]*`/g, // inline code
  /\]\([^)]*\)/g, // link targets
  /<!--[\s\S]*?-->/g, // comments
  /<[^>\s]+:[^>\s]*>/g, // autolinks
];

/** Which characters of a text the rule does not apply to. */
function excludedMask(text: string, kind: TextKind): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const patterns = kind === "markdown" ? [...MARKDOWN_EXCLUDED, ...ALWAYS_EXCLUDED] : ALWAYS_EXCLUDED;
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) mask.fill(true, m.index, m.index + m[0].length);
  return mask;
}

const isSpace = (c: string | undefined) => c === " " || c === "\u00a0";

/** Where a text breaks the French spacing rule, in order. */
export function frenchSpacingFaults(text: string, kind: TextKind = "message"): SpacingFault[] {
  const mask = excludedMask(text, kind);
  const faults: SpacingFault[] = [];
  const context = (i: number) => text.slice(Math.max(0, i - 25), i + 10).replace(/\n/g, "⏎");
  const fault = (index: number, problem: SpacingFault["problem"], mark: string) => faults.push({ index, problem, mark, context: context(index) });
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (mask[i]) continue;
    if (HIGH_PUNCTUATION.has(c)) {
      const before = text[i - 1];
      if (before === undefined || before === "\n" || before === NNBSP || HIGH_PUNCTUATION.has(before)) continue;
      fault(i, isSpace(before) ? "plain" : "missing", c);
    } else if (c === "«") {
      const after = text[i + 1];
      if (after !== NNBSP) fault(i, isSpace(after) ? "plain" : "missing", c);
    } else if (c === "»") {
      const before = text[i - 1];
      if (before !== NNBSP) fault(i, isSpace(before) ? "plain" : "missing", c);
    }
  }
  return faults;
}

/** The text with every fault mended: the wrong space replaced by U+202F, or U+202F inserted. */
export function fixFrenchSpacing(text: string, kind: TextKind = "message"): string {
  let out = text;
  // From the end, so that earlier indexes stay valid.
  for (const f of frenchSpacingFaults(text, kind).reverse()) {
    const gap = f.mark === "«" ? f.index + 1 : f.index - 1;
    out = f.problem === "plain" ? out.slice(0, gap) + NNBSP + out.slice(gap + 1) : f.mark === "«" ? out.slice(0, gap) + NNBSP + out.slice(gap) : out.slice(0, f.index) + NNBSP + out.slice(f.index);
  }
  return out;
}

/** Every string of a parsed message file, with its key path ("card.term", "items.2"). */
export function messageStrings(value: unknown, at = ""): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => messageStrings(v, at ? `${at}.${i}` : String(i)));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => messageStrings(v, at ? `${at}.${k}` : k));
  return [];
}
