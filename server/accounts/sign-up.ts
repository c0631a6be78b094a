import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { newId } from "@/db/ids";
import { users } from "@/db/schema";
import type { RequestFacts } from "../audit/events";
import { requestFacts, type UseCaseContext } from "../context";
import { isDomainError } from "../errors";
import type { DirectEmail } from "../notifications/notices";
import { LIMITS } from "../throttle/limits";
import { commit } from "../workflow/commit";
import { countEmailRequest } from "./email-link-request";
import { insertTokenFor, newEmailToken } from "./email-tokens";
import { hashPassword } from "./passwords";
import type { signUpInput } from "./schemas";

type SignUpInput = z.infer<typeof signUpInput>;

/** The owner of a known address is told that somebody tried (the same answer, no enumeration). */
const accountExists = (input: SignUpInput): DirectEmail => ({ address: input.email, locale: input.locale, template: "accountExists", params: {}, path: "/sign-in" });

/** The refused attempt on a known address: its audit event and the email to the address's owner. */
function refuse(db: Database, input: SignUpInput, existingId: string, request: RequestFacts, changes: Parameters<typeof commit>[1]["changes"]) {
  return commit(db, {
    changes,
    event: { action: "user.sign_up_refused", objectType: "user", objectId: existingId, actorUserId: null, onBehalfOfInstitutionId: null, changes: {}, context: { reason: "email_taken" } },
    emails: [accountExists(input)],
    request,
  });
}

/**
 * A visitor creates an account; it can sign in once the email address is confirmed.
 * An address that already has an account gets the same answer (no account enumeration) after
 * the same work — the password hashed, the same statements sent (for a known address the
 * account insert and the token insert change no row) — and its owner is told by email that
 * somebody tried. Throttled per client address and per email (at most 3 emails an hour).
 */
export async function signUp(ctx: UseCaseContext, input: SignUpInput) {
  const { db } = ctx;
  const now = new Date();
  const userId = newId();
  const [[existing], passwordHash] = await Promise.all([
    db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1),
    hashPassword(input.password),
    countEmailRequest(db, LIMITS.signUpPerAddress, input.email, ctx.meta, now),
  ]);
  const { token, tokenHash } = newEmailToken();
  const request = requestFacts(ctx.meta);
  const changes = [
    // INSERT IGNORE: on a known address the unique email leaves it a no-op (the guard says which was expected).
    { statement: db.insert(users).ignore().values({ id: userId, email: input.email, name: input.name, passwordHash, locale: input.locale }), expectRows: existing ? 0 : 1 },
    // The new account's token: selected by the new id, so a known address gets none.
    { statement: insertTokenFor(db, eq(users.id, userId), { purpose: "verify_email", tokenHash, now }) },
  ];
  if (existing) {
    await refuse(db, input, existing.id, request, changes);
    return { ok: true };
  }
  try {
    await commit(db, {
      changes,
      event: { action: "user.sign_up", objectType: "user", objectId: userId, actorUserId: userId, onBehalfOfInstitutionId: null, changes: { email: { before: null, after: input.email } }, context: {} },
      emails: [{ address: input.email, locale: input.locale, template: "verifyEmail", params: { name: input.name }, path: "/verify-email", query: `?token=${token}` }],
      request,
    });
  } catch (error) {
    // Somebody signed up with the same address in between: the same answer as for a known address.
    if (!isDomainError(error) || error.code !== "CONFLICT") throw error;
    const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    await refuse(db, input, taken?.id ?? "unknown", request, []);
  }
  return { ok: true };
}
