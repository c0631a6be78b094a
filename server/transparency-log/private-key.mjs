// @ts-check
// Reads the log's Ed25519 signing key from configuration (TRANSPARENCY_LOG_SIGNING_KEY): a PKCS #8
// PEM ("-----BEGIN PRIVATE KEY-----", real or "\n"-escaped line breaks) or the base64 of the PKCS #8
// DER. Plain JavaScript so that server/env-schema.mjs validates it when the app builds and starts.
// Make one with:  openssl genpkey -algorithm ed25519
import { createPrivateKey } from "node:crypto";

/**
 * The key, or an Error saying what is wrong with the text (never the text itself).
 * @param {string} text
 * @returns {import("node:crypto").KeyObject | Error}
 */
export function parseLogSigningKey(text) {
  const trimmed = text.trim().replaceAll("\\n", "\n");
  let key;
  try {
    key = trimmed.startsWith("-----BEGIN")
      ? createPrivateKey({ key: trimmed, format: "pem" })
      : createPrivateKey({ key: Buffer.from(trimmed, "base64"), format: "der", type: "pkcs8" });
  } catch {
    return new Error("must be an Ed25519 private key: PKCS #8 PEM, or the base64 of its DER (openssl genpkey -algorithm ed25519)");
  }
  if (key.asymmetricKeyType !== "ed25519") return new Error(`must be an Ed25519 key (got ${key.asymmetricKeyType ?? "an unknown key type"})`);
  return key;
}
