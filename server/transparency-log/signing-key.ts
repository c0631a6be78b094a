// The key that signs the log's tree heads: TRANSPARENCY_LOG_SIGNING_KEY, or — outside production
// only — the public development key. Signing happens when a head is read (Ed25519 is
// deterministic: the same head always gets the same signature), so reads never write.
import { createPublicKey, sign, type KeyObject } from "node:crypto";
import { env, type Env } from "../env";
import { DEVELOPMENT_SIGNING_KEY_PEM } from "./dev-signing-key";
import { parseLogSigningKey } from "./private-key.mjs";
import { jwkThumbprint, treeHeadBytes, type LogPublicJwk, type SignedTreeHead, type TreeHead } from "./tree-head.mjs";

export type LogSigningKey = {
  privateKey: KeyObject;
  /** The public key as published at /.well-known/southbridge-log-key. */
  publicJwk: Required<Pick<LogPublicJwk, "kty" | "crv" | "x" | "kid" | "alg" | "use">>;
  keyId: string;
  isDevelopmentKey: boolean;
};

/** The signing key for a configuration (throws on a bad key, and in production without one). */
export function logSigningKeyFrom(config: Pick<Env, "TRANSPARENCY_LOG_SIGNING_KEY" | "DEPLOYMENT_ENV">): LogSigningKey {
  const configured = config.TRANSPARENCY_LOG_SIGNING_KEY;
  if (!configured && config.DEPLOYMENT_ENV === "production") throw new Error("TRANSPARENCY_LOG_SIGNING_KEY is required in production");
  const privateKey = parseLogSigningKey(configured ?? DEVELOPMENT_SIGNING_KEY_PEM);
  if (privateKey instanceof Error) throw new Error(`TRANSPARENCY_LOG_SIGNING_KEY ${privateKey.message}`);
  const { x } = createPublicKey(privateKey).export({ format: "jwk" });
  if (typeof x !== "string") throw new Error("TRANSPARENCY_LOG_SIGNING_KEY: no public key could be derived");
  const keyId = jwkThumbprint({ kty: "OKP", crv: "Ed25519", x });
  return { privateKey, publicJwk: { kty: "OKP", crv: "Ed25519", x, kid: keyId, alg: "EdDSA", use: "sig" }, keyId, isDevelopmentKey: !configured };
}

// stateless-ok: the key parsed from the configuration, the same for every request
let cached: LogSigningKey | undefined;

/** The process's signing key, from the validated configuration. */
export function logSigningKey(): LogSigningKey {
  cached ??= logSigningKeyFrom(env());
  return cached;
}

/** Signs a tree head (see tree-head.mjs for the exact bytes). */
export function signTreeHead(key: LogSigningKey, head: TreeHead): SignedTreeHead {
  const signature = sign(null, treeHeadBytes(head), key.privateKey).toString("base64");
  return { treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp, keyId: key.keyId, signature };
}
