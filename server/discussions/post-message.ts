// A message in a thread, or a reply (one level: a reply to a reply answers its parent). Mentions
// are opaque handles resolved against the people the writer may mention; anything else (a
// non-reader, a forged handle) tells nobody — the answer is the same either way.
import { messages } from "@/db/schema";
import { newId } from "@/db/ids";
import { requestFacts, type UseCaseContext } from "../context";
import { invalidFields, notFound } from "../errors";
import { commit } from "../workflow/commit";
import { assertReads, assertWrites, isClosed, threadClosed } from "./access";
import { followStep, messageNotices, touchOpenThread } from "./message-steps";
import { resolveMentions } from "./mentions";
import { findMessage, findThread } from "./place";
import { threadPeople } from "./queries";
import type { PostMessageInput } from "./schemas";

export async function postMessage(ctx: UseCaseContext, input: PostMessageInput) {
  const { db, viewer } = ctx;
  const [found, parent, people] = await Promise.all([
    findThread(db, input.threadId, null),
    input.parentId ? findMessage(db, input.parentId) : undefined,
    input.mentions.length ? threadPeople(db, { threadId: input.threadId }) : undefined,
  ]);
  if (!found) throw notFound("thread");
  const { thread, place } = found;
  assertReads(viewer, thread.audience, place);
  const author = assertWrites(viewer, thread.audience, place, thread);
  if (isClosed(thread.audience, place)) throw threadClosed();
  if (input.parentId && (!parent || parent.thread.id !== thread.id)) throw invalidFields({ parentId: ["validation.invalidId"] });
  const parentId = parent ? (parent.message.parentId ?? parent.message.id) : null;
  const mentioned = people ? resolveMentions(viewer, thread.audience, place, people, input.mentions) : [];

  const now = new Date();
  const messageId = newId();
  const actorId = author.actor.userId;
  await commit(db, {
    changes: [
      touchOpenThread(thread.id, thread.audience, place, now),
      {
        statement: db.insert(messages).values({
          id: messageId,
          threadId: thread.id,
          parentId,
          authorUserId: actorId,
          authorInstitutionId: author.institutionId,
          authorRole: author.role,
          body: input.body.trim(),
          mentionedUserIds: mentioned,
          createdAt: now,
        }),
      },
      followStep(thread.id, actorId, now),
    ],
    event: {
      action: "discussion.post",
      objectType: "thread",
      objectId: thread.id,
      actorUserId: actorId,
      onBehalfOfInstitutionId: author.institutionId,
      changes: { message: { before: null, after: messageId } },
      context: { audience: thread.audience, reply: parentId !== null, mentions: mentioned.length },
    },
    notices: messageNotices({ threadId: thread.id, audience: thread.audience, place, subject: thread.subject, authorId: actorId, mentions: mentioned }),
    request: requestFacts(ctx.meta),
  });
  return { threadId: thread.id, messageId };
}
