// Step-up signing (issue #18) through the use cases and the real database: enrolling an
// authenticator app, signing with a code or a recovery code, replays refused, the platform rule
// on and off, removing a factor only with a current one, and what is recorded.
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { agreementSignatures, auditLog, platformSettings, throttleBuckets, userRecoveryCodes, userTotp } from "../../db/schema";
import { signAgreement } from "../../server/agreements/sign-agreement";
import { confirmTotp } from "../../server/step-up/confirm-totp";
import { removeFactor } from "../../server/step-up/remove-factor";
import { setSigningStepUp } from "../../server/step-up/set-signing-step-up";
import { SIGNING_STEP_UP_KEY } from "../../server/step-up/signing-setting";
import { startTotp } from "../../server/step-up/start-totp";
import { myFactors } from "../../server/step-up/my-factors";
import { unseal } from "../../server/step-up/secret-box";
import { keyHash } from "../../server/throttle/keys";
import { agreementWorld, insertAgreement, type AgreementWorld } from "../factories/agreements";
import { DEFAULT_TEST_PASSWORD } from "../factories";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting } from "./support/programmes";
import { codeFor, enrolTotp } from "./support/step-up";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await db.delete(platformSettings).where(eq(platformSettings.key, SIGNING_STEP_UP_KEY));
  await handle.close();
});

type Person = { id: string; sessionVersion: number };

/** An agreement awaiting signatures; the lead's signatory signs for the lead. */
async function pendingAgreement(w: AgreementWorld) {
  return insertAgreement(w, { status: "pending_signatures", createdByUserId: w.leadOwner.id });
}

async function sign(w: AgreementWorld, who: Person, agreement: { id: string; contentHash: string | null }, proof?: { kind: "code"; code: string }) {
  return signAgreement(await acting(db, who), { agreementId: agreement.id, institutionId: w.lead.id, contentHash: agreement.contentHash!, password: DEFAULT_TEST_PASSWORD, proof });
}

async function factorOf(agreementId: string) {
  const [row] = await db.select({ secondFactor: agreementSignatures.secondFactor }).from(agreementSignatures).where(eq(agreementSignatures.agreementId, agreementId));
  return row?.secondFactor;
}

async function setRule(required: boolean, admin: Person) {
  await setSigningStepUp(await acting(db, admin), { required });
}

const proofError = async (promise: Promise<unknown>) => {
  const error = await domainErrorOf(promise);
  return { code: error.code, fields: error.fields };
};

describe("enrolling an authenticator app", () => {
  it("stores the secret sealed, confirms it with a first code, and issues ten recovery codes kept only as hashes", async () => {
    const w = await agreementWorld(db);
    const ctx = await acting(db, w.leadSignatory);
    const started = await startTotp(ctx);
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(started.qrCode.split(",")[1]!, "base64").toString()).toContain("<svg");
    expect(started.uri).toContain(`secret=${started.secret}`);
    const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, w.leadSignatory.id));
    expect(row?.secretSealed).not.toContain(started.secret);
    expect(unseal(row!.secretSealed)).toBe(started.secret);
    expect(row?.confirmedAt).toBeNull();

    expect(await proofError(confirmTotp(ctx, { code: "000000" === codeFor(started.secret) ? "111111" : "000000" }))).toEqual({ code: "VALIDATION", fields: { code: ["stepUp.wrongProof"] } });
    const { recoveryCodes } = await confirmTotp(ctx, { code: codeFor(started.secret) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const stored = await db.select({ codeHash: userRecoveryCodes.codeHash }).from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, w.leadSignatory.id));
    expect(stored).toHaveLength(10);
    expect(stored.map((s) => s.codeHash).join(" ")).not.toContain(recoveryCodes[0]!.replace("-", ""));

    const mine = await myFactors(db, w.leadSignatory.id);
    expect(mine.totp?.recoveryCodesLeft).toBe(10);
    expect(JSON.stringify(mine)).not.toContain(started.secret);
    const events = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.objectType, "user"), eq(auditLog.objectId, w.leadSignatory.id)));
    expect(events.map((e) => e.action)).toEqual(["user.second_factor_start", "user.second_factor_add"]);
  });

  it("refuses a second enrolment while one is confirmed", async () => {
    const w = await agreementWorld(db);
    await enrolTotp(db, w.leadSignatory);
    expect((await domainErrorOf(startTotp(await acting(db, w.leadSignatory)))).code).toBe("ALREADY_EXISTS");
  });
});

