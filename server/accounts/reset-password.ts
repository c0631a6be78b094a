import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { recordAudit } from "../workflow/commit-transition";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { consumeToken, findUsableToken } from "./email-tokens";
import { hashPassword } from "./passwords";

/** Sets a new password from a reset link; every existing session of the account ends. */
export async function resetPassword(ctx: UseCaseContext, input: { token: string; password: string }) {
  const { db } = ctx;
  const found = await findUsableToken(db, input.token, "reset_password");
  if (!found) throw new DomainError("INVALID_TOKEN");
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    if (!(await consumeToken(tx, found.tokenId))) throw new DomainError("INVALID_TOKEN");
    await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        // Following the emailed link proves the address too.
        emailVerifiedAt: found.user.emailVerifiedAt ?? new Date(),
      })
      .where(eq(users.id, found.user.id));
    await recordAudit(tx, {
      actorUserId: found.user.id,
      action: "user.reset_password",
      objectType: "user",
      objectId: found.user.id,
      changes: { sessionVersion: { before: found.user.sessionVersion, after: found.user.sessionVersion + 1 } },
      context: metaContext(ctx.meta),
    });
  });
  return { email: found.user.email };
}
