import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { commit } from "../workflow/commit";
import { requestFacts, type RequestMeta } from "../context";
import { backoffVerdict, clearFailures, recordFailure, type BackoffKey } from "../throttle/backoff";
import { LIMITS } from "../throttle/limits";
import { verifyPassword } from "./passwords";

export type AuthenticationResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid_credentials" | "email_not_verified" | "account_suspended" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

// Compared against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c291dGhicmlkZ2VzYWx0$1d2sQeB0ZQq1CwqgD7P0oQK8Y3p0kq4Wc3Gq4pJxJ2Y";

/** The back-off keys of a sign-in: the email address (known or not), and the client address when known. */
export function signInKeys(email: string, meta: RequestMeta): BackoffKey[] {
  return [{ rule: LIMITS.signInAccount, key: email }, ...(meta.ip ? [{ rule: LIMITS.signInAddress, key: meta.ip }] : [])];
}

/**
 * Checks email + password for the sign-in form; every attempt is written to the audit log.
 * Failures back off per email address and per client address (5 failures → 1 minute, doubling,
 * at most 15 minutes; see server/throttle/limits.ts): while backed off the password is not even
 * checked, so the right one is refused too. The right password resets the account's count.
 */
export async function authenticate(db: Database, input: { email: string; password: string }, meta: RequestMeta, now = new Date()): Promise<AuthenticationResult> {
  const email = input.email.trim().toLowerCase();
  const keys = signInKeys(email, meta);
  const [[user], backoff] = await Promise.all([db.select().from(users).where(eq(users.email, email)).limit(1), backoffVerdict(db, keys, now)]);
  // Every attempt is an audit event of its own (one atomic write: the event and its chain link).
  const audit = (result: AuthenticationResult) =>
    commit(db, {
      changes: [],
      event: result.ok
        ? { action: "auth.sign_in", objectType: "user", objectId: user!.id, actorUserId: user!.id, onBehalfOfInstitutionId: null, changes: {}, context: { email, reason: null } }
        : { action: "auth.sign_in_failed", objectType: "user", objectId: user?.id ?? "unknown", actorUserId: user?.id ?? null, onBehalfOfInstitutionId: null, changes: {}, context: { email, reason: result.reason } },
      request: requestFacts(meta),
    });
  if (backoff.limited) {
    const refused: AuthenticationResult = { ok: false, reason: "rate_limited", retryAfterSeconds: backoff.retryAfterSeconds };
    await audit(refused);
    return refused;
  }
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  const result: AuthenticationResult =
    !user || !passwordOk
      ? { ok: false, reason: "invalid_credentials" }
      : user.status !== "active"
        ? { ok: false, reason: "account_suspended" }
        : !user.emailVerifiedAt
          ? { ok: false, reason: "email_not_verified" }
          : { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
  // The right password (whatever else stops the sign-in) clears the account's failures; the address keeps its count.
  const throttleWrites = user && passwordOk ? [clearFailures(db, keys[0]!)] : keys.map((k) => recordFailure(db, k, now));
  await Promise.all([audit(result), ...throttleWrites]);
  return result;
}