describe("signing with a second factor", () => {
  it("signs without a factor when none is enrolled and the platform does not ask, recording `none`", async () => {
    const w = await agreementWorld(db);
    const agreement = await pendingAgreement(w);
    await sign(w, w.leadSignatory, agreement);
    expect(await factorOf(agreement.id)).toBe("none");
  });

  it("asks a signatory who enrolled an app for a code, refuses a wrong one, and records `totp` with the right one", async () => {
    const w = await agreementWorld(db);
    const { secret } = await enrolTotp(db, w.leadSignatory);
    const agreement = await pendingAgreement(w);
    expect(await proofError(sign(w, w.leadSignatory, agreement))).toEqual({ code: "VALIDATION", fields: { proof: ["stepUp.proofRequired"] } });
    expect(await proofError(sign(w, w.leadSignatory, agreement, { kind: "code", code: codeFor(secret, 5) }))).toEqual({ code: "VALIDATION", fields: { proof: ["stepUp.wrongProof"] } });
    expect(await factorOf(agreement.id)).toBeUndefined();
    // The enrolment spent the current step: the next step's code (inside the ±1 window) signs.
    await sign(w, w.leadSignatory, agreement, { kind: "code", code: codeFor(secret, 1) });
    expect(await factorOf(agreement.id)).toBe("totp");
  });

  it("refuses a code used once already (replay), even for another agreement", async () => {
    const w = await agreementWorld(db);
    const { secret } = await enrolTotp(db, w.leadSignatory);
    const [first, second] = [await pendingAgreement(w), await pendingAgreement(w)];
    const code = codeFor(secret, 1);
    await sign(w, w.leadSignatory, first, { kind: "code", code });
    expect(await proofError(sign(w, w.leadSignatory, second, { kind: "code", code }))).toEqual({ code: "VALIDATION", fields: { proof: ["stepUp.wrongProof"] } });
    expect(await factorOf(second.id)).toBeUndefined();
  });

  it("lets two signings race with one code: exactly one passes", async () => {
    const w = await agreementWorld(db);
    const { secret } = await enrolTotp(db, w.leadSignatory);
    const [first, second] = [await pendingAgreement(w), await pendingAgreement(w)];
    const code = codeFor(secret, 1);
    const results = await Promise.allSettled([sign(w, w.leadSignatory, first, { kind: "code", code }), sign(w, w.leadSignatory, second, { kind: "code", code })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("accepts each recovery code once, whatever its case and dashes, recording `recovery_code`", async () => {
    const w = await agreementWorld(db);
    const { recoveryCodes } = await enrolTotp(db, w.leadSignatory);
    const [first, second] = [await pendingAgreement(w), await pendingAgreement(w)];
    await sign(w, w.leadSignatory, first, { kind: "code", code: recoveryCodes[3]!.toLowerCase().replace("-", " ") });
    expect(await factorOf(first.id)).toBe("recovery_code");
    expect(await proofError(sign(w, w.leadSignatory, second, { kind: "code", code: recoveryCodes[3]! }))).toEqual({ code: "VALIDATION", fields: { proof: ["stepUp.wrongProof"] } });
    expect((await myFactors(db, w.leadSignatory.id)).totp?.recoveryCodesLeft).toBe(9);
  });

  it("backs off after five wrong codes: the right code is then refused too, for a while", async () => {
    const w = await agreementWorld(db);
    const { secret } = await enrolTotp(db, w.leadSignatory);
    const agreement = await pendingAgreement(w);
    for (let i = 0; i < 5; i++) await domainErrorOf(sign(w, w.leadSignatory, agreement, { kind: "code", code: "ABCDE-FGHJK" }));
    expect((await domainErrorOf(sign(w, w.leadSignatory, agreement, { kind: "code", code: codeFor(secret, 1) }))).code).toBe("RATE_LIMITED");
    await db.delete(throttleBuckets).where(and(eq(throttleBuckets.purpose, "step_up_user"), eq(throttleBuckets.keyHash, keyHash(w.leadSignatory.id))));
    await sign(w, w.leadSignatory, agreement, { kind: "code", code: codeFor(secret, 1) });
  });

  it("with the platform rule on, refuses a signatory without a factor (asking to enrol) and lets them sign once enrolled; off again, they sign without", async () => {
    const w = await agreementWorld(db);
    const [first, second] = [await pendingAgreement(w), await pendingAgreement(w)];
    await setRule(true, w.admin);
    try {
      expect(await proofError(sign(w, w.leadSignatory, first))).toEqual({ code: "VALIDATION", fields: { proof: ["stepUp.enrolFirst"] } });
      expect((await myFactors(db, w.leadSignatory.id)).requiredByPlatform).toBe(true);
    } finally {
      await setRule(false, w.admin);
    }
    await sign(w, w.leadSignatory, first);
    expect(await factorOf(first.id)).toBe("none");
    await setRule(true, w.admin);
    try {
      const { secret } = await enrolTotp(db, w.leadSignatory);
      await sign(w, w.leadSignatory, second, { kind: "code", code: codeFor(secret, 1) });
      expect(await factorOf(second.id)).toBe("totp");
    } finally {
      await setRule(false, w.admin);
    }
    const events = await db.select({ changes: auditLog.changes }).from(auditLog).where(and(eq(auditLog.action, "platform.signing_step_up"), eq(auditLog.actorUserId, w.admin.id)));
    expect(events.map((e) => e.changes)).toEqual([
      { required: { before: false, after: true } },
      { required: { before: true, after: false } },
      { required: { before: false, after: true } },
      { required: { before: true, after: false } },
    ]);
  });
});

describe("removing a factor", () => {
  it("needs a current factor: refused without a valid code, done with one (the recovery codes go with the app)", async () => {
    const w = await agreementWorld(db);
    const { secret } = await enrolTotp(db, w.leadSignatory);
    const ctx = await acting(db, w.leadSignatory);
    expect(await proofError(removeFactor(ctx, { factor: "totp", proof: { kind: "code", code: codeFor(secret, 5) } }))).toEqual({ code: "VALIDATION", fields: { proof: ["stepUp.wrongProof"] } });
    await removeFactor(ctx, { factor: "totp", proof: { kind: "code", code: codeFor(secret, 1) } });
    expect(await db.select().from(userTotp).where(eq(userTotp.userId, w.leadSignatory.id))).toEqual([]);
    expect(await db.select().from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, w.leadSignatory.id))).toEqual([]);
    const agreement = await pendingAgreement(w);
    await sign(w, w.leadSignatory, agreement);
    expect(await factorOf(agreement.id)).toBe("none");
    const [removed] = await db.select({ context: auditLog.context }).from(auditLog).where(and(eq(auditLog.action, "user.second_factor_remove"), eq(auditLog.objectId, w.leadSignatory.id)));
    expect(removed?.context).toMatchObject({ factor: "totp", provedWith: "totp" });
  });

  it("cannot remove what is not enrolled", async () => {
    const w = await agreementWorld(db);
    expect((await domainErrorOf(removeFactor(await acting(db, w.leadSignatory), { factor: "totp", proof: { kind: "code", code: "123456" } }))).code).toBe("NOT_FOUND");
  });
});
