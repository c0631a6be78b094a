// The use cases append to the public transparency log inside their own atomic write (commit()):
// a signature appends exactly its one leaf, a refused or rolled-back signature none; publishing a
// report appends its leaf and the audit chain's new head, and stores that head in the report;
// the scheduled anchoring appends the head once. The leaves are what the verifier rebuilds.
import { and, asc, count, eq, gt } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { agreementSignatures, auditChainHead, institutions, transparencyLogLeaves, transparencyReports } from "../../db/schema";
import { signAgreement } from "../../server/agreements/sign-agreement";
import { createReport } from "../../server/reports/create-report";
import { publishReport } from "../../server/reports/publish-report";
import { appendAuditHead } from "../../server/transparency-log/append-audit-head";
import { agreementSignatureLeaf, agreementSubject, auditHeadLeaf, leafHashHex, parseLeaf, reportSubject } from "../../server/transparency-log/leaves.mjs";
import { verifyDocument } from "../../server/transparency-log/offline-verifier.mjs";
import { GET as reportFile } from "../../app/api/open/reports/[report]/route";
import { commit } from "../../server/workflow/commit";
import { statement } from "../../server/workflow/statement";
import { sql } from "drizzle-orm";
import { agreementRow, agreementWorld, insertAgreement } from "../factories/agreements";
import { createAdmin, DEFAULT_TEST_PASSWORD } from "../factories";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs } from "./support/personas";
import { acting } from "./support/programmes";
import { LOG_ORIGIN, routeFetch } from "./support/transparency-log";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

const leavesAbout = (subject: string) => db.select().from(transparencyLogLeaves).where(eq(transparencyLogLeaves.subject, subject)).orderBy(asc(transparencyLogLeaves.leafIndex));
const lastLeafIndex = async () => (await db.select({ n: count() }).from(transparencyLogLeaves))[0]!.n - 1;
const chainHead = async () => (await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1)))[0]!;

async function pendingAgreement() {
  const w = await agreementWorld(db);
  const agreement = await insertAgreement(w, { status: "pending_signatures" });
  const row = await agreementRow(db, agreement.id);
  return { w, agreement: row };
}

describe("signing an agreement", () => {
  it("appends exactly one leaf, in the same write, rebuilt from the stored signature without any person in it", async () => {
    const { w, agreement } = await pendingAgreement();
    const subject = agreementSubject(agreement.reference, agreement.versionNumber);
    expect(await leavesAbout(subject)).toEqual([]);
    await signAgreement(await acting(db, w.partnerSignatory), { agreementId: agreement.id, institutionId: w.partner.id, contentHash: agreement.contentHash!, password: DEFAULT_TEST_PASSWORD });

    const logged = await leavesAbout(subject);
    expect(logged).toHaveLength(1);
    const [signature] = await db.select().from(agreementSignatures).where(eq(agreementSignatures.agreementId, agreement.id));
    const [party] = await db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, w.partner.id));
    const expected = agreementSignatureLeaf({
      agreementReference: agreement.reference,
      agreementVersion: agreement.versionNumber,
      signingRound: signature!.signingRound,
      contentSha256: signature!.contentHash,
      partyInstitutionId: w.partner.id,
      partyInstitutionName: party!.name,
      signedAt: signature!.signedAt,
    });
    expect(parseLeaf(logged[0]!.payload)).toEqual(expected);
    expect(logged[0]!.leafHash).toBe(leafHashHex(expected));
    expect(logged[0]!.kind).toBe("agreement.signature");
    expect(logged[0]!.payload).not.toContain(w.partnerSignatory.id);
    expect(logged[0]!.payload).not.toMatch(/@/);

    // The second party's signature brings it into force: one more leaf, no other.
    await signAgreement(await acting(db, w.leadSignatory), { agreementId: agreement.id, institutionId: w.lead.id, contentHash: agreement.contentHash!, password: DEFAULT_TEST_PASSWORD });
    expect((await leavesAbout(subject)).map((l) => parseLeaf(l.payload)).map((l) => l.kind === "agreement.signature" && l.partyInstitutionId)).toEqual([w.partner.id, w.lead.id]);
  });

  it("appends nothing when the signature is refused, and exactly one leaf when the same party signs twice at once", async () => {
    const { w, agreement } = await pendingAgreement();
    const subject = agreementSubject(agreement.reference, agreement.versionNumber);
    const signer = await acting(db, w.partnerSignatory);
    const input = { agreementId: agreement.id, institutionId: w.partner.id, contentHash: agreement.contentHash!, password: DEFAULT_TEST_PASSWORD };
    expect((await domainErrorOf(signAgreement(signer, { ...input, password: "not the password" }))).code).toBe("WRONG_PASSWORD");
    expect((await domainErrorOf(signAgreement(signer, { ...input, contentHash: "0".repeat(64) }))).code).toBe("CONFLICT");
    expect(await leavesAbout(subject)).toEqual([]);

    // Both pass the checks; the second write fails in the database (one signature per party and round) and rolls back whole.
    const results = await Promise.allSettled([signAgreement(signer, input), signAgreement(await acting(db, w.partnerSignatory), input)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await leavesAbout(subject)).toHaveLength(1);
    expect(await db.select().from(agreementSignatures).where(eq(agreementSignatures.agreementId, agreement.id))).toHaveLength(1);
  });
});

