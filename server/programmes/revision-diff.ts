import { diffLines, diffWordsWithSpace } from "diff";
import { CONTENT_FIELDS, type ContentField } from "./content";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type FieldDiff = { field: ContentField; parts: DiffPart[] };

const LONG_TEXT: readonly ContentField[] = ["description", "summary"];

function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join(", ");
  if (Array.isArray(value)) return value.map((v) => JSON.stringify(v)).join("\n");
  return typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
}

/**
 * What changed between two revisions, field by field: line diffs for long texts, word
 * diffs for the rest. Unchanged fields are left out.
 */
export function diffRevisions(from: Record<string, unknown>, to: Record<string, unknown>): FieldDiff[] {
  const result: FieldDiff[] = [];
  for (const field of CONTENT_FIELDS) {
    const a = asText(from[field]);
    const b = asText(to[field]);
    if (a === b) continue;
    const changes = LONG_TEXT.includes(field) ? diffLines(a, b) : diffWordsWithSpace(a, b);
    result.push({
      field,
      parts: changes.map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value })),
    });
  }
  return result;
}
