// Recovery codes: ten single-use codes shown once when an authenticator app is enrolled, for the
// day the phone is lost. Only their SHA-256 is stored; using one marks it spent in the same write.
import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: codes are read off paper.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** One code: 10 characters of 31 (≈ 50 bits), shown as XXXXX-XXXXX. */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export const newRecoveryCodes = (n = RECOVERY_CODE_COUNT) => Array.from({ length: n }, newRecoveryCode);

/** Case, spaces and dashes do not matter when a code is typed back. */
export const normalizeRecoveryCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, "");

export const hashRecoveryCode = (code: string) => createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");
