// Signed tree heads: the documented bytes, Ed25519 signatures checked with the published JWK, the
// key from TRANSPARENCY_LOG_SIGNING_KEY (PEM or base64 PKCS #8), and the public development key
// refused in production.
import { createPublicKey, generateKeyPairSync, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../server/env-schema.mjs";
import { DEVELOPMENT_SIGNING_KEY_PEM } from "../../server/transparency-log/dev-signing-key";
import { logSigningKeyFrom, signTreeHead } from "../../server/transparency-log/signing-key";
import { DEVELOPMENT_KEY_ID, jwkThumbprint, publicJwkProblem, treeHeadBytes, verifyTreeHead } from "../../server/transparency-log/tree-head.mjs";

const BASE_ENV = { DATABASE_URL: "mysql://root@127.0.0.1:3306/x", NEXTAUTH_URL: "http://localhost:3000", NEXTAUTH_SECRET: "x".repeat(32), SMTP_URL: "smtp://mail.example:587" };
const head = { treeSize: 5, rootHash: "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4", timestamp: 1_790_000_000_123 };
const freshKey = () => generateKeyPairSync("ed25519").privateKey;

describe("the signed bytes of a tree head", () => {
  it("are four lines: context, size, root in hex, timestamp in milliseconds", () => {
    expect(treeHeadBytes(head).toString("utf8")).toBe(`southbridge-transparency-log/v1\n5\n${head.rootHash}\n1790000000123\n`);
    expect(() => treeHeadBytes({ ...head, rootHash: head.rootHash.toUpperCase() })).toThrow(/rootHash/);
    expect(() => treeHeadBytes({ ...head, treeSize: -1 })).toThrow(/treeSize/);
  });

  it("carry an Ed25519 signature that any standard library checks against the published key", () => {
    const key = logSigningKeyFrom({ DEPLOYMENT_ENV: "production", TRANSPARENCY_LOG_SIGNING_KEY: freshKey().export({ type: "pkcs8", format: "pem" }).toString() });
    const signed = signTreeHead(key, head);
    const publicKey = createPublicKey({ key: key.publicJwk, format: "jwk" });
    expect(verify(null, treeHeadBytes(head), publicKey, Buffer.from(signed.signature, "base64"))).toBe(true);
    expect(verifyTreeHead(signed, key.publicJwk)).toBe(true);
    expect(signTreeHead(key, head)).toEqual(signed);
  });

  it("does not verify when any field, the signature or the key differs", () => {
    const key = logSigningKeyFrom({ DEPLOYMENT_ENV: "demo", TRANSPARENCY_LOG_SIGNING_KEY: undefined });
    const signed = signTreeHead(key, head);
    expect(verifyTreeHead({ ...signed, treeSize: 6 }, key.publicJwk)).toBe(false);
    expect(verifyTreeHead({ ...signed, rootHash: "0".repeat(64) }, key.publicJwk)).toBe(false);
    expect(verifyTreeHead({ ...signed, timestamp: head.timestamp + 1 }, key.publicJwk)).toBe(false);
    const flipped = Buffer.from(signed.signature, "base64");
    flipped[10]! ^= 1;
    expect(verifyTreeHead({ ...signed, signature: flipped.toString("base64") }, key.publicJwk)).toBe(false);
    const other = logSigningKeyFrom({ DEPLOYMENT_ENV: "production", TRANSPARENCY_LOG_SIGNING_KEY: freshKey().export({ type: "pkcs8", format: "pem" }).toString() });
    expect(verifyTreeHead(signed, other.publicJwk)).toBe(false);
    expect(verifyTreeHead({ ...signed, keyId: other.keyId }, other.publicJwk)).toBe(false);
  });
});

describe("the signing key", () => {
  it("is read from a PEM (with real or escaped line breaks) or from the base64 of its PKCS #8 DER, all giving the same key", () => {
    const privateKey = freshKey();
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const ids = [pem, pem.replaceAll("\n", "\\n"), privateKey.export({ type: "pkcs8", format: "der" }).toString("base64")].map(
      (text) => logSigningKeyFrom({ DEPLOYMENT_ENV: "production", TRANSPARENCY_LOG_SIGNING_KEY: text }).keyId,
    );
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).not.toBe(DEVELOPMENT_KEY_ID);
  });

  it("is published as an Ed25519 JWK without its private part, its kid the RFC 7638 thumbprint", () => {
    const key = logSigningKeyFrom({ DEPLOYMENT_ENV: "production", TRANSPARENCY_LOG_SIGNING_KEY: freshKey().export({ type: "pkcs8", format: "pem" }).toString() });
    expect(Object.keys(key.publicJwk).sort()).toEqual(["alg", "crv", "kid", "kty", "use", "x"]);
    expect(key.publicJwk.kid).toBe(jwkThumbprint(key.publicJwk));
    expect(publicJwkProblem(key.publicJwk)).toBeNull();
    expect(publicJwkProblem({ ...key.publicJwk, d: "secret" })).toMatch(/private/);
    expect(publicJwkProblem({ ...key.publicJwk, kid: "made-up" })).toMatch(/thumbprint/);
    expect(key.isDevelopmentKey).toBe(false);
  });

  it("outside production and unset, is the committed development key, whose id the verifier knows", () => {
    for (const DEPLOYMENT_ENV of ["development", "test", "demo"] as const) {
      const key = logSigningKeyFrom({ DEPLOYMENT_ENV, TRANSPARENCY_LOG_SIGNING_KEY: undefined });
      expect(key).toMatchObject({ isDevelopmentKey: true, keyId: DEVELOPMENT_KEY_ID });
    }
    expect(DEVELOPMENT_SIGNING_KEY_PEM).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it("is required in production: the configuration is refused without it, and so is a key that is not Ed25519", () => {
    expect(() => parseEnv({ ...BASE_ENV, DEPLOYMENT_ENV: "production" })).toThrow(/TRANSPARENCY_LOG_SIGNING_KEY: is required in production/);
    expect(() => logSigningKeyFrom({ DEPLOYMENT_ENV: "production", TRANSPARENCY_LOG_SIGNING_KEY: undefined })).toThrow(/required in production/);
    const pem = freshKey().export({ type: "pkcs8", format: "pem" }).toString();
    expect(parseEnv({ ...BASE_ENV, DEPLOYMENT_ENV: "production", TRANSPARENCY_LOG_SIGNING_KEY: pem }).TRANSPARENCY_LOG_SIGNING_KEY).toBe(pem);
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => parseEnv({ ...BASE_ENV, TRANSPARENCY_LOG_SIGNING_KEY: rsa })).toThrow(/TRANSPARENCY_LOG_SIGNING_KEY: must be an Ed25519 key \(got rsa\)/);
    expect(() => parseEnv({ ...BASE_ENV, TRANSPARENCY_LOG_SIGNING_KEY: "not a key" })).toThrow(/TRANSPARENCY_LOG_SIGNING_KEY: must be an Ed25519 private key/);
    expect(parseEnv({ ...BASE_ENV, DEPLOYMENT_ENV: "demo", TRANSPARENCY_LOG_SIGNING_KEY: "" }).TRANSPARENCY_LOG_SIGNING_KEY).toBeUndefined();
  });
});
