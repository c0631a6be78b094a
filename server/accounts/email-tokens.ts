import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { affectedRows, type Executor } from "@/db/client";
import { emailTokens, users, type EmailTokenPurpose } from "@/db/schema";

const LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
};

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** Creates a one-time token; only its hash is stored. Returns the token to put in the link. */
export async function issueEmailToken(db: Executor, userId: string, purpose: EmailTokenPurpose): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(emailTokens).values({ userId, purpose, tokenHash: sha256(token), expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]) });
  return token;
}

/** The unused, unexpired token with its user, or undefined. */
export async function findUsableToken(db: Executor, token: string, purpose: EmailTokenPurpose) {
  const [row] = await db
    .select({ tokenId: emailTokens.id, user: users })
    .from(emailTokens)
    .innerJoin(users, eq(users.id, emailTokens.userId))
    .where(and(eq(emailTokens.tokenHash, sha256(token)), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, new Date())))
    .limit(1);
  return row;
}

/** Marks a token used; returns false when another request used it first. */
export async function consumeToken(db: Executor, tokenId: string): Promise<boolean> {
  const result = await db.update(emailTokens).set({ usedAt: new Date() }).where(and(eq(emailTokens.id, tokenId), isNull(emailTokens.usedAt)));
  return affectedRows(result) === 1;
}
