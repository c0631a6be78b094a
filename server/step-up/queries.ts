import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { userPasskeys, userRecoveryCodes, userTotp, webauthnChallenges } from "@/db/schema";

export type TotpRow = { secretSealed: string; confirmedAt: Date | null; lastStep: number | null };
export type PasskeyRow = { id: string; credentialId: string; publicKey: string; counter: number; transports: string[]; createdAt: Date };

export async function totpOf(db: Executor, userId: string): Promise<TotpRow | null> {
  const [row] = await db
    .select({ secretSealed: userTotp.secretSealed, confirmedAt: userTotp.confirmedAt, lastStep: userTotp.lastStep })
    .from(userTotp)
    .where(eq(userTotp.userId, userId))
    .limit(1);
  return row ?? null;
}

/** A user's passkeys (a handful at most: bounded by the enrolment limit). */
export function passkeysOf(db: Executor, userId: string): Promise<PasskeyRow[]> {
  return db
    .select({ id: userPasskeys.id, credentialId: userPasskeys.credentialId, publicKey: userPasskeys.publicKey, counter: userPasskeys.counter, transports: userPasskeys.transports, createdAt: userPasskeys.createdAt })
    .from(userPasskeys)
    .where(eq(userPasskeys.userId, userId))
    .orderBy(userPasskeys.createdAt)
    .limit(MAX_PASSKEYS);
}

export const MAX_PASSKEYS = 10;

export async function unusedRecoveryCode(db: Executor, userId: string, codeHash: string): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: userRecoveryCodes.id })
    .from(userRecoveryCodes)
    .where(and(eq(userRecoveryCodes.userId, userId), eq(userRecoveryCodes.codeHash, codeHash), isNull(userRecoveryCodes.usedAt)))
    .limit(1);
  return row ?? null;
}

export async function recoveryCodesLeft(db: Executor, userId: string): Promise<number> {
  const rows = await db
    .select({ id: userRecoveryCodes.id })
    .from(userRecoveryCodes)
    .where(and(eq(userRecoveryCodes.userId, userId), isNull(userRecoveryCodes.usedAt)))
    .limit(100);
  return rows.length;
}

export async function liveChallenge(db: Executor, userId: string, purpose: "register" | "sign", challenge: string, now: Date) {
  const [row] = await db
    .select({ id: webauthnChallenges.id })
    .from(webauthnChallenges)
    .where(and(eq(webauthnChallenges.userId, userId), eq(webauthnChallenges.purpose, purpose), eq(webauthnChallenges.challenge, challenge), isNull(webauthnChallenges.usedAt), gt(webauthnChallenges.expiresAt, now)))
    .limit(1);
  return row ?? null;
}
