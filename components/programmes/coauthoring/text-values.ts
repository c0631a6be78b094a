// The text fields the section editor edits (the basics section), and their values as strings.
export const TEXT_FIELDS = ["title", "summary", "description"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type TextValues = Record<TextField, string>;

/** A section's values as the editor holds them: every text field a string (null → ""). */
export function textValues(values: Record<string, unknown>): TextValues {
  return Object.fromEntries(TEXT_FIELDS.map((f) => [f, typeof values[f] === "string" ? values[f] : ""])) as TextValues;
}

/** What the server refused with: the section as it holds it now (server/coauthoring/sections.ts). */
export type ServerSection = { section: string; version: number; values: Record<string, unknown> };

/** The section a CONFLICT carries (server/trpc/init.ts adds `current` to the error's data), if any. */
export function serverSectionOf(data: unknown): ServerSection | null {
  const current = (data as { current?: unknown } | undefined)?.current as Partial<ServerSection> | null | undefined;
  return current && typeof current.version === "number" && current.values && typeof current.values === "object" ? (current as ServerSection) : null;
}
