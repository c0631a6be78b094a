import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { RequestMeta } from "../context";
import { metaContext } from "../context";
import { verifyPassword } from "./passwords";

export type AuthenticationResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid_credentials" | "email_not_verified" | "account_suspended" };

// Compared against when the email is unknown, so both failures take the same time.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c291dGhicmlkZ2VzYWx0$1d2sQeB0ZQq1CwqgD7P0oQK8Y3p0kq4Wc3Gq4pJxJ2Y";

/** Checks email + password for the sign-in form; every attempt is written to the audit log. */
export async function authenticate(db: Database, input: { email: string; password: string }, meta: RequestMeta): Promise<AuthenticationResult> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
  const result: AuthenticationResult =
    !user || !passwordOk
      ? { ok: false, reason: "invalid_credentials" }
      : user.status !== "active"
        ? { ok: false, reason: "account_suspended" }
        : !user.emailVerifiedAt
          ? { ok: false, reason: "email_not_verified" }
          : { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
  await recordAudit(db, {
    actorUserId: user?.id ?? null,
    action: result.ok ? "auth.sign_in" : "auth.sign_in_failed",
    objectType: "user",
    objectId: user?.id ?? "unknown",
    context: { ...metaContext(meta), email, reason: result.ok ? null : result.reason },
  });
  return result;
}
