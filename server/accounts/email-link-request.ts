// What a password-reset request and a verification resend share: throttling per client address
// and per email address (at most 3 emails an hour to one address), then the same database work
// whether or not the address has an account, so the answer's timing tells nothing.
import { eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users, type EmailTokenPurpose } from "@/db/schema";
import { requestFacts, type RequestMeta } from "../context";
import { LIMITS, type WindowRule } from "../throttle/limits";
import { assertWithinLimits } from "../throttle/rate-limited";
import { countHit } from "../throttle/window-counter";
import { commit } from "../workflow/commit";
import { newEmailToken, replaceTokenByEmail } from "./email-tokens";
import { linkEmailStep, type LinkEmail } from "./link-email";

/** The per-address and per-email counts of a request that sends an email (the address only when known). */
export async function countEmailRequest(db: Database, perAddress: WindowRule, email: string, meta: RequestMeta, now: Date): Promise<void> {
  assertWithinLimits(await Promise.all([countHit(db, LIMITS.emailsToAddress, email, now), ...(meta.ip ? [countHit(db, perAddress, meta.ip, now)] : [])]));
}

/**
 * Throttles, then — in one atomic write — replaces the account's live tokens of `purpose` by a
 * new one and queues the email with its link (nothing changes and nothing is queued when no
 * active account — or, for verification, no unverified one — has the address), with an audit
 * event of the request either way: every path commits the same statements, so none is faster.
 */
export async function issueLinkByEmail(
  db: Database,
  input: { email: string; purpose: EmailTokenPurpose; perAddress: WindowRule; meta: RequestMeta; now: Date; link: (account: { name: string }, token: string) => LinkEmail },
): Promise<void> {
  const { email, purpose, now } = input;
  const [[account]] = await Promise.all([
    db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email)).limit(1),
    countEmailRequest(db, input.perAddress, email, input.meta, now),
  ]);
  const { token, tokenHash } = newEmailToken();
  const unverifiedOnly = purpose === "verify_email";
  await commit(db, {
    changes: [
      ...replaceTokenByEmail(db, { email, purpose, tokenHash, now, accountFilter: unverifiedOnly ? isNull(users.emailVerifiedAt) : undefined }),
      linkEmailStep(email, input.link({ name: account?.name ?? "" }, token), { unverifiedOnly }),
    ],
    event: {
      action: purpose === "reset_password" ? "user.request_password_reset" : "user.request_verification",
      objectType: "user",
      objectId: account?.id ?? "unknown",
      actorUserId: null,
      onBehalfOfInstitutionId: null,
      changes: {},
      context: { email },
    },
    request: requestFacts(input.meta),
  });
}
