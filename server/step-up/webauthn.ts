// Passkeys (WebAuthn, via @simplewebauthn/server). The relying party is the app's public URL
// (NEXTAUTH_URL): its host is the RP ID, its origin the only accepted origin. Challenges live in
// the database (webauthn_challenges), single use, five minutes.
import { randomBytes } from "node:crypto";
import { env } from "../env";

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;

export function relyingParty() {
  const url = new URL(env().NEXTAUTH_URL);
  return { rpID: url.hostname, origin: url.origin, rpName: "Southbridge" };
}

/** 32 random bytes; the options carry them base64url-encoded, which is what the client data echoes and what is stored. */
export function newChallenge() {
  const bytes = new Uint8Array(randomBytes(32));
  return { bytes, text: Buffer.from(bytes).toString("base64url") };
}

/** The challenge a WebAuthn response answers (from its clientDataJSON), or null if unreadable. */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as { challenge?: unknown };
    return typeof data.challenge === "string" && data.challenge.length <= 128 ? data.challenge : null;
  } catch {
    return null;
  }
}
