import { eq } from "drizzle-orm";
import type { z } from "zod";
import { newId } from "@/db/ids";
import { users } from "@/db/schema";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { isDomainError } from "../errors";
import { sendTemplatedEmail } from "../mail/send-templated-email";
import { LIMITS } from "../throttle/limits";
import { commitAtomic } from "../workflow/commit-transition";
import { countEmailRequest } from "./email-link-request";
import { insertTokenFor, newEmailToken } from "./email-tokens";
import { hashPassword } from "./passwords";
import type { signUpInput } from "./schemas";

/**
 * A visitor creates an account; it can sign in once the email address is confirmed.
 * An address that already has an account gets the same answer (no account enumeration) after
 * the same work — the password hashed, the same statements sent (for a known address the
 * account insert and the token insert change no row) — and its owner is told by email that
 * somebody tried. Throttled per client address and per email (at most 3 emails an hour).
 */
export async function signUp(ctx: UseCaseContext, input: z.infer<typeof signUpInput>) {
  const { db } = ctx;
  const now = new Date();
  const userId = newId();
  const [[existing], passwordHash] = await Promise.all([
    db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1),
    hashPassword(input.password),
    countEmailRequest(db, LIMITS.signUpPerAddress, input.email, ctx.meta, now),
  ]);
  const { token, tokenHash } = newEmailToken();
  let created = !existing;
  try {
    await commitAtomic(
      db,
      [
        // INSERT IGNORE: on a known address the unique email leaves it a no-op (the guard says which was expected).
        { statement: db.insert(users).ignore().values({ id: userId, email: input.email, name: input.name, passwordHash, locale: input.locale }), expectRows: existing ? 0 : 1 },
        // The new account's token: selected by the new id, so a known address gets none.
        { statement: insertTokenFor(db, eq(users.id, userId), { purpose: "verify_email", tokenHash, now }) },
      ],
      existing
        ? { actorUserId: null, action: "user.sign_up_refused", objectType: "user", objectId: existing.id, context: { ...metaContext(ctx.meta), reason: "email_taken" } }
        : { actorUserId: userId, action: "user.sign_up", objectType: "user", objectId: userId, changes: { email: { before: null, after: input.email } }, context: metaContext(ctx.meta) },
    );
  } catch (error) {
    // Somebody signed up with the same address in between: the same answer as for a known address.
    if (!isDomainError(error) || error.code !== "CONFLICT" || existing) throw error;
    created = false;
  }
  await afterResponse(ctx, () =>
    created
      ? sendTemplatedEmail(db, { to: input.email, locale: input.locale, template: "verifyEmail", params: { name: input.name }, path: "/verify-email", query: `?token=${token}` })
      : sendTemplatedEmail(db, { to: input.email, locale: input.locale, template: "accountExists", params: {}, path: "/sign-in" }),
  );
  return { ok: true };
}
