// @mentions. A writer is offered the people who can read the thread, shown as the thread shows
// them ("Reviewer n" to everybody but the panel and the admins) and named by an opaque handle: an
// HMAC of the programme and the person, so no output carries a user id and a handle means nothing
// outside its programme. The server resolves handles against the same list again when the message
// is written: anything else (a forged or stale handle, a non-reader) is dropped and tells nobody.
import { createHmac } from "node:crypto";
import type { ThreadAudience } from "@/db/schema/discussions";
import type { Viewer } from "../authz/viewer";
import { env } from "../env";
import { seesReviewerNames } from "./access";
import type { Place } from "./place";
import { reviewerNumbers, type MentionedPerson } from "./present";
import type { ThreadPerson } from "./queries";

export function mentionHandle(programmeId: string, userId: string): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`mention\u0000${programmeId}\u0000${userId}`).digest("base64url").slice(0, 22);
}

export type { MentionedPerson };

/** What choosing a person inserts after "@": what every reader of the thread sees of them. */
export type MentionText = { kind: "reviewer"; number: number } | { kind: "name"; name: string };

export type MentionCandidate = { handle: string; person: MentionedPerson; text: MentionText };

type People = { parties: readonly ThreadPerson[]; panel: readonly ThreadPerson[] };
type Known = { userId: string; person: MentionedPerson; text: MentionText };

/** Everybody of the thread the viewer may know of, as the viewer is shown them (the panel only where it reads the thread). */
function known(viewer: Viewer, audience: ThreadAudience, place: Place, people: People): Known[] {
  if (audience === "public") return [];
  const namesShown = seesReviewerNames(viewer, place);
  const numbers = reviewerNumbers(place);
  const withPanel = audience === "parties_and_reviewers" || audience === "panel";
  const seen = new Set<string>();
  const out: Known[] = [];
  for (const p of withPanel ? people.panel : []) {
    const number = numbers.get(p.id);
    if (number === undefined || seen.has(p.id)) continue;
    seen.add(p.id);
    // In a panel thread every reader sees names; elsewhere the parties read it, so "@Reviewer n" is inserted.
    const text: MentionText = audience === "panel" && namesShown ? { kind: "name", name: p.name } : { kind: "reviewer", number };
    out.push({ userId: p.id, person: { kind: "reviewer", number, name: namesShown ? p.name : null }, text });
  }
  for (const p of audience === "panel" ? [] : people.parties) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    out.push({ userId: p.id, person: { kind: "person", name: p.name }, text: { kind: "name", name: p.name } });
  }
  return out;
}

/** Whom a writer may mention (never themselves), by handle. */
export function mentionCandidates(viewer: Viewer, audience: ThreadAudience, place: Place, people: People): MentionCandidate[] {
  return known(viewer, audience, place, people)
    .filter((k) => k.userId !== viewer?.userId)
    .map((k) => ({ handle: mentionHandle(place.programme.id, k.userId), person: k.person, text: k.text }));
}

/** The user ids behind the handles a writer sent, among the people they may mention; anything else is dropped. */
export function resolveMentions(viewer: Viewer, audience: ThreadAudience, place: Place, people: People, handles: readonly string[]): string[] {
  const wanted = new Set(handles);
  return known(viewer, audience, place, people)
    .filter((k) => k.userId !== viewer?.userId && wanted.has(mentionHandle(place.programme.id, k.userId)))
    .map((k) => k.userId);
}

/** How a reader is shown the people a message mentions (those the reader cannot know of are left out). */
export function mentionPresenter(viewer: Viewer, audience: ThreadAudience, place: Place, people: People): (userIds: readonly string[] | null) => MentionedPerson[] {
  const byId = new Map(known(viewer, audience, place, people).map((k) => [k.userId, k.person]));
  return (userIds) => (userIds ?? []).flatMap((id) => byId.get(id) ?? []);
}
