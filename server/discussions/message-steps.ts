// What every new message writes besides itself: the thread's activity stamp (guarded: the thread
// must still be open), its author as a follower, and the notices — to the people mentioned who
// may read the thread, and to its followers. Notices carry the programme and the thread's subject,
// never who wrote: a reviewer's name, email or id reaches no party through them.
import { sql } from "drizzle-orm";
import type { ThreadAudience } from "@/db/schema/discussions";
import type { ChangeStep } from "../workflow/commit";
import type { Audience, Notice } from "../notifications/notices";
import { statement } from "../workflow/statement";
import { readersOf, stillOpenSql, threadClosed } from "./access";
import type { Place } from "./place";

export function threadPath(audience: ThreadAudience, place: Place, threadId: string): string {
  if (audience === "public") return `/programmes/${place.programme.id}#question-${threadId}`;
  return `/discussions/${threadId}`;
}

/** The thread is stamped with its last message, only while it is still open: a closed thread refuses the whole write. */
export function touchOpenThread(threadId: string, audience: ThreadAudience, place: Place, now: Date): ChangeStep {
  return {
    statement: statement(sql`update threads set last_message_at = ${now}, version = version + 1 where id = ${threadId} and ${stillOpenSql(audience, place)}`),
    expectRows: 1,
    refusal: threadClosed,
  };
}

/** The author follows the thread they write in (a second message changes nothing). */
export function followStep(threadId: string, userId: string, now: Date): ChangeStep {
  return { statement: statement(sql`insert ignore into thread_followers (thread_id, user_id, created_at) values (${threadId}, ${userId}, ${now})`) };
}

type Tell = { threadId: string; audience: ThreadAudience; place: Place; subject: string; authorId: string; mentions: readonly string[]; alsoTell?: readonly Audience[] };

export function messageNotices({ threadId, audience, place, subject, authorId, mentions, alsoTell = [] }: Tell): Notice[] {
  const params = { reference: place.programme.reference, title: place.programme.title, subject };
  const path = threadPath(audience, place, threadId);
  const within = readersOf(audience, place);
  const author: Audience = { users: [authorId] };
  const mentioned: Audience = { users: mentions };
  const notices: Notice[] = [];
  if (mentions.length) notices.push({ to: mentioned, except: [author], within, kind: "discussionMention", params, path });
  // Each person is told once: followers first, then each further audience minus those told before.
  const told: Audience[] = [author, mentioned];
  for (const to of [{ followersOf: threadId } as Audience, ...alsoTell]) {
    notices.push({ to, except: [...told], within, kind: "discussionMessage", params, path });
    told.push(to);
  }
  return notices;
}
