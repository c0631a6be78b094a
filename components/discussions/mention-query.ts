// Where an "@" mention is being typed in a text: the "@" at the start or after a space, before the
// caret, with no line break or second "@" in between. Pure, so the composer and its tests share it.

/** The longest text after "@" still read as a name being typed. */
export const MENTION_QUERY_MAX = 40;

export type MentionQuery = { start: number; query: string };

export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0) return null;
  if (at > 0 && !/\s/.test(before[at - 1] ?? "")) return null;
  const query = before.slice(at + 1);
  if (query.length > MENTION_QUERY_MAX || /[\n@]/.test(query) || /^\s/.test(query)) return null;
  return { start: at, query };
}

/** The text with the typed "@query" replaced by "@label " and where the caret goes after it. */
export function insertMention(text: string, caret: number, at: MentionQuery, label: string): { text: string; caret: number } {
  const inserted = `@${label} `;
  const after = text.slice(caret).replace(/^ /, "");
  return { text: text.slice(0, at.start) + inserted + after, caret: at.start + inserted.length };
}

/** Whether a label matches what was typed (case- and accent-insensitive, any word's start or anywhere). */
export function matchesQuery(label: string, query: string): boolean {
  const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
  return fold(label).includes(fold(query.trim()));
}
