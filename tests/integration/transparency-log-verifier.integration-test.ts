// The offline verifier against the real route handlers and database: a signed agreement's record
// and a published report's JSON verify; rewriting the agreement, its hash, a report's figures or a
// leaf of the log in SQL makes the verification fail.
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { GET as reportFile } from "../../app/api/open/reports/[report]/route";
import { transparencyLogLeaves } from "../../db/schema";
import { suppressFigures } from "../../server/reports/suppress";
import type { ReportFigures } from "../../server/reports/figures";
import { buildAgreementRecord } from "../../server/transparency-log/agreement-record";
import { reportLogEntry } from "../../server/transparency-log/documents.mjs";
import { auditHeadLeaf, leafHashHex, leafText, type Leaf } from "../../server/transparency-log/leaves.mjs";
import { verifyDocument } from "../../server/transparency-log/offline-verifier.mjs";
import { logSigningKey } from "../../server/transparency-log/signing-key";
import { createUser } from "../factories";
import { createReport, emptyFigures } from "../factories/reports";
import { openTestDb } from "./support/db";
import { appendLeaves, LOG_ORIGIN, loggedAgreement as loggedAgreementIn, routeFetch } from "./support/transparency-log";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

const downloaded = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const verify = (doc: unknown, options: Parameters<typeof verifyDocument>[1] = {}) => verifyDocument(doc, { fetch: routeFetch().fetch, ...options });
const failures = (result: Awaited<ReturnType<typeof verifyDocument>>) => result.lines.filter((l) => l.ok === false).map((l) => l.text);

/** A logged agreement, and its record as a party downloads it. */
async function loggedAgreement() {
  const logged = await loggedAgreementIn(db);
  const record = async () => downloaded(await buildAgreementRecord(db, { agreementId: logged.agreement.id, server: LOG_ORIGIN, key: logSigningKey() }));
  return { ...logged, record };
}

/** Rewrites a leaf in SQL (text and hash, as a careful forger would) and gives back a function restoring it. */
async function rewriteLeaf(leaf: Leaf, forged: Leaf) {
  const [row] = await db.select().from(transparencyLogLeaves).where(eq(transparencyLogLeaves.leafHash, leafHashHex(leaf)));
  const index = row!.leafIndex;
  await db.update(transparencyLogLeaves).set({ payload: leafText(forged), leafHash: leafHashHex(forged) }).where(eq(transparencyLogLeaves.leafIndex, index));
  return () => db.update(transparencyLogLeaves).set({ payload: row!.payload, leafHash: row!.leafHash }).where(eq(transparencyLogLeaves.leafIndex, index));
}

