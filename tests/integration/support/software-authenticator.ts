// A software WebAuthn authenticator built with node:crypto, for testing passkeys without a
// browser: an ES256 (P-256) key, "none" attestation, and assertions signed over
// authenticatorData ‖ SHA-256(clientDataJSON) as WebAuthn §6.3.3 says. The CBOR it needs
// (maps, byte and text strings, small integers) is encoded here.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

type Cbor = number | string | Uint8Array | Map<Cbor, Cbor>;

function head(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 256) return Buffer.from([(major << 5) | 24, n]);
  if (n < 65536) return Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(n, 1);
  return b;
}

export function cbor(value: Cbor): Buffer {
  if (typeof value === "number") return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === "string") return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), Buffer.from(value)]);
  return Buffer.concat([head(5, value.size), ...[...value].flatMap(([k, v]) => [cbor(k), cbor(v)])]);
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const b64url = (data: Buffer) => data.toString("base64url");

export type SoftwareAuthenticator = { credentialId: Buffer; privateKey: KeyObject; coseKey: Buffer; counter: number };

export function newAuthenticator(): SoftwareAuthenticator {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  const coseKey = cbor(
    new Map<Cbor, Cbor>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(jwk.x!, "base64url")],
      [-3, Buffer.from(jwk.y!, "base64url")],
    ]),
  );
  return { credentialId: randomBytes(32), privateKey, coseKey, counter: 0 };
}

const clientData = (type: "webauthn.create" | "webauthn.get", challenge: string, origin: string) =>
  Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));

/** UP (user present) and UV (user verified), plus AT when credential data follows. */
const FLAGS = { UP: 0x01, UV: 0x04, AT: 0x40 };

function counterBytes(n: number) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

/** The RegistrationResponseJSON startRegistration() would return. */
export function attest(a: SoftwareAuthenticator, { challenge, origin, rpID }: { challenge: string; origin: string; rpID: string }) {
  const idLength = Buffer.alloc(2);
  idLength.writeUInt16BE(a.credentialId.length);
  const authData = Buffer.concat([sha256(rpID), Buffer.from([FLAGS.UP | FLAGS.UV | FLAGS.AT]), counterBytes(a.counter), Buffer.alloc(16), idLength, a.credentialId, a.coseKey]);
  const attestationObject = cbor(new Map<Cbor, Cbor>([["fmt", "none"], ["attStmt", new Map()], ["authData", authData]]));
  const id = b64url(a.credentialId);
  return {
    id,
    rawId: id,
    type: "public-key" as const,
    response: { clientDataJSON: b64url(clientData("webauthn.create", challenge, origin)), attestationObject: b64url(attestationObject), transports: ["internal" as const] },
    clientExtensionResults: {},
  };
}

/** The AuthenticationResponseJSON startAuthentication() would return (the counter advances). */
export function assert(a: SoftwareAuthenticator, { challenge, origin, rpID }: { challenge: string; origin: string; rpID: string }) {
  a.counter += 1;
  const authData = Buffer.concat([sha256(rpID), Buffer.from([FLAGS.UP | FLAGS.UV]), counterBytes(a.counter)]);
  const data = clientData("webauthn.get", challenge, origin);
  const signature = sign("sha256", Buffer.concat([authData, sha256(data)]), a.privateKey);
  const id = b64url(a.credentialId);
  return {
    id,
    rawId: id,
    type: "public-key" as const,
    response: { clientDataJSON: b64url(data), authenticatorData: b64url(authData), signature: b64url(signature) },
    clientExtensionResults: {},
  };
}
