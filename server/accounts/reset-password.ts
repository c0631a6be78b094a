import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { requestFacts, type UseCaseContext } from "../context";
import { DomainError, isDomainError } from "../errors";
import { revokeApiTokensOf } from "../api-tokens/revoke-tokens-of";
import { commit } from "../workflow/commit";
import { consumeTokenStep, findUsableToken, invalidateTokensOf } from "./email-tokens";
import { hashPassword } from "./passwords";

/**
 * Sets a new password from a reset link, in one atomic write with its audit entry: the link is
 * used up, every other outstanding link of the account stops working, and every existing
 * session of the account ends (session version + 1), and so does every API token of the account.
 */
export async function resetPassword(ctx: UseCaseContext, input: { token: string; password: string }) {
  const { db } = ctx;
  const found = await findUsableToken(db, input.token, "reset_password");
  if (!found || found.user.status !== "active") throw new DomainError("INVALID_TOKEN");
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  try {
    await commit(db, {
      changes: [
        consumeTokenStep(db, found.tokenId, now),
        invalidateTokensOf(db, found.user.id, now),
        revokeApiTokensOf(db, found.user.id, now),
        {
          statement: db
            .update(users)
            .set({
              passwordHash,
              sessionVersion: sql`${users.sessionVersion} + 1`,
              // Following the emailed link proves the address too.
              emailVerifiedAt: found.user.emailVerifiedAt ?? now,
            })
            .where(eq(users.id, found.user.id)),
        },
      ],
      event: {
        actorUserId: found.user.id,
        onBehalfOfInstitutionId: null,
        action: "user.reset_password",
        objectType: "user",
        objectId: found.user.id,
        changes: { sessionVersion: { before: found.user.sessionVersion, after: found.user.sessionVersion + 1 } },
        context: {},
      },
      request: requestFacts(ctx.meta),
    });
  } catch (error) {
    // Another request used the link first.
    if (isDomainError(error) && error.code === "CONFLICT") throw new DomainError("INVALID_TOKEN");
    throw error;
  }
  return { email: found.user.email };
}
