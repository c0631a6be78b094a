// What the activity feed shows of each audit event. Built from the typed events, never from their
// raw values: an edit shows which fields changed, not their text; a review shows that it was
// received and for which revision — never who wrote it, scored it or decided on it.
import type { AuditAction } from "../audit/events";
import type { ThreadAudience } from "@/db/schema/discussions";
import type { ActivityRow } from "./activity-queries";

/** Events made by a party's people (or an applicant's): the feed names the person and their institution. */
const BY_A_PARTY = [
  "programme.create",
  "programme.edit",
  "programme.editSection",
  "programme.submit",
  "programme.resubmit",
  "programme.withdraw",
  "programme.inviteCoLead",
  "programme.removeCoLead",
  "programme.leaveCoLead",
  "programme.publish",
  "programme.start",
  "programme.complete",
  "participation.apply",
  "participation.accept",
  "participation.decline",
  "participation.withdraw",
  "participation.leave",
  "agreement.create",
  "agreement.amend",
  "agreement.edit",
  "agreement.send",
  "agreement.sign",
  "agreement.terminate",
] as const satisfies readonly AuditAction[];

/** Events of the review and of the platform: the feed names nobody (reviewer anonymity; the chair is a reviewer). */
const ANONYMOUS = [
  "review.submit",
  "programme.approve",
  "programme.requestChanges",
  "programme.reject",
  "programme.cancel",
  "programme.setFlagship",
] as const satisfies readonly AuditAction[];

/** Discussion events, for the threads the reader may read: authors shown as in the thread, text never copied. */
const DISCUSSION = ["discussion.start", "discussion.post", "discussion.hide"] as const satisfies readonly AuditAction[];

export const FEED_ACTIONS: readonly AuditAction[] = [...BY_A_PARTY, ...ANONYMOUS, ...DISCUSSION];
const NAMED: ReadonlySet<string> = new Set(BY_A_PARTY);

export type ActivityItem = {
  /** Pass as `before` to read the next (older) page. */
  cursor: number;
  occurredAt: Date;
  action: AuditAction;
  /** The person and institution who acted, for a party's acts only (null for reviews and decisions). */
  actorName: string | null;
  institutionName: string | null;
  /** The co-lead institution invited, removed or leaving. */
  concernedInstitutionName: string | null;
  /** Status after the event (moves of the programme, a participation, an agreement). */
  status: string | null;
  /** The revision submitted or reviewed. */
  revision: number | null;
  /** A section save: which section; edits: which fields changed (names only). */
  section: string | null;
  fields: string[];
  /** A discussion event: its thread (linked, never its text). */
  thread: { id: string; subject: string; audience: ThreadAudience } | null;
  /** A message written by a reviewer or the chair: "Reviewer n" (numbers as in the thread), never a name. */
  reviewerNumber: number | null;
};

function statusAfter(changes: Record<string, unknown>): string | null {
  const status = changes.status as { after?: unknown } | undefined;
  return typeof status?.after === "string" ? status.after : null;
}

function revisionOf(action: string, changes: Record<string, unknown>): number | null {
  if (action === "review.submit") {
    const key = Object.keys(changes).find((k) => /^review:r\d+$/.test(k));
    return key ? Number(key.slice("review:r".length)) : null;
  }
  const revision = changes.revision as { after?: unknown } | undefined;
  return typeof revision?.after === "number" ? revision.after : null;
}

/** Who the feed names for a discussion event: the author as the thread shows them; nobody for a hidden message. */
function discussionAuthor(row: ActivityRow, numbers: ReadonlyMap<string, number>) {
  const none = { actorName: null, institutionName: null, reviewerNumber: null };
  if (row.action === "discussion.hide") return none;
  if (row.authorRole === "reviewer" || row.authorRole === "chair") return { ...none, reviewerNumber: (row.actorUserId && numbers.get(row.actorUserId)) || 0 };
  if (row.threadAudience === "public") return { ...none, institutionName: row.actingInstitutionName };
  return { actorName: row.actorName, institutionName: row.actingInstitutionName, reviewerNumber: null };
}

/** One feed item; `numbers` are the panel's reviewer numbers (the order of its seats, as the threads show them). */
export function activityItem(row: ActivityRow, numbers: ReadonlyMap<string, number> = new Map()): ActivityItem {
  const discussion = row.action.startsWith("discussion.");
  const named = NAMED.has(row.action);
  const changes = (row.changes ?? {}) as Record<string, unknown>;
  const edit = row.action === "programme.edit" || row.action === "programme.editSection";
  const section = row.action === "programme.editSection" ? (row.context as { section?: unknown }).section : null;
  return {
    cursor: row.id,
    occurredAt: row.occurredAt,
    action: row.action as AuditAction,
    ...(discussion ? discussionAuthor(row, numbers) : { actorName: named ? row.actorName : null, institutionName: named ? row.actingInstitutionName : null, reviewerNumber: null }),
    concernedInstitutionName: row.action.endsWith("CoLead") ? row.concernedInstitutionName : null,
    status: statusAfter(changes),
    revision: revisionOf(row.action, changes),
    section: typeof section === "string" ? section : null,
    fields: edit ? Object.keys(changes).sort() : [],
    thread: discussion && row.threadId && row.threadSubject && row.threadAudience ? { id: row.threadId, subject: row.threadSubject, audience: row.threadAudience } : null,
  };
}
