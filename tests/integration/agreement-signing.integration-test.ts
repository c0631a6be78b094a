// Data-sharing agreements end to end through the use cases and the real database: drafting from
// a template, the checks that block sending, signing rules, voiding by an edit, concurrent
// signatures, verification of the signed text, expiry read at read time, amendments.
import { createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { agreementSignatures, agreements, auditLog, notifications } from "../../db/schema";
import { amendAgreement } from "../../server/agreements/amend-agreement";
import { createAgreement } from "../../server/agreements/create-agreement";
import { getAgreement } from "../../server/agreements/get-agreement";
import { hasAgreementInForce } from "../../server/agreements/in-force";
import { listInstitutionAgreements } from "../../server/agreements/list-institution-agreements";
import { listProgrammeAgreements } from "../../server/agreements/list-programme-agreements";
import { recordImpactAssessment } from "../../server/agreements/record-impact-assessment";
import { sendAgreement } from "../../server/agreements/send-agreement";
import { signAgreement } from "../../server/agreements/sign-agreement";
import { terminateAgreement } from "../../server/agreements/terminate-agreement";
import { updateAgreement } from "../../server/agreements/update-agreement";
import { verifyAgreement } from "../../server/agreements/verify-agreement";
import { warnExpiringAgreements } from "../../server/agreements/warn-expiring";
import { startProgramme } from "../../server/programmes/start-programme";
import type { AgreementContent } from "../../server/agreements/content";
import { addAcceptedParticipant, agreementRow, agreementWorld, completePilotContent, IMPACT_ASSESSMENT, insertAgreement, programmeRow, type AgreementWorld } from "../factories/agreements";
import { addMembership, createInstitution, createUser, DEFAULT_TEST_PASSWORD } from "../factories";
import { auditEntriesOf, openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

type Person = { id: string; sessionVersion: number };

/** Runs the expiry-warnings job until nothing is due (the shared test database may hold other tests' agreements). */
async function warnUntilDone() {
  for (let run = await warnExpiringAgreements(db, { limit: 200 }); run.due === 200; run = await warnExpiringAgreements(db, { limit: 200 }));
}

async function signatures(agreementId: string) {
  return db.select().from(agreementSignatures).where(eq(agreementSignatures.agreementId, agreementId)).orderBy(asc(agreementSignatures.signedAt));
}

async function notificationsOf(userId: string, kind: string, agreementId: string) {
  return db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind), eq(notifications.path, `/agreements/${agreementId}`)));
}

/** Drafts a pilot agreement through the use case, then fills in what the checks require. */
async function readyToSend(w: AgreementWorld) {
  const lead = await acting(db, w.leadMember);
  const { agreementId } = await createAgreement(lead, { programmeId: w.programme.id, template: "pilot_personal_data", title: "Kenya–China clinic pilot" });
  const row = await agreementRow(db, agreementId);
  const content = { ...(row.content as AgreementContent) };
  content.transfers = content.transfers.map((t) => ({ ...t, safeguard: "appropriate_safeguards" as const }));
  const updated = await updateAgreement(lead, { agreementId, version: row.version, title: row.title, content });
  const assessed = await recordImpactAssessment(lead, { agreementId, version: updated.version, assessment: IMPACT_ASSESSMENT });
  return { agreementId, version: assessed.version, lead };
}

async function sentAgreement(w: AgreementWorld) {
  const ready = await readyToSend(w);
  const sent = await sendAgreement(ready.lead, { agreementId: ready.agreementId, version: ready.version });
  return { ...ready, ...sent };
}

const sign = async (who: Person, agreementId: string, institutionId: string, contentHash: string, password = DEFAULT_TEST_PASSWORD) =>
  signAgreement(await acting(db, who), { agreementId, institutionId, contentHash, password });

