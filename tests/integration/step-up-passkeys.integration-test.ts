// Passkeys end to end with a software authenticator (support/software-authenticator.ts): the
// registration options' challenge stored in the database, the attestation verified and the
// credential stored, signing with an assertion (recorded as `passkey`), a replayed assertion and
// an assertion for an unknown challenge refused.
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { agreementSignatures, userPasskeys, webauthnChallenges } from "../../db/schema";
import { signAgreement } from "../../server/agreements/sign-agreement";
import { confirmPasskey } from "../../server/step-up/confirm-passkey";
import { passkeyOptions } from "../../server/step-up/passkey-options";
import { removeFactor } from "../../server/step-up/remove-factor";
import { relyingParty } from "../../server/step-up/webauthn";
import { agreementWorld, insertAgreement, type AgreementWorld } from "../factories/agreements";
import { DEFAULT_TEST_PASSWORD } from "../factories";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting } from "./support/programmes";
import { assert, attest, newAuthenticator, type SoftwareAuthenticator } from "./support/software-authenticator";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

type Person = { id: string; sessionVersion: number };

async function registerPasskey(user: Person, authenticator = newAuthenticator()) {
  const ctx = await acting(db, user);
  const options = await passkeyOptions(ctx, { purpose: "register" });
  const { passkeyId } = await confirmPasskey(ctx, { response: attest(authenticator, { challenge: options.challenge, ...relyingParty() }) });
  return { authenticator, passkeyId };
}

async function assertion(user: Person, authenticator: SoftwareAuthenticator) {
  const options = await passkeyOptions(await acting(db, user), { purpose: "sign" });
  return assert(authenticator, { challenge: options.challenge, ...relyingParty() });
}

async function sign(w: AgreementWorld, agreement: { id: string; contentHash: string | null }, response?: ReturnType<typeof assert>) {
  return signAgreement(await acting(db, w.leadSignatory), {
    agreementId: agreement.id,
    institutionId: w.lead.id,
    contentHash: agreement.contentHash!,
    password: DEFAULT_TEST_PASSWORD,
    proof: response ? { kind: "passkey", response } : undefined,
  });
}

const pending = (w: AgreementWorld) => insertAgreement(w, { status: "pending_signatures", createdByUserId: w.leadOwner.id });

describe("passkeys", () => {
  it("registers a passkey answering a stored challenge, spends the challenge, and stores the public key and counter", async () => {
    const w = await agreementWorld(db);
    const { authenticator, passkeyId } = await registerPasskey(w.leadSignatory);
    const [row] = await db.select().from(userPasskeys).where(eq(userPasskeys.id, passkeyId));
    expect(row).toMatchObject({ userId: w.leadSignatory.id, credentialId: authenticator.credentialId.toString("base64url"), counter: 0, transports: ["internal"] });
    const challenges = await db.select({ usedAt: webauthnChallenges.usedAt }).from(webauthnChallenges).where(eq(webauthnChallenges.userId, w.leadSignatory.id));
    expect(challenges.map((c) => c.usedAt !== null)).toEqual([true]);
  });

  it("refuses an attestation for a challenge never issued to this user", async () => {
    const w = await agreementWorld(db);
    const response = attest(newAuthenticator(), { challenge: "bm90LWEtY2hhbGxlbmdl", ...relyingParty() });
    const error = await domainErrorOf(confirmPasskey(await acting(db, w.leadSignatory), { response }));
    expect(error.fields).toEqual({ passkey: ["stepUp.passkeyRefused"] });
  });

  it("signs with a passkey assertion (recorded as `passkey`), and refuses the same assertion replayed", async () => {
    const w = await agreementWorld(db);
    const { authenticator } = await registerPasskey(w.leadSignatory);
    const [first, second] = [await pending(w), await pending(w)];
    expect((await domainErrorOf(sign(w, first))).fields).toEqual({ proof: ["stepUp.proofRequired"] });
    const response = await assertion(w.leadSignatory, authenticator);
    await sign(w, first, response);
    const [row] = await db.select({ secondFactor: agreementSignatures.secondFactor }).from(agreementSignatures).where(eq(agreementSignatures.agreementId, first.id));
    expect(row?.secondFactor).toBe("passkey");
    expect((await domainErrorOf(sign(w, second, response))).fields).toEqual({ proof: ["stepUp.wrongProof"] });
    const [stored] = await db.select({ counter: userPasskeys.counter }).from(userPasskeys).where(eq(userPasskeys.userId, w.leadSignatory.id));
    expect(stored?.counter).toBe(1);
  });

  it("refuses an assertion signed by another key for the same credential id", async () => {
    const w = await agreementWorld(db);
    const { authenticator } = await registerPasskey(w.leadSignatory);
    const forger = { ...newAuthenticator(), credentialId: authenticator.credentialId };
    const response = await assertion(w.leadSignatory, forger);
    expect((await domainErrorOf(sign(w, await pending(w), response))).fields).toEqual({ proof: ["stepUp.wrongProof"] });
  });

  it("removes a passkey only with a fresh assertion", async () => {
    const w = await agreementWorld(db);
    const { authenticator, passkeyId } = await registerPasskey(w.leadSignatory);
    const response = await assertion(w.leadSignatory, authenticator);
    await removeFactor(await acting(db, w.leadSignatory), { factor: "passkey", passkeyId, proof: { kind: "passkey", response } });
    expect(await db.select().from(userPasskeys).where(eq(userPasskeys.userId, w.leadSignatory.id))).toEqual([]);
  });
});
