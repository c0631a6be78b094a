import { and, eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { revokeApiTokensOf } from "../api-tokens/revoke-tokens-of";
import { commit } from "../workflow/commit";
import { proveCurrentPassword } from "./current-password";
import { invalidateTokensOf } from "./email-tokens";
import { hashPassword } from "./passwords";

/**
 * The signed-in user changes their password, giving the current one (proveCurrentPassword: a
 * wrong one backs off like a failed sign-in). The change, the end of every outstanding emailed
 * link, of every session (this one too: the form signs in again with the new password) and of
 * every API token, the "your password was changed" email to the account's address, and the
 * audit entry are one atomic write.
 */
export async function changePassword(ctx: UseCaseContext, input: { currentPassword: string; newPassword: string }) {
  const { viewer } = ctx;
  assertCan(viewer, "account.changePassword");
  const db = ctx.db;
  const now = new Date();
  const { account: user, clearStep } = await proveCurrentPassword({ ...ctx, viewer }, input.currentPassword, now);
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
      clearStep,
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
    emails: [{ address: user.email, locale: user.locale, template: "passwordChanged", params: {}, path: "/forgot-password" }],
    request: requestFacts(ctx.meta),
  });
  return { ok: true, signInAgain: true };
}
