// Moderation: an admin or the thread's owner institution (the programme's lead; a panel thread's
// chair) hides a message with a reason. Readers see that it was hidden and why; the hidden text
// stays in the message row and in the audit event.
import { messages } from "@/db/schema";
import { requestFacts, type UseCaseContext } from "../context";
import { conflict, invalidFields, notFound } from "../errors";
import { actingInstitution } from "../agreements/access";
import { commit } from "../workflow/commit";
import { guardedUpdate } from "../workflow/guarded-update";
import { assertModerates, assertReads, partyInstitutions } from "./access";
import { findMessage } from "./place";
import type { HideMessageInput } from "./schemas";

export async function hideMessage(ctx: UseCaseContext, input: HideMessageInput) {
  const { db, viewer } = ctx;
  const found = await findMessage(db, input.messageId);
  if (!found) throw notFound("message");
  const { message, thread, place } = found;
  assertReads(viewer, thread.audience, place);
  assertModerates(viewer, thread.audience, place);
  if (message.version !== input.version) throw conflict("message");
  const reason = input.reason.trim();
  if (!reason) throw invalidFields({ reason: ["validation.reasonRequired"] });
  if (message.status === "hidden") return { messageId: message.id, version: message.version };

  await commit(db, {
    changes: [guardedUpdate(db, messages, message.id, message, { status: "hidden", hiddenReason: reason })],
    event: {
      action: "discussion.hide",
      objectType: "message",
      objectId: message.id,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: actingInstitution(viewer, partyInstitutions(thread.audience, place)),
      changes: { status: { before: "visible", after: "hidden" } },
      context: { threadId: thread.id, reason, hiddenText: message.body },
    },
    request: requestFacts(ctx.meta),
  });
  return { messageId: message.id, version: message.version + 1 };
}
