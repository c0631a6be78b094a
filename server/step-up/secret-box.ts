// TOTP secrets are stored sealed: AES-256-GCM under a key derived (HKDF-SHA-256) from the server
// secret, so a copy of the database alone does not let anyone compute a user's codes.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../env";

const INFO = "southbridge step-up totp secret v1";

function key(serverSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", serverSecret, "southbridge", INFO, 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", each base64url. */
export function seal(plain: string, serverSecret: string = env().NEXTAUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(serverSecret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The plain secret, or throws if the sealed value was altered or sealed under another key. */
export function unseal(sealed: string, serverSecret: string = env().NEXTAUTH_SECRET): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("unseal: not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key(serverSecret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}
