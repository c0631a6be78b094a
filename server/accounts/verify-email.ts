import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { recordAudit } from "../workflow/commit-transition";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { consumeToken, findUsableToken } from "./email-tokens";

/** Confirms an email address from the link sent at sign-up. */
export async function verifyEmail(ctx: UseCaseContext, input: { token: string }) {
  const { db } = ctx;
  const found = await findUsableToken(db, input.token, "verify_email");
  if (!found) throw new DomainError("INVALID_TOKEN");
  const now = new Date();
  await db.transaction(async (tx) => {
    if (!(await consumeToken(tx, found.tokenId))) throw new DomainError("INVALID_TOKEN");
    await tx.update(users).set({ emailVerifiedAt: found.user.emailVerifiedAt ?? now }).where(eq(users.id, found.user.id));
    await recordAudit(tx, {
      actorUserId: found.user.id,
      action: "user.verify_email",
      objectType: "user",
      objectId: found.user.id,
      changes: { emailVerifiedAt: { before: found.user.emailVerifiedAt, after: found.user.emailVerifiedAt ?? now } },
      context: metaContext(ctx.meta),
    });
  });
  return { email: found.user.email };
}
