import { driverErrorCode } from "@/db/client";
import { newId } from "@/db/ids";
import { users } from "@/db/schema";
import { recordAudit } from "../workflow/commit-transition";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { sendTemplatedEmail } from "../mail/send-templated-email";
import { issueEmailToken } from "./email-tokens";
import { hashPassword } from "./passwords";
import type { signUpInput } from "./schemas";
import type { z } from "zod";

/**
 * A visitor creates an account; it can sign in once the email address is confirmed.
 * An address that already has an account gets the same answer (no account enumeration),
 * and its owner is told by email that somebody tried.
 */
export async function signUp(ctx: UseCaseContext, input: z.infer<typeof signUpInput>) {
  const { db } = ctx;
  const userId = newId();
  const passwordHash = await hashPassword(input.password);
  let token: string;
  try {
    token = await db.transaction(async (tx) => {
      await tx.insert(users).values({ id: userId, email: input.email, name: input.name, passwordHash, locale: input.locale });
      await recordAudit(tx, {
        actorUserId: userId,
        action: "user.sign_up",
        objectType: "user",
        objectId: userId,
        changes: { email: { before: null, after: input.email } },
        context: metaContext(ctx.meta),
      });
      return issueEmailToken(tx, userId, "verify_email");
    });
  } catch (error) {
    if (driverErrorCode(error) !== "ER_DUP_ENTRY") throw error;
    await afterResponse(ctx, () =>
      sendTemplatedEmail(db, { to: input.email, locale: input.locale, template: "accountExists", params: {}, path: "/sign-in" }),
    );
    return { ok: true };
  }
  await afterResponse(ctx, () =>
    sendTemplatedEmail(db, {
      to: input.email,
      locale: input.locale,
      template: "verifyEmail",
      params: { name: input.name },
      path: "/verify-email",
      query: `?token=${token}`,
    }),
  );
  return { ok: true };
}
