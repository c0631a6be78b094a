// Following or unfollowing a thread one may read: a person's own choice of what they are told.
import { and, eq } from "drizzle-orm";
import { threadFollowers } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { notFound } from "../errors";
import { commit } from "../workflow/commit";
import { assertReads } from "./access";
import { followStep } from "./message-steps";
import { findThread } from "./place";
import type { FollowThreadInput } from "./schemas";

export async function followThread(ctx: UseCaseContext, input: FollowThreadInput) {
  const { db, viewer } = ctx;
  const found = await findThread(db, input.threadId, viewer?.userId ?? null);
  if (!found) throw notFound("thread");
  assertReads(viewer, found.thread.audience, found.place);
  assertCan(viewer, "discussion.follow", { userId: viewer?.userId });
  if (found.following === input.follow) return { threadId: input.threadId, following: input.follow };
  const now = new Date();
  await commit(db, {
    changes: [
      input.follow
        ? followStep(input.threadId, viewer.userId, now)
        : { statement: db.delete(threadFollowers).where(and(eq(threadFollowers.threadId, input.threadId), eq(threadFollowers.userId, viewer.userId))) },
    ],
    event: {
      action: "discussion.follow",
      objectType: "thread",
      objectId: input.threadId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { following: { before: found.following, after: input.follow } },
      context: {},
    },
    request: requestFacts(ctx.meta),
  });
  return { threadId: input.threadId, following: input.follow };
}
