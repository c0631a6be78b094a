// Second factors in tests: enrolling an authenticator app through the use cases and computing its
// codes with otpauth from the secret shown, as an authenticator app would.
import { Secret, TOTP } from "otpauth";
import type { Database } from "../../../db/client";
import { confirmTotp } from "../../../server/step-up/confirm-totp";
import { startTotp } from "../../../server/step-up/start-totp";
import { acting } from "./programmes";

type Person = { id: string; sessionVersion: number };

/** The code of `secret` for the time step `stepsAhead` steps from now (1 = the next one, still inside the ±1 window). */
export const codeFor = (secret: string, stepsAhead = 0) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + stepsAhead * 30_000 });

/** Enrols and confirms an authenticator app for `user`; returns its secret and recovery codes. */
export async function enrolTotp(db: Database, user: Person) {
  const ctx = await acting(db, user);
  const { secret } = await startTotp(ctx);
  const { recoveryCodes } = await confirmTotp(ctx, { code: codeFor(secret) });
  return { secret, recoveryCodes };
}
