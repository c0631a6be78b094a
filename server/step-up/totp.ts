// Time-based one-time passwords (RFC 6238): SHA-1, 6 digits, 30-second steps — what every
// authenticator app reads from the QR code. A code is accepted for the current step and one step
// either side (clock drift), and only for a step later than the last one accepted (no replay).
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD = 30;
export const TOTP_WINDOW = 1;
const ISSUER = "Southbridge";

const totpOf = (secretBase32: string, label = "") =>
  new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD, secret: Secret.fromBase32(secretBase32) });

/** A fresh 160-bit secret, base32 (as authenticator apps take it typed in). */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The otpauth:// URI the QR code carries. */
export const totpUri = (secretBase32: string, accountLabel: string) => totpOf(secretBase32, accountLabel).toString();

/** The RFC 6238 time step of a moment. */
export const timeStep = (now: Date) => Math.floor(now.getTime() / 1000 / TOTP_PERIOD);

/** Whether the text looks like a TOTP code (6 digits, spaces ignored). */
export const looksLikeTotp = (code: string) => /^\d{6}$/.test(code.replace(/\s/g, ""));

/**
 * The time step a code belongs to if it is valid at `now` (±1 step) and later than `lastStep`;
 * null otherwise. The caller stores the step with a guarded update, so two uses of one code at
 * the same moment cannot both pass.
 */
export function acceptedStep(secretBase32: string, code: string, now: Date, lastStep: number | null): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secretBase32).validate({ token, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = timeStep(now) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}
