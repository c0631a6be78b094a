import { and, eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { backoffVerdict, clearFailures, recordFailure } from "../throttle/backoff";
import { rateLimited } from "../throttle/rate-limited";
import { revokeApiTokensOf } from "../api-tokens/revoke-tokens-of";
import { commit } from "../workflow/commit";
import { signInKeys } from "./authenticate";
import { invalidateTokensOf } from "./email-tokens";
import { hashPassword, verifyPassword } from "./passwords";

/**
 * The signed-in user changes their password, giving the current one. A wrong current password
 * counts as a failed sign-in of the account (same back-off: guessing through a stolen session
 * is as slow as through the sign-in form). The change, the end of every outstanding emailed
 * link, of every session (this one too: the form signs in again with the new password) and of
 * every API token, and the audit entry are one atomic write.
 */
export async function changePassword(ctx: UseCaseContext, input: { currentPassword: string; newPassword: string }) {
  const { db, viewer } = ctx;
  assertCan(viewer, "account.changePassword");
  const now = new Date();
  const keys = signInKeys(viewer.email, ctx.meta);
  const [[user], backoff] = await Promise.all([
    db.select({ id: users.id, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, viewer.userId)).limit(1),
    backoffVerdict(db, keys, now),
  ]);
  if (!user) throw new DomainError("UNAUTHENTICATED");
  if (backoff.limited) throw rateLimited(backoff.retryAfterSeconds);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await Promise.all(keys.map((k) => recordFailure(db, k, now)));
    throw new DomainError("WRONG_PASSWORD");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await commit(db, {
    changes: [
      {
        statement: db
          .update(users)
          .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
          .where(and(eq(users.id, user.id), eq(users.sessionVersion, user.sessionVersion))),
        expectRows: 1,
      },
      invalidateTokensOf(db, user.id, now),
      revokeApiTokensOf(db, user.id, now),
      { statement: clearFailures(db, keys[0]!) },
    ],
    event: {
      actorUserId: user.id,
      onBehalfOfInstitutionId: null,
      action: "user.change_password",
      objectType: "user",
      objectId: user.id,
      changes: { sessionVersion: { before: user.sessionVersion, after: user.sessionVersion + 1 } },
      context: {},
    },
    request: requestFacts(ctx.meta),
  });
  return { ok: true, signInAgain: true };
}
