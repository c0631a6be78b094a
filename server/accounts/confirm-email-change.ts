import { and, eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { requestFacts, type UseCaseContext } from "../context";
import { DomainError, isDomainError } from "../errors";
import { commit } from "../workflow/commit";
import { consumeTokenStep, findUsableToken, invalidateTokensOf } from "./email-tokens";

/**
 * Moves the account to the address a `change_email` link was sent to, when the link is followed
 * (a plain form POST from /confirm-email: opening the page uses nothing). One atomic write: the
 * link is used up, every other live link of the account stops working (a reset link sent to the
 * old address too), the address changes and counts as confirmed, every session of the account
 * ends (session version + 1: sign in again with the new address), the old address is told, and
 * the audit entry. An unknown, used, expired or superseded link is INVALID_TOKEN; so is one whose
 * address another account took in the meantime (the unique address refuses it).
 */
export async function confirmEmailChange(ctx: UseCaseContext, input: { token: string }) {
  const { db } = ctx;
  const found = await findUsableToken(db, input.token, "change_email");
  if (!found || !found.newEmail || found.user.status !== "active") throw new DomainError("INVALID_TOKEN");
  const { user, newEmail } = found;
  const now = new Date();
  try {
    await commit(db, {
      changes: [
        consumeTokenStep(db, found.tokenId, now),
        invalidateTokensOf(db, user.id, now),
        {
          statement: db
            .update(users)
            .set({ email: newEmail, emailVerifiedAt: now, sessionVersion: sql`${users.sessionVersion} + 1` })
            .where(and(eq(users.id, user.id), eq(users.email, user.email), eq(users.sessionVersion, user.sessionVersion))),
          expectRows: 1,
        },
      ],
      event: {
        action: "user.change_email",
        objectType: "user",
        objectId: user.id,
        actorUserId: user.id,
        onBehalfOfInstitutionId: null,
        changes: { email: { before: user.email, after: newEmail }, sessionVersion: { before: user.sessionVersion, after: user.sessionVersion + 1 } },
        context: {},
      },
      emails: [{ address: user.email, locale: user.locale, template: "emailChanged", params: { newEmail }, path: "/forgot-password" }],
      onDuplicate: () => new DomainError("INVALID_TOKEN"),
      request: requestFacts(ctx.meta),
    });
  } catch (error) {
    // Another request used the link first, or the account changed in between.
    if (isDomainError(error) && error.code === "CONFLICT") throw new DomainError("INVALID_TOKEN");
    throw error;
  }
  return { email: newEmail };
}
