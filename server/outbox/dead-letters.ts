// The outbox's dead letters — emails the worker gave up on after MAX_ATTEMPTS — for the admins:
// listed (one page, one query) and retried. A retry puts the row back to pending with its
// attempts reset, in one atomic write with its audit event; the row must still be dead
// (guarded), so two admins retrying at once retry it once (the second gets CONFLICT).
import { and, desc, eq, sql } from "drizzle-orm";
import { emailOutbox } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { conflict } from "../errors";
import { commit } from "../workflow/commit";
import type { RetryDeadLetterInput } from "./schemas";

export const DEAD_LETTERS_PAGE_SIZE = 50;

export async function listDeadLetters(ctx: UseCaseContext, input: { page: number }) {
  assertCan(ctx.viewer, "outbox.read");
  const rows = await ctx.db
    .select({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      template: emailOutbox.template,
      locale: emailOutbox.locale,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      lastAttemptAt: emailOutbox.nextAttemptAt,
      createdAt: emailOutbox.createdAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.status, "dead"))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(DEAD_LETTERS_PAGE_SIZE)
    .offset((input.page - 1) * DEAD_LETTERS_PAGE_SIZE);
  return { items: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0, pageSize: DEAD_LETTERS_PAGE_SIZE };
}

/** Puts a dead letter back in the queue (attempts reset): the worker sends it on its next run. One atomic write. */
export async function retryDeadLetter(ctx: UseCaseContext, input: RetryDeadLetterInput) {
  const viewer = ctx.viewer;
  assertCan(viewer, "outbox.retry");
  await commit(ctx.db, {
    changes: [
      {
        statement: ctx.db
          .update(emailOutbox)
          .set({ status: "pending", attempts: 0, nextAttemptAt: sql`utc_timestamp(3)`, leaseToken: null, leaseUntil: null })
          .where(and(eq(emailOutbox.id, input.emailId), eq(emailOutbox.status, "dead"))),
        expectRows: 1,
        refusal: () => conflict("email"),
      },
    ],
    event: {
      action: "email.retry",
      objectType: "email",
      objectId: input.emailId,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { status: { before: "dead", after: "pending" } },
      context: {},
    },
    request: requestFacts(ctx.meta),
  });
  return { emailId: input.emailId, status: "pending" as const };
}
