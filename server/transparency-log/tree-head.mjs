// @ts-check
// Signed tree heads: what the log's Ed25519 key signs, how a reader checks it, and the key's
// public form (a JWK, RFC 8037) and id (its RFC 7638 thumbprint). Shared by the server and the
// offline verifier.
//
// The signed bytes are this UTF-8 text, four lines each ending in "\n":
//   southbridge-transparency-log/v1
//   <treeSize, decimal>
//   <rootHash, 64 lowercase hex digits>
//   <timestamp, milliseconds since 1970-01-01T00:00:00Z, decimal>
import { createHash, createPublicKey, verify } from "node:crypto";
import { HASH_HEX } from "./rfc9162.mjs";

export const TREE_HEAD_CONTEXT = "southbridge-transparency-log/v1";

/** @typedef {{ treeSize: number; rootHash: string; timestamp: number }} TreeHead */
/** @typedef {TreeHead & { keyId: string; signature: string }} SignedTreeHead */
/** @typedef {{ kty: "OKP"; crv: "Ed25519"; x: string; kid?: string; alg?: string; use?: string }} LogPublicJwk */

/**
 * The ID of the development key that is committed to the repository (dev-signing-key.ts): a head
 * signed with it proves nothing, because anyone can sign with it.
 */
export const DEVELOPMENT_KEY_ID = "33JoFfxtK55mjyMtoX7bJcCsFUmTiEsBMNQ7-F60QPI";

/** @param {unknown} x @returns {x is number} */
const isCount = (x) => typeof x === "number" && Number.isSafeInteger(x) && x >= 0;

/** Why a value is not a tree head, or null when it is one. @param {unknown} value */
export function treeHeadProblem(value) {
  if (!value || typeof value !== "object") return "a tree head is an object";
  const head = /** @type {Record<string, unknown>} */ (value);
  if (!isCount(head.treeSize)) return "treeSize must be an integer ≥ 0";
  if (typeof head.rootHash !== "string" || !HASH_HEX.test(head.rootHash)) return "rootHash must be 64 lowercase hex digits";
  if (!isCount(head.timestamp)) return "timestamp must be an integer number of milliseconds ≥ 0";
  return null;
}

/** The exact bytes that are signed. @param {TreeHead} head */
export function treeHeadBytes(head) {
  const problem = treeHeadProblem(head);
  if (problem) throw new TypeError(problem);
  return Buffer.from(`${TREE_HEAD_CONTEXT}\n${head.treeSize}\n${head.rootHash}\n${head.timestamp}\n`, "utf8");
}

/** RFC 7638 JWK thumbprint of an Ed25519 public key (base64url SHA-256 of its required members). @param {{ crv: string; kty: string; x: string }} jwk */
export function jwkThumbprint(jwk) {
  const required = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  return createHash("sha256").update(required, "utf8").digest("base64url");
}

/** Why a value is not an Ed25519 public JWK, or null. @param {unknown} value */
export function publicJwkProblem(value) {
  if (!value || typeof value !== "object") return "the key is not a JSON object";
  const jwk = /** @type {Record<string, unknown>} */ (value);
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519") return 'the key must be a JWK with "kty": "OKP" and "crv": "Ed25519"';
  if (typeof jwk.x !== "string" || Buffer.from(jwk.x, "base64url").length !== 32) return 'the key\'s "x" must be 32 bytes in base64url';
  if ("d" in jwk) return "the key contains a private part (d): never share it";
  if (jwk.kid !== undefined && jwk.kid !== jwkThumbprint(/** @type {any} */ (jwk))) return 'the key\'s "kid" is not its RFC 7638 thumbprint';
  return null;
}

/**
 * Whether `signed` is a tree head signed by the key `jwk` (and names that key).
 * @param {unknown} signed
 * @param {LogPublicJwk} jwk
 */
export function verifyTreeHead(signed, jwk) {
  if (treeHeadProblem(signed) || publicJwkProblem(jwk)) return false;
  const head = /** @type {SignedTreeHead} */ (signed);
  if (head.keyId !== jwkThumbprint(jwk) || typeof head.signature !== "string") return false;
  const signature = Buffer.from(head.signature, "base64");
  if (signature.length !== 64 || signature.toString("base64") !== head.signature) return false;
  const key = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: jwk.x }, format: "jwk" });
  return verify(null, treeHeadBytes(head), key, signature);
}
