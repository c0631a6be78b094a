// What a password-reset request and a verification resend share: throttling per client address
// and per email address (at most 3 emails an hour to one address), then the same database work
// whether or not the address has an account, so the answer's timing tells nothing.
import { eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users, type EmailTokenPurpose } from "@/db/schema";
import { metaContext, type RequestMeta } from "../context";
import { LIMITS, type WindowRule } from "../throttle/limits";
import { assertWithinLimits } from "../throttle/rate-limited";
import { countHit } from "../throttle/window-counter";
import { commitAtomic } from "../workflow/commit-transition";
import { newEmailToken, replaceTokenByEmail } from "./email-tokens";

/** The per-address and per-email counts of a request that sends an email (the address only when known). */
export async function countEmailRequest(db: Database, perAddress: WindowRule, email: string, meta: RequestMeta, now: Date): Promise<void> {
  assertWithinLimits(await Promise.all([countHit(db, LIMITS.emailsToAddress, email, now), ...(meta.ip ? [countHit(db, perAddress, meta.ip, now)] : [])]));
}

/**
 * Throttles, then replaces the account's live tokens of `purpose` by a new one (nothing changes
 * when no active account — or, for verification, no unverified one — has the address), with an
 * audit entry of the request either way: every path commits a written row, so none is faster.
 * Returns the token and the account to write to, looked up in the same wave as the counts.
 */
export async function issueLinkByEmail(db: Database, input: { email: string; purpose: EmailTokenPurpose; perAddress: WindowRule; meta: RequestMeta; now: Date }) {
  const { email, purpose, now } = input;
  const [[account]] = await Promise.all([
    db.select({ id: users.id, name: users.name, locale: users.locale, status: users.status, emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.email, email)).limit(1),
    countEmailRequest(db, input.perAddress, email, input.meta, now),
  ]);
  const { token, tokenHash } = newEmailToken();
  const accountFilter = purpose === "verify_email" ? isNull(users.emailVerifiedAt) : undefined;
  await commitAtomic(db, replaceTokenByEmail(db, { email, purpose, tokenHash, now, accountFilter }), {
    actorUserId: null,
    action: purpose === "reset_password" ? "user.request_password_reset" : "user.request_verification",
    objectType: "user",
    objectId: account?.id ?? "unknown",
    context: { ...metaContext(input.meta), email },
  });
  const writesTo = account && account.status === "active" && (purpose !== "verify_email" || !account.emailVerifiedAt) ? account : null;
  return { token, account: writesTo };
}
