import "../common/zod-browser";
import { z } from "zod";

const b64url = (max: number) => z.string().max(max).regex(/^[A-Za-z0-9_-]*$/);

/** A WebAuthn assertion as @simplewebauthn/browser's startAuthentication() returns it (bounded). */
export const passkeyAssertion = z.object({
  id: b64url(1024),
  rawId: b64url(1024),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: b64url(4096),
    authenticatorData: b64url(4096),
    signature: b64url(1024),
    userHandle: b64url(512).optional(),
  }),
  clientExtensionResults: z.object({}).strip(),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

/** A WebAuthn attestation as startRegistration() returns it (bounded). */
export const passkeyAttestation = z.object({
  id: b64url(1024),
  rawId: b64url(1024),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: b64url(4096),
    attestationObject: b64url(16384),
    transports: z.array(z.enum(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"])).max(7).optional(),
    publicKeyAlgorithm: z.number().int().min(-65536).max(65536).optional(),
    publicKey: b64url(4096).optional(),
    authenticatorData: b64url(4096).optional(),
  }),
  clientExtensionResults: z.object({}).strip(),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

/** The proof of a second factor: a code (from the authenticator app, or a recovery code) or a passkey assertion. */
export const stepUpProof = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("code"), code: z.string().trim().min(1, { error: "stepUp.codeRequired" }).max(64) }),
  z.object({ kind: z.literal("passkey"), response: passkeyAssertion }),
]);
export type StepUpProof = z.infer<typeof stepUpProof>;

export const confirmTotpInput = z.object({ code: z.string().trim().min(1, { error: "stepUp.codeRequired" }).max(16) });
export const confirmPasskeyInput = z.object({ response: passkeyAttestation });
export const removeFactorInput = z.object({
  factor: z.enum(["totp", "passkey"]),
  passkeyId: z.string().max(32).optional(),
  proof: stepUpProof,
});
export const setSigningStepUpInput = z.object({ required: z.boolean() });
