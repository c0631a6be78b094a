// Making and recognising token secrets. 32 random bytes (256 bits): a token cannot be guessed,
// so a single SHA-256 (no salt, no slow hash) is enough to store it and to look it up by.
import { createHash, randomBytes } from "node:crypto";
import { API_TOKEN_PATTERN, API_TOKEN_PREFIX } from "./token-format";

export const newTokenSecret = () => `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");
export const tokenHint = (token: string) => token.slice(-4);

/** The token of an `Authorization: Bearer …` header, if it has a token's shape. */
export function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match && API_TOKEN_PATTERN.test(match[1]!) ? match[1]! : null;
}

/** Whether the header tries bearer authentication at all (a malformed token is refused, not ignored). */
export const triesBearer = (authorization: string | null) => /^Bearer\s/i.test(authorization ?? "");
