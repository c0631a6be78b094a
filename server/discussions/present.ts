// What a reader is shown of a message. A reviewer's or chair's message is signed "Reviewer n"
// (stable per programme: the order of the panel's seats) for everybody but the panel and the
// admins; a public question shows the institution only; no output carries a user id or email.
import type { ThreadAudience } from "@/db/schema/discussions";
import type { Viewer } from "../authz/viewer";
import type { Place } from "./place";
import type { MessageListRow } from "./queries";
import { EDIT_WINDOW_MS } from "./schemas";

export type MessageAuthor =
  | { kind: "reviewer"; number: number; name: string | null }
  | { kind: "person"; name: string; institution: string | null }
  | { kind: "institution"; institution: string | null };

/** A person as a mention shows them: a reviewer by number (and name, to the panel and admins), anybody else by name. */
export type MentionedPerson = { kind: "reviewer"; number: number; name: string | null } | { kind: "person"; name: string };

export type MessageView = {
  id: string;
  parentId: string | null;
  author: MessageAuthor;
  /** null once hidden; the reason is shown instead. */
  body: string | null;
  /** The people it mentions, as this reader may know them (empty once hidden). */
  mentions: MentionedPerson[];
  hiddenReason: string | null;
  createdAt: string;
  edited: boolean;
  version: number;
  mine: boolean;
  /** Until when its author may still edit it (their own, visible messages only). */
  editableUntil: string | null;
};

/** Reviewer numbers: 1, 2, … in the order the programme's panel seats were given (the chair included). */
export function reviewerNumbers(place: Place): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const seat of place.panel) if (!numbers.has(seat.userId)) numbers.set(seat.userId, numbers.size + 1);
  return numbers;
}

export function presentMessage(row: MessageListRow, ctx: { viewer: Viewer; audience: ThreadAudience; numbers: Map<string, number>; namesShown: boolean; open: boolean; now: Date; mentions?: (userIds: readonly string[] | null) => MentionedPerson[] }): MessageView {
  const mine = ctx.viewer !== null && ctx.viewer.userId === row.authorUserId;
  const hidden = row.status === "hidden";
  const author: MessageAuthor =
    row.authorRole === "reviewer" || row.authorRole === "chair"
      ? { kind: "reviewer", number: ctx.numbers.get(row.authorUserId) ?? 0, name: ctx.namesShown ? row.authorName : null }
      : ctx.audience === "public"
        ? { kind: "institution", institution: row.institutionName }
        : { kind: "person", name: row.authorName, institution: row.institutionName };
  const until = row.createdAt.getTime() + EDIT_WINDOW_MS;
  return {
    id: row.id,
    parentId: row.parentId,
    author,
    body: hidden ? null : row.body,
    mentions: hidden || !ctx.mentions ? [] : ctx.mentions(row.mentionedUserIds),
    hiddenReason: hidden ? row.hiddenReason : null,
    createdAt: row.createdAt.toISOString(),
    edited: row.editedAt !== null,
    version: row.version,
    mine,
    editableUntil: mine && !hidden && ctx.open && until > ctx.now.getTime() ? new Date(until).toISOString() : null,
  };
}
