import { randomBytes } from "node:crypto";

export const ID_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

/** A 20-character public id with 100 bits of randomness: safe in URLs, impossible to guess. */
export function newId(): string {
  const bytes = randomBytes(20);
  let out = "";
  for (const b of bytes) out += ID_ALPHABET[b & 31];
  return out;
}

export const ID_LENGTH = 20;
