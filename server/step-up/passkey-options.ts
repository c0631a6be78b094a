import { generateAuthenticationOptions, generateRegistrationOptions } from "@simplewebauthn/server";
import { newId } from "@/db/ids";
import { webauthnChallenges } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { MAX_PASSKEYS, passkeysOf } from "./queries";
import { CHALLENGE_TTL_MS, newChallenge, relyingParty } from "./webauthn";

/**
 * A WebAuthn challenge for registering a passkey or for proving one (signing, removing a factor).
 * The challenge row is stored (single use, five minutes) like a throttle row: it changes nothing
 * of the account, so it is not an audited event; what it allows (a passkey added, a signature)
 * is audited when it happens.
 */
export async function passkeyOptions(ctx: UseCaseContext, input: { purpose: "register" | "sign" }) {
  const { db, viewer } = ctx;
  assertCan(viewer, "account.secondFactors");
  const now = new Date();
  const rp = relyingParty();
  const challenge = newChallenge();
  const [passkeys] = await Promise.all([
    passkeysOf(db, viewer.userId),
    db.insert(webauthnChallenges).values({ id: newId(), userId: viewer.userId, purpose: input.purpose, challenge: challenge.text, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) }),
  ]);
  const credentials = passkeys.map((p) => ({ id: p.credentialId, transports: p.transports as never }));
  if (input.purpose === "register") {
    if (passkeys.length >= MAX_PASSKEYS) throw new DomainError("VALIDATION", { what: "passkeys" });
    return generateRegistrationOptions({
      rpName: rp.rpName,
      rpID: rp.rpID,
      userName: viewer.email,
      userDisplayName: viewer.name,
      userID: new Uint8Array(Buffer.from(viewer.userId)),
      challenge: challenge.bytes,
      attestationType: "none",
      excludeCredentials: credentials,
      authenticatorSelection: { residentKey: "preferred", userVerification: "required" },
    });
  }
  return generateAuthenticationOptions({ rpID: rp.rpID, challenge: challenge.bytes, allowCredentials: credentials, userVerification: "required" });
}
