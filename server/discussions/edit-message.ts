// An author corrects their message within 15 minutes of writing it; the text it had is kept as a
// revision. The author must still be allowed to write in the thread, and the thread still open.
import { messageRevisions, messages } from "@/db/schema";
import { requestFacts, type UseCaseContext } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { commit } from "../workflow/commit";
import { guardedUpdate } from "../workflow/guarded-update";
import { assertReads, assertWrites, isClosed, threadClosed } from "./access";
import { findMessage } from "./place";
import { EDIT_WINDOW_MS, type EditMessageInput } from "./schemas";

export const editWindowOver = () => new DomainError("INVALID_TRANSITION", { what: "message", from: "editWindowOver", event: "edit" });

export async function editMessage(ctx: UseCaseContext, input: EditMessageInput) {
  const { db, viewer } = ctx;
  const found = await findMessage(db, input.messageId);
  if (!found) throw notFound("message");
  const { message, thread, place } = found;
  assertReads(viewer, thread.audience, place);
  const author = assertWrites(viewer, thread.audience, place, thread);
  if (message.authorUserId !== author.actor.userId) throw new DomainError("FORBIDDEN", { action: "discussion.edit" });
  if (message.version !== input.version) throw conflict("message");
  if (message.status !== "visible" || isClosed(thread.audience, place)) throw threadClosed();
  const now = new Date();
  if (now.getTime() - message.createdAt.getTime() > EDIT_WINDOW_MS) throw editWindowOver();
  const body = input.body.trim();
  if (body === message.body) return { messageId: message.id, version: message.version };

  await commit(db, {
    changes: [
      { ...guardedUpdate(db, messages, message.id, message, { body, editedAt: now }), refusal: () => conflict("message") },
      { statement: db.insert(messageRevisions).values({ messageId: message.id, revision: message.version, body: message.body, createdAt: now }) },
    ],
    event: {
      action: "discussion.edit",
      objectType: "message",
      objectId: message.id,
      actorUserId: author.actor.userId,
      onBehalfOfInstitutionId: author.institutionId,
      changes: { body: { before: message.body, after: body } },
      context: { threadId: thread.id },
    },
    request: requestFacts(ctx.meta),
  });
  return { messageId: message.id, version: message.version + 1 };
}
