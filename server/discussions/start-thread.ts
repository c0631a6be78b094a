// Starting a thread: on a proposal (parties, parties and reviewers, panel), on a clause of an
// agreement version, or a public question on an open programme. The thread, its first message,
// its author as follower, one audit event and the notices are one atomic write.
import { messages, threads } from "@/db/schema";
import type { ThreadAudience } from "@/db/schema/discussions";
import { newId } from "@/db/ids";
import { requestFacts, type UseCaseContext } from "../context";
import { notFound } from "../errors";
import { commit } from "../workflow/commit";
import { assertReads, assertWrites, isClosed, participantsOf, threadClosed } from "./access";
import { followStep, messageNotices } from "./message-steps";
import { resolveMentions } from "./mentions";
import { findAgreementPlace, findProgrammePlace } from "./place";
import { threadPeople } from "./queries";
import type { StartThreadInput } from "./schemas";

export async function startThread(ctx: UseCaseContext, input: StartThreadInput) {
  const { db, viewer } = ctx;
  const audience: ThreadAudience = input.audience;
  const [place, people] = await Promise.all([
    input.audience === "clause" ? findAgreementPlace(db, input.agreementId) : findProgrammePlace(db, input.programmeId),
    input.mentions.length === 0 ? undefined : threadPeople(db, input.audience === "clause" ? { agreementId: input.agreementId } : { programmeId: input.programmeId, audience }),
  ]);
  if (!place) throw notFound(input.audience === "clause" ? "agreement" : "programme");
  assertReads(viewer, audience, place);
  const author = assertWrites(viewer, audience, place);
  if (isClosed(audience, place)) throw threadClosed();

  const mentioned = people ? resolveMentions(viewer, audience, place, people, input.mentions) : [];
  const now = new Date();
  const threadId = newId();
  const messageId = newId();
  const subject = input.subject.trim();
  await commit(db, {
    changes: [
      {
        statement: db.insert(threads).values({
          id: threadId,
          programmeId: place.programme.id,
          agreementId: input.audience === "clause" ? input.agreementId : null,
          clause: input.audience === "clause" ? input.clause : null,
          audience,
          subject,
          createdByUserId: author.actor.userId,
          createdAt: now,
          lastMessageAt: now,
        }),
      },
      {
        statement: db.insert(messages).values({
          id: messageId,
          threadId,
          authorUserId: author.actor.userId,
          authorInstitutionId: author.institutionId,
          authorRole: author.role,
          body: input.body.trim(),
          mentionedUserIds: mentioned,
          createdAt: now,
        }),
      },
      followStep(threadId, author.actor.userId, now),
    ],
    event: {
      action: "discussion.start",
      objectType: "thread",
      objectId: threadId,
      actorUserId: author.actor.userId,
      onBehalfOfInstitutionId: author.institutionId,
      changes: { subject: { before: null, after: subject }, message: { before: null, after: messageId } },
      context: { audience, mentions: mentioned.length },
    },
    notices: messageNotices({ threadId, audience, place, subject, authorId: author.actor.userId, mentions: mentioned, alsoTell: participantsOf(audience, place) }),
    request: requestFacts(ctx.meta),
  });
  return { threadId, messageId };
}