describe("an agreement record", () => {
  it("verifies: its text hashes to the signed hash, every signature's leaf is in the signed head, the receipt is consistent", async () => {
    const { leaves, record } = await loggedAgreement();
    const doc = await record();
    expect(doc.signatures.map((s) => s.leafHash).sort()).toEqual(leaves.map(leafHashHex).sort());
    const fetcher = routeFetch();
    const result = await verify(doc, { fetch: fetcher.fetch });
    expect(failures(result)).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.lines.filter((l) => l.ok).map((l) => l.text)).toEqual([
      expect.stringMatching(/^the agreement text hashes to [0-9a-f]{64}, the hash that was signed$/),
      expect.stringMatching(/^the log's tree head is signed by its key/),
      expect.stringMatching(/^signature 1 .*: in the log as leaf \d+/),
      expect.stringMatching(/^signature 2 .*: in the log as leaf \d+/),
      expect.stringMatching(/^the head recorded in the document .* is consistent with the current head/),
    ]);
    expect(result.lines.some((l) => l.ok === null && l.text.startsWith("WARNING: the log is signed with the public DEVELOPMENT key"))).toBe(true);
    // Only the log's key, head and proofs were fetched.
    expect(fetcher.requested.every((path) => /^\/(\.well-known\/southbridge-log-key|api\/open\/log\/(head|proof\/inclusion\?|proof\/consistency\?))/.test(path))).toBe(true);
  });

  it("fails once the agreement's stored content is rewritten in SQL", async () => {
    const { agreement, record } = await loggedAgreement();
    await db.execute(sql`update agreements set content = json_set(content, '$.retentionPeriod', 'Forever') where id = ${agreement.id}`);
    const result = await verify(await record());
    expect(result.verified).toBe(false);
    expect(failures(result)).toEqual([
      expect.stringMatching(/^the agreement text hashes to [0-9a-f]{64}, not to the signed hash [0-9a-f]{64}: the text was changed$/),
      expect.stringMatching(/^signature 1 .*: the record says leaf/),
      expect.stringMatching(/^signature 2 .*: the record says leaf/),
      expect.stringMatching(/^signature 1 .* is NOT in the log$/),
      expect.stringMatching(/^signature 2 .* is NOT in the log$/),
    ]);
  });

  it("fails when the content and its stored hash are both rewritten in SQL: the signatures' leaves are not in the log", async () => {
    const { agreement, record } = await loggedAgreement();
    await db.execute(sql`update agreements set content = json_set(content, '$.retentionPeriod', 'Forever') where id = ${agreement.id}`);
    const forged = (await record()).canonicalContent;
    await db.execute(sql`update agreements set canonical_content = ${forged}, content_hash = sha2(${forged}, 256) where id = ${agreement.id}`);
    const result = await verify(await record());
    expect(result.lines[1]).toEqual({ ok: true, text: expect.stringContaining("the hash that was signed") as string });
    expect(failures(result)).toEqual([expect.stringMatching(/^signature 1 .* is NOT in the log$/), expect.stringMatching(/^signature 2 .* is NOT in the log$/)]);
  });

  it("fails when a signature's leaf is rewritten in the log, and a head held from before shows the rewrite", async () => {
    const first = await loggedAgreement();
    const second = await loggedAgreement();
    const [firstRecord, secondRecord] = [await first.record(), await second.record()];
    expect((await verify(firstRecord)).verified).toBe(true);

    // The forger rewrites the first agreement's first signature leaf: another party name, hash recomputed.
    const leaf = first.leaves[0]!;
    if (leaf.kind !== "agreement.signature") throw new Error("expected a signature leaf");
    const restore = await rewriteLeaf(leaf, { ...leaf, partyInstitutionName: "Someone Else" });
    try {
      const tampered = await verify(firstRecord);
      expect(tampered.verified).toBe(false);
      expect(failures(tampered)).toEqual([
        expect.stringMatching(/^signature \d .* is NOT in the log$/),
        expect.stringMatching(/^the head recorded in the document \(\d+ leaves\) is NOT consistent with the current head: the log was rewritten$/),
      ]);
      // The second agreement's own leaves are intact, but its receipt reveals that the log's history changed.
      const other = await verify(secondRecord);
      expect(failures(other)).toEqual([expect.stringMatching(/^the head recorded in the document .* is NOT consistent with the current head/)]);
      // A reader with no earlier head cannot see a rewrite of somebody else's leaf: why heads are worth keeping.
      expect((await verify({ ...secondRecord, log: { ...secondRecord.log, head: null } })).verified).toBe(true);
    } finally {
      await restore();
    }
    expect((await verify(firstRecord)).verified).toBe(true);
  });

  it("fails against a pinned key other than the log's, and with a receipt whose signature was altered", async () => {
    const { record } = await loggedAgreement();
    const doc = await record();
    const otherKey = { kty: "OKP", crv: "Ed25519", x: Buffer.alloc(32, 7).toString("base64url") };
    expect(failures(await verify(doc, { key: otherKey }))).toEqual(["the log's tree head is NOT signed by the log's key"]);
    const forgedReceipt = { ...doc, log: { ...doc.log, head: { ...doc.log.head!, treeSize: doc.log.head!.treeSize - 1 } } };
    expect(failures(await verify(forgedReceipt))).toEqual(["the head recorded in the document is not a tree head signed by the log's key"]);
  });
});

describe("a published report's JSON", () => {
  it("verifies from its public figures; fails once a figure is changed in the file or in the database", async () => {
    const admin = await createUser(db);
    const base = emptyFigures("2026-01-01", "2026-03-31");
    const figures: ReportFigures = { ...base, programmes: { ...base.programmes, total: 9, byStatus: [{ key: "open", count: 7 }, { key: "active", count: 2 }] } };
    const report = await createReport(db, { createdByUserId: admin.id, status: "published", figures });
    // What publish-report will append once wired: the leaf of the public (suppressed) figures.
    const entry = reportLogEntry({ slug: report.slug, publicFigures: suppressFigures(figures, report.suppressionThreshold), publishedAt: report.publishedAt! });
    await appendLeaves(db, [entry.leaf, auditHeadLeaf({ headHash: "0".repeat(64), entryCount: 0 })]);

    const download = async () => (await (await reportFile(new Request(`${LOG_ORIGIN}/api/open/reports/${report.slug}.json`), { params: Promise.resolve({ report: `${report.slug}.json` }) })).json()) as Record<string, unknown>;
    const doc = await download();
    expect(JSON.stringify(doc.figures)).toContain('"<5"');
    const result = await verify(doc);
    expect(failures(result)).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.lines.filter((l) => l.ok).map((l) => l.text)).toContain(`the report's figures hash to ${entry.figuresSha256}`);
    expect((await verify({ ...doc, transparencyLog: { leafHash: entry.leafHash, figuresSha256: entry.figuresSha256 } })).verified).toBe(true);

    const edited = downloaded(doc) as { figures: { programmes: { total: number } } };
    edited.figures.programmes.total = 10;
    // The served JSON states its figures' hash and leaf (transparencyLog): an edited file contradicts both, and its leaf is not in the log.
    expect(failures(await verify(edited))).toEqual([
      expect.stringMatching(/: the figures were changed$/),
      expect.stringMatching(/^the report says leaf .*, but its content gives leaf /),
      expect.stringMatching(/^report .* is NOT in the log$/),
    ]);

    await db.execute(sql`update transparency_reports set figures = json_set(figures, '$.programmes.total', 90) where id = ${report.id}`);
    const rewritten = await verify(await download());
    expect(rewritten.verified).toBe(false);
    expect(failures(rewritten)).toEqual([expect.stringMatching(/^report .* is NOT in the log$/)]);
  });
});