describe("drafting and the checks before sending", () => {
  it("drafts from the pilot template with the programme's institutions as parties and a Kenya → China transfer", async () => {
    const w = await agreementWorld(db);
    const lead = await acting(db, w.leadMember);
    const { agreementId, status } = await createAgreement(lead, { programmeId: w.programme.id, template: "pilot_personal_data", title: "Kenya–China clinic pilot" });
    expect(status).toBe("draft");
    const row = await agreementRow(db, agreementId);
    expect(row.reference).toMatch(/^DSA-\d{4}-\d{4}$/);
    const content = row.content as AgreementContent;
    expect(content.parties).toEqual([
      { institutionId: w.lead.id, role: "provider" },
      { institutionId: w.partner.id, role: "recipient" },
    ]);
    expect(content.transfers).toEqual([{ fromCountry: "KE", toCountry: "CN", safeguard: "" }]);
    expect((await auditEntriesOf(db, "agreement", agreementId)).map((e) => e.action)).toEqual(["agreement.create"]);
  });

  it("refuses to send Kenya → China personal health data without a safeguard Kenya accepts and an impact assessment", async () => {
    const w = await agreementWorld(db);
    const lead = await acting(db, w.leadMember);
    const { agreementId } = await createAgreement(lead, { programmeId: w.programme.id, template: "pilot_personal_data", title: "Kenya–China clinic pilot" });
    let row = await agreementRow(db, agreementId);

    const missing = await domainErrorOf(sendAgreement(lead, { agreementId, version: row.version }));
    expect(missing.code).toBe("VALIDATION");
    expect(missing.fields).toEqual({ "transfers.0.safeguard": ["agreementChecks.safeguardRequired"], impactAssessment: ["agreementChecks.impactAssessmentRequired"] });

    // China's standard contract is not a safeguard Kenya's rule accepts.
    const content = row.content as AgreementContent;
    await updateAgreement(lead, { agreementId, version: row.version, title: row.title, content: { ...content, transfers: [{ fromCountry: "KE", toCountry: "CN", safeguard: "standard_contract" }] } });
    row = await agreementRow(db, agreementId);
    const notAccepted = await domainErrorOf(sendAgreement(lead, { agreementId, version: row.version }));
    expect(notAccepted.fields?.["transfers.0.safeguard"]).toEqual(["agreementChecks.safeguardNotAccepted"]);

    const view = await getAgreement(lead, { agreementId });
    expect(view.checks.ok).toBe(false);
    expect(view.checks.duties.map((d) => d.country)).toEqual(["KE"]);
    expect(view.checks.duties[0]!.localisation).toContain("health care data must be processed in Kenya");
    expect(row.status).toBe("draft");
    expect(row.contentHash).toBeNull();
  });

  it("a co-lead of the programme is a party from the start, and its members may draft and read", async () => {
    const coLeadMember = await createUser(db);
    const coLead = await createInstitution(db, { countryCode: "ZA", createdByUserId: coLeadMember.id });
    await addMembership(db, { institutionId: coLead.id, userId: coLeadMember.id });
    const w = await agreementWorld(db, { coLeadInstitutionIds: [coLead.id] });
    const ctx = await acting(db, coLeadMember);
    const { agreementId } = await createAgreement(ctx, { programmeId: w.programme.id, template: "joint_lab_training", title: "Three-party joint lab" });
    const view = await getAgreement(ctx, { agreementId });
    expect(view.parties.map((p) => [p.institutionId, p.countryCode])).toEqual([
      [w.lead.id, "KE"],
      [coLead.id, "ZA"],
      [w.partner.id, "CN"],
    ]);
    expect(view.agreement.content.transfers.map((t) => `${t.fromCountry}>${t.toCountry}`)).toEqual(["KE>ZA", "KE>CN"]);
    expect(view.viewer).toMatchObject({ canEdit: true, canSend: true, canSign: [], canAmend: false });
    expect(view.checks).toMatchObject({ ok: true });
  });

  it("keeps parties to the programme's institutions and refuses a save based on a stale version", async () => {
    const w = await agreementWorld(db);
    const lead = await acting(db, w.leadMember);
    const { agreementId } = await createAgreement(lead, { programmeId: w.programme.id, template: "open_non_personal", title: "Open indicators" });
    const row = await agreementRow(db, agreementId);
    const content = row.content as AgreementContent;
    const outsider = await domainErrorOf(
      updateAgreement(lead, { agreementId, version: row.version, title: row.title, content: { ...content, parties: [...content.parties, { institutionId: w.stranger.id, role: "recipient" }] } }),
    );
    expect(outsider.code).toBe("VALIDATION");
    expect(outsider.fields).toEqual({ "parties.2.institutionId": ["agreementChecks.partyNotInProgramme"] });
    await updateAgreement(lead, { agreementId, version: row.version, title: "Open indicators, revised", content });
    const stale = await domainErrorOf(updateAgreement(lead, { agreementId, version: row.version, title: "Another title", content }));
    expect(stale.code).toBe("CONFLICT");
    expect((await agreementRow(db, agreementId)).title).toBe("Open indicators, revised");
    expect((await auditEntriesOf(db, "agreement", agreementId)).map((e) => e.action)).toEqual(["agreement.create", "agreement.edit"]);
  });

  it("sends once the checks pass: the canonical text is frozen with its SHA-256 and the parties' signatories are asked to sign", async () => {
    const w = await agreementWorld(db);
    const sent = await sentAgreement(w);
    const row = await agreementRow(db, sent.agreementId);
    expect(row).toMatchObject({ status: "pending_signatures", signingRound: 1, partiesToSign: 2, signaturesGiven: 0, contentHash: sent.contentHash });
    expect(createHash("sha256").update(row.canonicalContent!).digest("hex")).toBe(row.contentHash);
    const parsed = JSON.parse(row.canonicalContent!) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([...Object.keys(parsed)].sort());
    expect(parsed).toMatchObject({ programmeReference: w.programme.reference, title: "Kenya–China clinic pilot" });
    expect(row.canonicalContent).not.toMatch(/\n|": /);
    await sent.lead.runDeferred();
    expect(await notificationsOf(w.partnerSignatory.id, "signatureRequested", sent.agreementId)).toHaveLength(1);
    expect(await notificationsOf(w.leadSignatory.id, "signatureRequested", sent.agreementId)).toHaveLength(1);
    expect(await notificationsOf(w.leadMember.id, "signatureRequested", sent.agreementId)).toHaveLength(0);
  });
});

describe("signing", () => {
  it("a non-signatory member of a party is FORBIDDEN; a member of a non-party institution is told it does not exist", async () => {
    const w = await agreementWorld(db);
    const sent = await sentAgreement(w);
    expect((await domainErrorOf(sign(w.partnerMember, sent.agreementId, w.partner.id, sent.contentHash))).code).toBe("FORBIDDEN");
    // The stranger's own institution is no party; nor may they sign for a party they do not belong to.
    expect((await domainErrorOf(sign(w.strangerMember, sent.agreementId, w.stranger.id, sent.contentHash))).code).toBe("NOT_FOUND");
    expect((await domainErrorOf(sign(w.strangerMember, sent.agreementId, w.lead.id, sent.contentHash))).code).toBe("NOT_FOUND");
    expect(await signatures(sent.agreementId)).toEqual([]);
    expect((await agreementRow(db, sent.agreementId)).signaturesGiven).toBe(0);
  });

  it("a wrong password writes nothing; a hash other than the stored one is a CONFLICT", async () => {
    const w = await agreementWorld(db);
    const sent = await sentAgreement(w);
    const before = await auditEntriesOf(db, "agreement", sent.agreementId);
    expect((await domainErrorOf(sign(w.leadSignatory, sent.agreementId, w.lead.id, sent.contentHash, "not-my-password"))).code).toBe("WRONG_PASSWORD");
    expect((await domainErrorOf(sign(w.leadSignatory, sent.agreementId, w.lead.id, "0".repeat(64)))).code).toBe("CONFLICT");
    expect(await signatures(sent.agreementId)).toEqual([]);
    expect(await auditEntriesOf(db, "agreement", sent.agreementId)).toHaveLength(before.length);
    expect((await agreementRow(db, sent.agreementId)).signaturesGiven).toBe(0);
  });

  it("signing twice for the same party is ALREADY_SIGNED (by the same or another signatory)", async () => {
    const w = await agreementWorld(db);
    const sent = await sentAgreement(w);
    await sign(w.leadSignatory, sent.agreementId, w.lead.id, sent.contentHash);
    expect((await domainErrorOf(sign(w.leadSignatory, sent.agreementId, w.lead.id, sent.contentHash))).code).toBe("ALREADY_SIGNED");
    const second = await createUser(db);
    await addMembership(db, { institutionId: w.lead.id, userId: second.id, isSignatory: true });
    expect((await domainErrorOf(sign(second, sent.agreementId, w.lead.id, sent.contentHash))).code).toBe("ALREADY_SIGNED");
    expect(await signatures(sent.agreementId)).toHaveLength(1);
    expect((await agreementRow(db, sent.agreementId)).signaturesGiven).toBe(1);
  });

  it("the last party's signature brings it into force: the programme may start and the signatories are told", async () => {
    const w = await agreementWorld(db);
    const sent = await sentAgreement(w);
    const owner = await acting(db, w.leadOwner);
    expect((await domainErrorOf(startProgramme(owner, { programmeId: w.programme.id, version: w.programme.version }))).code).toBe("AGREEMENT_NOT_IN_FORCE");

    await sign(w.leadSignatory, sent.agreementId, w.lead.id, sent.contentHash);
    expect((await agreementRow(db, sent.agreementId)).status).toBe("pending_signatures");
    const partner = await acting(db, w.partnerSignatory);
    await signAgreement(partner, { agreementId: sent.agreementId, institutionId: w.partner.id, contentHash: sent.contentHash, password: DEFAULT_TEST_PASSWORD });
    const row = await agreementRow(db, sent.agreementId);
    expect(row).toMatchObject({ status: "in_force", signaturesGiven: 2 });
    expect(row.inForceAt).toBeInstanceOf(Date);

    const signs = (await auditEntriesOf(db, "agreement", sent.agreementId)).filter((e) => e.action === "agreement.sign");
    expect(signs.map((e) => e.changes.status)).toEqual([
      { before: "pending_signatures", after: "pending_signatures" },
      { before: "pending_signatures", after: "in_force" },
    ]);
    await partner.runDeferred();
    expect(await notificationsOf(w.leadSignatory.id, "agreementInForce", sent.agreementId)).toHaveLength(1);
    expect(await notificationsOf(w.partnerSignatory.id, "agreementInForce", sent.agreementId)).toHaveLength(1);

    expect(await hasAgreementInForce(db, w.programme.id)).toBe(true);
    const started = await startProgramme(owner, { programmeId: w.programme.id, version: w.programme.version });
    expect(started.status).toBe("active");
  });

  it("an edit after one signature voids it: back to draft, the audit entry says so, signatories are told", async () => {
    const w = await agreementWorld(db);
    const sent = await sentAgreement(w);
    await sign(w.leadSignatory, sent.agreementId, w.lead.id, sent.contentHash);
    const row = await agreementRow(db, sent.agreementId);
    const lead = await acting(db, w.leadMember);
    const content = { ...(row.content as AgreementContent), retentionPeriod: "Until the end of the pilot, and no longer than 12 months." };
    const edited = await updateAgreement(lead, { agreementId: row.id, version: row.version, title: row.title, content });
    expect(edited).toMatchObject({ status: "draft", signaturesVoided: 1 });

    const after = await agreementRow(db, row.id);
    expect(after).toMatchObject({ status: "draft", signaturesGiven: 0, partiesToSign: 0, contentHash: null, canonicalContent: null });
    expect((await signatures(row.id)).map((s) => s.status)).toEqual(["voided"]);
    const edit = (await auditEntriesOf(db, "agreement", row.id)).at(-1)!;
    expect(edit.action).toBe("agreement.edit");
    expect(edit.changes).toMatchObject({
      status: { before: "pending_signatures", after: "draft" },
      signaturesVoided: { before: 1, after: 0 },
      retentionPeriod: { after: "Until the end of the pilot, and no longer than 12 months." },
    });
    await lead.runDeferred();
    expect(await notificationsOf(w.leadSignatory.id, "signaturesVoided", row.id)).toHaveLength(1);

    // The next round needs every party's signature again, on the new hash.
    const resent = await sendAgreement(lead, { agreementId: row.id, version: edited.version });
    expect(resent.signingRound).toBe(2);
    expect(resent.contentHash).not.toBe(sent.contentHash);
    expect((await domainErrorOf(sign(w.leadSignatory, row.id, w.lead.id, sent.contentHash))).code).toBe("CONFLICT");
    await sign(w.leadSignatory, row.id, w.lead.id, resent.contentHash);
    expect((await agreementRow(db, row.id))).toMatchObject({ status: "pending_signatures", signaturesGiven: 1 });
  });

  it("two signatories signing at the same moment both count; it enters into force exactly once", async () => {
    for (let round = 0; round < 5; round++) {
      const w = await agreementWorld(db);
      const sent = await sentAgreement(w);
      const [a, b] = await Promise.all([acting(db, w.leadSignatory), acting(db, w.partnerSignatory)]);
      await Promise.all([
        signAgreement(a, { agreementId: sent.agreementId, institutionId: w.lead.id, contentHash: sent.contentHash, password: DEFAULT_TEST_PASSWORD }),
        signAgreement(b, { agreementId: sent.agreementId, institutionId: w.partner.id, contentHash: sent.contentHash, password: DEFAULT_TEST_PASSWORD }),
      ]);
      const row = await agreementRow(db, sent.agreementId);
      expect(row).toMatchObject({ status: "in_force", signaturesGiven: 2, partiesToSign: 2 });
      expect((await signatures(sent.agreementId)).filter((s) => s.status === "valid")).toHaveLength(2);
      const entries = (await auditEntriesOf(db, "agreement", sent.agreementId)).filter((e) => e.action === "agreement.sign");
      expect(entries).toHaveLength(2);
      expect(entries.filter((e) => (e.changes.status as { after: string }).after === "in_force")).toHaveLength(1);
      await Promise.all([a.runDeferred(), b.runDeferred()]);
      expect(await notificationsOf(w.leadSignatory.id, "agreementInForce", sent.agreementId)).toHaveLength(1);
    }
  });
});

describe("many signatories at once", () => {
  it("eight parties' signatories signing at the same moment: all eight count, in force once, exactly one entry says so", async () => {
    const w = await agreementWorld(db);
    const extra = await Promise.all(
      ["BR", "IN", "ZA", "NG", "VN", "ID"].map(async (countryCode) => {
        const signatory = await createUser(db);
        const institution = await createInstitution(db, { countryCode, createdByUserId: signatory.id });
        await addMembership(db, { institutionId: institution.id, userId: signatory.id, role: "owner", isSignatory: true });
        await addAcceptedParticipant(db, w.programme.id, institution.id, w.leadOwner.id);
        return { institution, signatory };
      }),
    );
    const lead = await acting(db, w.leadMember);
    // Training data without personal data: the template is complete as it comes.
    const { agreementId } = await createAgreement(lead, { programmeId: w.programme.id, template: "joint_lab_training", title: "Eight-party joint lab agreement" });
    const sent = await sendAgreement(lead, { agreementId, version: (await agreementRow(db, agreementId)).version });
    const signers = [
      { user: w.leadSignatory, institutionId: w.lead.id },
      { user: w.partnerSignatory, institutionId: w.partner.id },
      ...extra.map((e) => ({ user: e.signatory, institutionId: e.institution.id })),
    ];
    const contexts = await Promise.all(signers.map((s) => acting(db, s.user)));
    await Promise.all(
      signers.map((s, i) => signAgreement(contexts[i]!, { agreementId, institutionId: s.institutionId, contentHash: sent.contentHash, password: DEFAULT_TEST_PASSWORD })),
    );
    expect(await agreementRow(db, agreementId)).toMatchObject({ status: "in_force", signaturesGiven: 8, partiesToSign: 8 });
    const entries = (await auditEntriesOf(db, "agreement", agreementId)).filter((e) => e.action === "agreement.sign");
    expect(entries).toHaveLength(8);
    expect(entries.map((e) => (e.changes.signaturesGiven as { after: number }).after).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(entries.filter((e) => (e.changes.status as { after: string }).after === "in_force")).toHaveLength(1);
    for (const c of contexts) await c.runDeferred();
    expect(await notificationsOf(extra[0]!.signatory.id, "agreementInForce", agreementId)).toHaveLength(1);
  });
});

describe("verifying the signed text", () => {
  it("matches as signed; a change to the stored content or to the frozen text made in SQL is a mismatch", async () => {
    const w = await agreementWorld(db);
    const sent = await sentAgreement(w);
    await sign(w.leadSignatory, sent.agreementId, w.lead.id, sent.contentHash);
    await sign(w.partnerSignatory, sent.agreementId, w.partner.id, sent.contentHash);
    const viewer = await acting(db, w.partnerMember);
    expect(await verifyAgreement(viewer, { agreementId: sent.agreementId })).toMatchObject({ storedHash: sent.contentHash, recomputedHash: sent.contentHash, matches: true });

    await db.execute(sql`update agreements set content = json_set(content, '$.retentionPeriod', 'Forever') where id = ${sent.agreementId}`);
    const tamperedContent = await verifyAgreement(viewer, { agreementId: sent.agreementId });
    expect(tamperedContent.matches).toBe(false);
    expect(tamperedContent.recomputedHash).not.toBe(sent.contentHash);
    expect(tamperedContent.canonicalHash).toBe(sent.contentHash);

    const w2 = await agreementWorld(db);
    const other = await sentAgreement(w2);
    await db.execute(sql`update agreements set canonical_content = replace(canonical_content, 'Pseudonymised', 'Identified') where id = ${other.agreementId}`);
    const tamperedFrozen = await verifyAgreement(await acting(db, w2.leadMember), { agreementId: other.agreementId });
    expect(tamperedFrozen).toMatchObject({ storedHash: other.contentHash, recomputedHash: other.contentHash, matches: false });
    expect(tamperedFrozen.canonicalHash).not.toBe(other.contentHash);
  });
});

describe("expiry, termination and amendments", () => {
  it("an agreement in force past its expiry date reads as expired: not in force, the programme cannot start, it cannot be terminated", async () => {
    const w = await agreementWorld(db);
    const expired = await insertAgreement(w, { status: "in_force", content: completePilotContent(w, { effectiveDate: "2024-01-01", expiryDate: "2025-12-31" }) });
    const lead = await acting(db, w.leadMember);
    expect((await getAgreement(lead, { agreementId: expired.id })).agreement.status).toBe("expired");
    expect(await hasAgreementInForce(db, w.programme.id)).toBe(false);
    const owner = await acting(db, w.leadOwner);
    expect((await domainErrorOf(startProgramme(owner, { programmeId: w.programme.id, version: w.programme.version }))).code).toBe("AGREEMENT_NOT_IN_FORCE");
    expect((await programmeRow(db, w.programme.id)).status).toBe("open");
    const terminate = await domainErrorOf(terminateAgreement(await acting(db, w.leadSignatory), { agreementId: expired.id, version: expired.version, reason: "Ended" }));
    expect(terminate.code).toBe("INVALID_TRANSITION");
    const listed = await listInstitutionAgreements(lead, { institutionId: w.lead.id });
    expect(listed.find((a) => a.id === expired.id)?.status).toBe("expired");
  });

  it("reading an agreement that expires within 30 days writes nothing; the scheduled job warns the parties' signatories once", async () => {
    const w = await agreementWorld(db);
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const expiring = await insertAgreement(w, { status: "in_force", content: completePilotContent(w, { expiryDate: soon }) });
    const lead = await acting(db, w.leadMember);
    await getAgreement(lead, { agreementId: expiring.id });
    expect(lead.deferredCount()).toBe(0);
    expect(await notificationsOf(w.partnerSignatory.id, "agreementExpiring", expiring.id)).toHaveLength(0);
    await warnUntilDone();
    expect(await notificationsOf(w.partnerSignatory.id, "agreementExpiring", expiring.id)).toHaveLength(1);
    expect(await notificationsOf(w.leadSignatory.id, "agreementExpiring", expiring.id)).toHaveLength(1);
    expect((await agreementRow(db, expiring.id)).expiryWarnedAt).not.toBeNull();
    expect((await auditEntriesOf(db, "agreement", expiring.id)).filter((e) => e.action === "agreement.warnExpiry")).toHaveLength(1);
    // The next runs warn nobody again.
    await warnUntilDone();
    expect(await notificationsOf(w.leadSignatory.id, "agreementExpiring", expiring.id)).toHaveLength(1);
  });

  it("a party's signatory terminates an agreement in force with a reason; a plain member may not", async () => {
    const w = await agreementWorld(db);
    const row = await insertAgreement(w, { status: "in_force" });
    expect((await domainErrorOf(terminateAgreement(await acting(db, w.leadMember), { agreementId: row.id, version: row.version, reason: "Pilot ended" }))).code).toBe("FORBIDDEN");
    const done = await terminateAgreement(await acting(db, w.partnerSignatory), { agreementId: row.id, version: row.version, reason: "Pilot ended" });
    expect(done.status).toBe("terminated");
    const stored = await agreementRow(db, row.id);
    expect(stored).toMatchObject({ status: "terminated", terminationReason: "Pilot ended" });
    const entry = (await auditEntriesOf(db, "agreement", row.id)).at(-1)!;
    expect(entry).toMatchObject({ action: "agreement.terminate", onBehalfOfInstitutionId: w.partner.id, changes: { status: { before: "in_force", after: "terminated" } } });
    expect(entry.context.reason).toBe("Pilot ended");
  });

  it("an amendment changing the retention period is re-signed by both parties; the first version is then superseded", async () => {
    const w = await agreementWorld(db);
    const sent = await sentAgreement(w);
    await sign(w.leadSignatory, sent.agreementId, w.lead.id, sent.contentHash);
    await sign(w.partnerSignatory, sent.agreementId, w.partner.id, sent.contentHash);

    const lead = await acting(db, w.leadMember);
    const amendment = await amendAgreement(lead, { agreementId: sent.agreementId });
    expect(amendment).toMatchObject({ status: "draft", versionNumber: 2 });
    expect((await domainErrorOf(amendAgreement(lead, { agreementId: sent.agreementId }))).code).toBe("ALREADY_EXISTS");
    const child = await agreementRow(db, amendment.agreementId);
    const parent = await agreementRow(db, sent.agreementId);
    expect(child).toMatchObject({ reference: parent.reference, parentAgreementId: parent.id, content: parent.content, impactAssessment: parent.impactAssessment });

    const content = { ...(child.content as AgreementContent), retentionPeriod: "Until the end of the pilot, and no longer than 36 months from the effective date." };
    const edited = await updateAgreement(lead, { agreementId: child.id, version: child.version, title: child.title, content });
    const view = await getAgreement(lead, { agreementId: child.id });
    expect(view.diff).toEqual([{ field: "retentionPeriod", before: (parent.content as AgreementContent).retentionPeriod, after: content.retentionPeriod }]);
    expect(view.parentId).toBe(parent.id);
    // The version in force stays in force while the amendment is negotiated.
    expect(await hasAgreementInForce(db, w.programme.id)).toBe(true);

    const resent = await sendAgreement(lead, { agreementId: child.id, version: edited.version });
    await sign(w.partnerSignatory, child.id, w.partner.id, resent.contentHash);
    expect((await agreementRow(db, parent.id)).status).toBe("in_force");
    await sign(w.leadSignatory, child.id, w.lead.id, resent.contentHash);

    expect((await agreementRow(db, child.id)).status).toBe("in_force");
    const superseded = await agreementRow(db, parent.id);
    expect(superseded.status).toBe("superseded");
    expect(superseded.endedAt).toBeInstanceOf(Date);
    const chain = await getAgreement(lead, { agreementId: child.id });
    expect(chain.versions).toEqual([
      { id: parent.id, versionNumber: 1, status: "superseded" },
      { id: child.id, versionNumber: 2, status: "in_force" },
    ]);
    const list = await listProgrammeAgreements(lead, { programmeId: w.programme.id });
    expect(list.items.map((i) => [i.versionNumber, i.status]).sort()).toEqual([
      [1, "superseded"],
      [2, "in_force"],
    ]);
    const [inForceCount] = await db
      .select({ n: sql<number>`count(*)` })
      .from(agreements)
      .where(and(eq(agreements.programmeId, w.programme.id), eq(agreements.status, "in_force")));
    expect(Number(inForceCount!.n)).toBe(1);
    expect((await db.select().from(auditLog).where(and(eq(auditLog.objectId, parent.id), eq(auditLog.action, "agreement.sign")))).length).toBe(2);
  });

  it("lists what awaits an institution's signature", async () => {
    const w = await agreementWorld(db);
    const sent = await sentAgreement(w);
    await sign(w.leadSignatory, sent.agreementId, w.lead.id, sent.contentHash);
    const [ours] = await listInstitutionAgreements(await acting(db, w.leadMember), { institutionId: w.lead.id });
    const [theirs] = await listInstitutionAgreements(await acting(db, w.partnerMember), { institutionId: w.partner.id });
    expect(ours).toMatchObject({ id: sent.agreementId, status: "pending_signatures", awaitingOurSignature: false, signedByUs: true });
    expect(theirs).toMatchObject({ id: sent.agreementId, awaitingOurSignature: true, signedByUs: false });
  });
});
