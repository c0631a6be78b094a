// What the revision history shows of each event: a section save (who, for which institution, when,
// which fields changed and, for short values, old → new) or a submitted revision. Reviewers and the
// chair see the submitted revisions only (number and date), as on the proposal page — never who
// saved or submitted, nor the co-authors' saves.
import type { AuditAction } from "../audit/events";
import type { ActivityRow } from "./activity-queries";

export const SAVE_ACTIONS = ["programme.create", "programme.edit", "programme.editSection"] as const satisfies readonly AuditAction[];
export const REVISION_ACTIONS = ["programme.submit", "programme.resubmit"] as const satisfies readonly AuditAction[];
/** Entries per page of the history (keyset on the audit id). */
export const HISTORY_PAGE_SIZE = 50;
/** A value longer than this (as text) is named, not shown. */
export const SHORT_VALUE = 120;

export type HistoryChange = { field: string; before: string | null; after: string | null; shown: boolean };

export type HistoryItem = {
  /** Pass as `before` for the next (older) page. */
  cursor: number;
  occurredAt: Date;
  kind: "save" | "revision";
  /** A save of one section; null for a save in the whole form or the proposal's creation. */
  section: string | null;
  revision: number | null;
  actorName: string | null;
  institutionName: string | null;
  changes: HistoryChange[];
};

/** A short value as text (lists joined), or undefined when it is too long or not plain. */
export function shortValue(value: unknown): string | null | undefined {
  if (value === null || value === undefined || value === "") return null;
  const plain = (v: unknown): v is string | number | boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  const text = plain(value) ? String(value) : Array.isArray(value) && value.every(plain) ? value.map(String).join(", ") : undefined;
  return text !== undefined && text.length <= SHORT_VALUE ? text : undefined;
}

function changesOf(raw: unknown): HistoryChange[] {
  return Object.entries((raw ?? {}) as Record<string, { before?: unknown; after?: unknown }>)
    .filter(([field]) => field !== "status")
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([field, change]) => {
      const before = shortValue(change?.before);
      const after = shortValue(change?.after);
      const shown = before !== undefined && after !== undefined;
      return { field, before: shown ? before : null, after: shown ? after : null, shown };
    });
}

export function historyItem(row: ActivityRow, full: boolean): HistoryItem {
  const revisionChange = (row.changes as { revision?: { after?: unknown } } | null)?.revision;
  const isRevision = (REVISION_ACTIONS as readonly string[]).includes(row.action);
  const section = row.action === "programme.editSection" ? (row.context as { section?: unknown }).section : null;
  return {
    cursor: row.id,
    occurredAt: row.occurredAt,
    kind: isRevision ? "revision" : "save",
    section: typeof section === "string" ? section : null,
    revision: isRevision && typeof revisionChange?.after === "number" ? revisionChange.after : null,
    actorName: full ? row.actorName : null,
    institutionName: full ? row.actingInstitutionName : null,
    changes: isRevision || row.action === "programme.create" ? [] : changesOf(row.changes),
  };
}