describe("the write path", () => {
  it("rolls back the leaves with the change when a guard of the write fails", async () => {
    const before = await lastLeafIndex();
    const leaf = auditHeadLeaf({ headHash: "a".repeat(64), entryCount: 1 });
    const failing = commit(db, {
      changes: [{ statement: statement(sql`update ${transparencyReports} set ${transparencyReports.title} = 'x' where ${transparencyReports.id} = 'no such report'`), expectRows: 1 }],
      event: { action: "report.update", objectType: "report", objectId: "no such report", actorUserId: null, onBehalfOfInstitutionId: null, changes: {}, context: {} },
      request: { ip: null, userAgent: null },
      leaves: [leaf],
      anchorAuditHead: true,
    });
    expect((await domainErrorOf(failing)).code).toBe("CONFLICT");
    expect(await db.select().from(transparencyLogLeaves).where(eq(transparencyLogLeaves.leafHash, leafHashHex(leaf)))).toEqual([]);
    expect(await lastLeafIndex()).toBeGreaterThanOrEqual(before);
  });
});

describe("publishing a report", () => {
  it("appends the report's leaf and the audit chain's new head, and stores that head in the report; its public JSON verifies", async () => {
    const admin = await createAdmin(db);
    const ctx = await actingAs(db, admin);
    const day = 1 + Math.floor(Math.random() * 27);
    const year = 2040 + Math.floor(Math.random() * 50);
    const period = { periodKind: "custom" as const, periodStart: `${year}-02-${String(day).padStart(2, "0")}`, periodEnd: `${year}-03-31` };
    const draft = await createReport(ctx, { title: "Logged report", ...period });
    const published = await publishReport(ctx, { reportId: draft.reportId, version: draft.version });

    const [row] = await db.select().from(transparencyReports).where(eq(transparencyReports.id, draft.reportId));
    const reportLeaves = await leavesAbout(reportSubject(published.slug));
    expect(reportLeaves).toHaveLength(1);
    expect(reportLeaves[0]!.leafHash).toBe(published.leafHash);
    // The head leaf right after it anchors the head that includes the publication's own audit entry.
    const [headLeaf] = await db
      .select()
      .from(transparencyLogLeaves)
      .where(and(eq(transparencyLogLeaves.kind, "audit.head"), gt(transparencyLogLeaves.leafIndex, reportLeaves[0]!.leafIndex)))
      .orderBy(asc(transparencyLogLeaves.leafIndex))
      .limit(1);
    expect(headLeaf!.leafIndex).toBe(reportLeaves[0]!.leafIndex + 1);
    const anchored = parseLeaf(headLeaf!.payload);
    expect(anchored).toEqual(auditHeadLeaf({ headHash: row!.auditHeadHash!, entryCount: row!.auditHeadEntries! }));
    expect(headLeaf!.leafHash).toBe(leafHashHex(anchored));
    expect(row!.auditHeadHash).toMatch(/^[0-9a-f]{64}$/);

    const response = await reportFile(new Request(`${LOG_ORIGIN}/api/open/reports/${published.slug}.json`), { params: Promise.resolve({ report: `${published.slug}.json` }) });
    const doc = (await response.json()) as Record<string, unknown>;
    const result = await verifyDocument(doc, { fetch: routeFetch().fetch });
    expect(result.lines.filter((l) => l.ok === false)).toEqual([]);
    expect(result.verified).toBe(true);
  });
});

describe("appendAuditHead, for the scheduled jobs", () => {
  it("appends the chain's head as a canonical audit.head leaf, and nothing more while the head has not moved", async () => {
    const first = await appendAuditHead(db, new Date());
    const head = await chainHead();
    const leaves = await db.select().from(transparencyLogLeaves).where(eq(transparencyLogLeaves.leafHash, first.leafHash));
    // Other test files may write meanwhile; what was anchored is a head of the chain, in canonical form.
    expect(leaves.length).toBeLessThanOrEqual(1);
    if (head.hash === first.headHash) {
      expect(leaves).toHaveLength(1);
      expect(parseLeaf(leaves[0]!.payload)).toEqual(auditHeadLeaf({ headHash: head.hash, entryCount: head.entries }));
      expect(first.leafIndex).toBe(leaves[0]!.leafIndex);
      const again = await appendAuditHead(db, new Date());
      if (again.headHash === first.headHash) expect(await db.select().from(transparencyLogLeaves).where(eq(transparencyLogLeaves.leafHash, first.leafHash))).toHaveLength(1);
    }
  });
});
