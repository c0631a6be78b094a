import type { Executor } from "@/db/client";
import { passkeysOf, recoveryCodesLeft, totpOf } from "./queries";
import { signingRequiresSecondFactor } from "./signing-setting";

/** What the account page shows of the viewer's second factors (never the secret). One wave. */
export async function myFactors(db: Executor, userId: string) {
  const [totp, passkeys, codesLeft, requiredByPlatform] = await Promise.all([totpOf(db, userId), passkeysOf(db, userId), recoveryCodesLeft(db, userId), signingRequiresSecondFactor(db)]);
  return {
    totp: totp?.confirmedAt ? { confirmedAt: totp.confirmedAt.toISOString(), recoveryCodesLeft: codesLeft } : null,
    passkeys: passkeys.map((p) => ({ id: p.id, createdAt: p.createdAt.toISOString() })),
    requiredByPlatform,
  };
}
export type MyFactors = Awaited<ReturnType<typeof myFactors>>;
