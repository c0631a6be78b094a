// The audit chain seen from outside and by the admins: /api/open/audit-head.json serves the newest
// head (entry id, time, count, hash — nothing of the entry) under its contract; the admin page walks
// the chain in bounded batches and names the first entry edited in SQL.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as auditHeadJson } from "../../app/api/open/audit-head.json/route";
import { auditChainHead, auditLog } from "../../db/schema";
import { auditHeadFileOut } from "../../server/open-data/contracts";
import { auditChainPage } from "../../server/pages/admin/audit-chain";
import { pageContext } from "../../server/pages/page-read";
import { verifyAuditChainBatch } from "../../server/audit/verify-chain";
import { commit } from "../../server/workflow/commit";
import type { Database } from "../../db/client";
import { createAdmin, createUser } from "../factories";
import { openScratchDb, type Scratch } from "../factories/scratch";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs } from "./support/personas";

const handle = openTestDb();
let scratch: Scratch;

beforeAll(async () => {
  scratch = await openScratchDb("audithead");
  for (let n = 1; n <= 25; n++) await auditedWrite(scratch.db, n);
});

afterAll(async () => {
  await handle.close();
  await scratch.close();
  await scratch.drop();
});

/** One audited write with no other change. */
function auditedWrite(db: Database, n: number) {
  return commit(db, {
    changes: [],
    event: { action: "auth.sign_in_failed", objectType: "user", objectId: `user-${n}`, actorUserId: null, onBehalfOfInstitutionId: null, changes: {}, context: { email: `person${n}@example.test`, reason: "wrong_password" } },
    request: { ip: "203.0.113.9", userAgent: "vitest" },
  });
}

const headRow = async (db: Database) => (await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1)))[0]!;

describe("GET /api/open/audit-head.json", () => {
  it("serves the newest head — its entry's id and time, the count and the hash — under its contract, briefly cacheable and CORS-open", async () => {
    const { db } = handle;
    await auditedWrite(db, Date.now());
    const before = await headRow(db);
    const response = await auditHeadJson();
    const after = await headRow(db);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=10");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["entries", "entryId", "generatedAt", "hash", "occurredAt"]);
    expect(auditHeadFileOut.strict().safeParse(body).success).toBe(true);
    // Other test files write to the same database: the head served is one of the heads between the two reads.
    expect(body.entries).toBeGreaterThanOrEqual(before.entries);
    expect(body.entries).toBeLessThanOrEqual(after.entries);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.chainSeq, body.entries as number));
    expect(body).toMatchObject({ entryId: entry!.id, hash: entry!.hash, occurredAt: entry!.occurredAt.toISOString() });
    expect(body.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("the admin page that checks the audit chain", () => {
  it("says the chain is intact, walking it in bounded batches", async () => {
    const admin = await createAdmin(scratch.db);
    const view = await auditChainPage.run(pageContext(await actingAs(scratch.db, admin)), 0);
    const head = await headRow(scratch.db);
    expect(view).toMatchObject({ done: true, firstBreak: null, afterSeq: 0, checkedTo: head.entries, entries: head.entries, headHash: head.hash });

    const batches = [];
    let after = 0;
    for (;;) {
      const batch = await verifyAuditChainBatch(scratch.db, { afterSeq: after, limit: 10 });
      batches.push(batch);
      expect(batch.checkedTo - batch.afterSeq).toBeLessThanOrEqual(10);
      expect(batch.firstBreak).toBeNull();
      if (batch.done) break;
      after = batch.checkedTo;
    }
    expect(batches.map((b) => b.checkedTo)).toEqual([10, 20, head.entries]);
  });

  it("names the first entry edited in SQL (with a link to it), in the batch that holds it", async () => {
    const admin = await createAdmin(scratch.db);
    const ctx = pageContext(await actingAs(scratch.db, admin));
    const [victim] = await scratch.db.select().from(auditLog).where(eq(auditLog.chainSeq, 13));
    await scratch.db.execute(sql`update audit_log set context = replace(context, '203.0.113.9', '198.51.100.1') where id = ${victim!.id}`);
    try {
      const view = await auditChainPage.run(ctx, 0);
      expect(view.firstBreak).toEqual({ id: victim!.id, seq: 13, reason: "edited" });
      expect(view.done).toBe(true);
      expect((await verifyAuditChainBatch(scratch.db, { afterSeq: 10, limit: 10 })).firstBreak).toEqual({ id: victim!.id, seq: 13, reason: "edited" });
      expect((await verifyAuditChainBatch(scratch.db, { afterSeq: 0, limit: 10 })).firstBreak).toBeNull();
    } finally {
      await scratch.db.execute(sql`update audit_log set context = replace(context, '198.51.100.1', '203.0.113.9') where id = ${victim!.id}`);
    }
    expect((await auditChainPage.run(ctx, 0)).firstBreak).toBeNull();
  });

  it("is refused to anyone but an admin", async () => {
    const member = await createUser(scratch.db);
    expect((await domainErrorOf(auditChainPage.run(pageContext(await actingAs(scratch.db, member)), 0))).code).toBe("FORBIDDEN");
    expect((await domainErrorOf(auditChainPage.run(pageContext(await actingAs(scratch.db, null)), 0))).code).toBe("UNAUTHENTICATED");
  });
});
