import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { affectedRows, type AtomicStep, type Executor } from "@/db/client";
import { newId } from "@/db/ids";
import { emailTokens, users, type EmailTokenPurpose } from "@/db/schema";
import { sqlDatetime } from "../throttle/keys";

const LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
  change_email: 24 * 60 * 60 * 1000,
};

/** When a token issued at `now` for `purpose` stops working. */
export const tokenExpiry = (purpose: EmailTokenPurpose, now: Date) => new Date(now.getTime() + LIFETIME_MS[purpose]);

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** A new one-time token for a link; only its hash is ever stored. */
export function newEmailToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: sha256(token) };
}

/** Creates a one-time token; only its hash is stored. Returns the token to put in the link. */
export async function issueEmailToken(db: Executor, userId: string, purpose: EmailTokenPurpose): Promise<string> {
  const { token, tokenHash } = newEmailToken();
  await db.insert(emailTokens).values({ userId, purpose, tokenHash, expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]) });
  return token;
}

/**
 * The atomic steps that replace every live token of `purpose` of the account with this email by
 * one new token: the older links stop working, at most one stays live. When no account matches
 * (unknown email, or `accountFilter` excludes it) the very same statements run and change no
 * row, so a known and an unknown address cost the same database work.
 */
export function replaceTokenByEmail(
  db: Executor,
  input: { email: string; purpose: EmailTokenPurpose; tokenHash: string; now: Date; accountFilter?: SQL },
): AtomicStep[] {
  const account = and(eq(users.email, input.email), eq(users.status, "active"), input.accountFilter);
  return [
    {
      statement: db
        .update(emailTokens)
        .set({ usedAt: input.now })
        .where(and(eq(emailTokens.purpose, input.purpose), isNull(emailTokens.usedAt), inArray(emailTokens.userId, db.select({ id: users.id }).from(users).where(account)))),
    },
    { statement: insertTokenFor(db, account, input) },
  ];
}

/** INSERT … SELECT of a new token for the account(s) `account` matches: one row, or none (the same statement either way). */
export function insertTokenFor(db: Executor, account: SQL | undefined, input: { purpose: EmailTokenPurpose; tokenHash: string; now: Date }) {
  return db.insert(emailTokens).select(
    db
      .select({
        id: sql<string>`${newId()}`.as("id"),
        userId: users.id,
        purpose: sql<EmailTokenPurpose>`${input.purpose}`.as("purpose"),
        tokenHash: sql<string>`${input.tokenHash}`.as("token_hash"),
        newEmail: sql<string | null>`null`.as("new_email"),
        expiresAt: sql<Date>`${sqlDatetime(new Date(input.now.getTime() + LIFETIME_MS[input.purpose]))}`.as("expires_at"),
        usedAt: sql<Date | null>`null`.as("used_at"),
        createdAt: sql<Date>`${sqlDatetime(input.now)}`.as("created_at"),
      })
      .from(users)
      .where(account),
  );
}

/** Every live token of the user (any purpose) stops working: after a password reset or change. */
export function invalidateTokensOf(db: Executor, userId: string, now: Date): AtomicStep {
  return { statement: db.update(emailTokens).set({ usedAt: now }).where(and(eq(emailTokens.userId, userId), isNull(emailTokens.usedAt))) };
}

/** The unused, unexpired token with its user, or undefined. */
export async function findUsableToken(db: Executor, token: string, purpose: EmailTokenPurpose) {
  const [row] = await db
    .select({ tokenId: emailTokens.id, newEmail: emailTokens.newEmail, user: users })
    .from(emailTokens)
    .innerJoin(users, eq(users.id, emailTokens.userId))
    .where(and(eq(emailTokens.tokenHash, sha256(token)), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, new Date())))
    .limit(1);
  return row;
}

/** The guarded step that uses a token up: it fails (CONFLICT) when another request used it first. */
export function consumeTokenStep(db: Executor, tokenId: string, now: Date): AtomicStep {
  return { statement: db.update(emailTokens).set({ usedAt: now }).where(and(eq(emailTokens.id, tokenId), isNull(emailTokens.usedAt))), expectRows: 1 };
}

/** Marks a token used; returns false when another request used it first. */
export async function consumeToken(db: Executor, tokenId: string): Promise<boolean> {
  const result = await db.update(emailTokens).set({ usedAt: new Date() }).where(and(eq(emailTokens.id, tokenId), isNull(emailTokens.usedAt)));
  return affectedRows(result) === 1;
}
