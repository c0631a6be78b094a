// The log's storage on the real database: an append is one step of a use case's atomic write —
// it commits and rolls back with the rest — and concurrent appends take exactly the next indices,
// in commit order, with no gap even when some of the writes around them fail.
import { randomBytes } from "node:crypto";
import { and, asc, eq, gte, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { AtomicGuardError, runAtomic, type AtomicStep } from "../../db/client";
import { auditLog, transparencyLogLeaves as leaves, transparencyLogLock, users } from "../../db/schema";
import { appendLeafStep } from "../../server/transparency-log/append-leaf";
import { auditHeadLeaf, leafHashHex, leafText, type AuditHeadLeaf } from "../../server/transparency-log/leaves.mjs";
import { logSize } from "../../server/transparency-log/queries";
import type { AuditEvent } from "../../server/audit/events";
import { commit } from "../../server/workflow/commit";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";

const handle = openTestDb();
const { db } = handle;
/** Five more handles, as five server processes would have: 20 appends can truly run at once (4 atomic-write connections each). */
const servers = Array.from({ length: 5 }, () => openTestDb());
const serverFor = (i: number) => servers[i % servers.length]!.db;

afterAll(async () => {
  await Promise.all([handle, ...servers].map((h) => h.close()));
});

const someLeaf = (entryCount = 1): AuditHeadLeaf => auditHeadLeaf({ headHash: randomBytes(32).toString("hex"), entryCount });
const leavesFrom = (start: number) => db.select().from(leaves).where(gte(leaves.leafIndex, start)).orderBy(asc(leaves.leafIndex));
const auditMarker = (objectId: string): AtomicStep => ({
  statement: db.insert(auditLog).values({ action: "test.transparency_log", objectType: "test", objectId, changes: {}, context: {} }),
});
/** A guarded step that changes no row: the write it belongs to is refused and rolled back. */
const failingGuard = (): AtomicStep => ({ statement: db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, "no-such-user")), expectRows: 1 });
/** The kernel's write of `changes` with a test audit event (an action no workflow declares). */
const commitWithEvent = (changes: AtomicStep[], objectId: string) =>
  commit(db, {
    changes,
    event: { action: "test.transparency_log", objectType: "test", objectId, actorUserId: null, onBehalfOfInstitutionId: null, changes: {}, context: {} } as unknown as AuditEvent,
    request: { ip: null, userAgent: null },
  });
const auditRows = (objectId: string) => db.select().from(auditLog).where(and(eq(auditLog.objectType, "test"), eq(auditLog.objectId, objectId)));

describe("appending a leaf inside an atomic write", () => {
  it("stores the leaf's canonical text, its RFC 9162 hash and kind at the next index, together with the write's other statement", async () => {
    const { treeSize } = await logSize(db);
    const leaf = someLeaf(7);
    const marker = randomBytes(8).toString("hex");
    await runAtomic(db, [auditMarker(marker), appendLeafStep(leaf)]);

    const [stored] = await leavesFrom(treeSize);
    expect(stored).toMatchObject({ leafIndex: treeSize, kind: "audit.head", payload: leafText(leaf), leafHash: leafHashHex(leaf) });
    expect(JSON.parse(stored!.payload)).toEqual(leaf);
    expect(await auditRows(marker)).toHaveLength(1);
    expect((await logSize(db)).treeSize).toBe(treeSize + 1);
  });

  it("rolls back with the write it belongs to, and the next append takes the index it would have had", async () => {
    const { treeSize } = await logSize(db);
    const marker = randomBytes(8).toString("hex");
    await expect(runAtomic(db, [auditMarker(marker), appendLeafStep(someLeaf()), failingGuard()])).rejects.toBeInstanceOf(AtomicGuardError);
    expect(await leavesFrom(treeSize)).toEqual([]);
    expect(await auditRows(marker)).toEqual([]);

    const leaf = someLeaf();
    await runAtomic(db, [appendLeafStep(leaf)]);
    expect((await leavesFrom(treeSize)).map((l) => [l.leafIndex, l.leafHash])).toEqual([[treeSize, leafHashHex(leaf)]]);
  });

  it("goes through the kernel's commit() with the change's audit entry; a stale guarded update is CONFLICT and logs nothing", async () => {
    const { treeSize } = await logSize(db);
    const marker = randomBytes(8).toString("hex");
    const leaf = someLeaf();
    await commitWithEvent([appendLeafStep(leaf)], marker);
    expect((await leavesFrom(treeSize)).map((l) => l.leafHash)).toEqual([leafHashHex(leaf)]);
    expect(await auditRows(marker)).toHaveLength(1);

    const stale = randomBytes(8).toString("hex");
    const refused = commitWithEvent([failingGuard(), appendLeafStep(someLeaf())], stale);
    expect((await domainErrorOf(refused)).code).toBe("CONFLICT");
    expect(await leavesFrom(treeSize + 1)).toEqual([]);
    expect(await auditRows(stale)).toEqual([]);
  });

  it("is refused, writing nothing, when the lock row is missing", async () => {
    const { treeSize } = await logSize(db);
    await db.delete(transparencyLogLock).where(eq(transparencyLogLock.id, 1));
    try {
      const marker = randomBytes(8).toString("hex");
      await expect(runAtomic(db, [auditMarker(marker), appendLeafStep(someLeaf())])).rejects.toBeInstanceOf(AtomicGuardError);
      expect(await auditRows(marker)).toEqual([]);
      expect(await leavesFrom(treeSize)).toEqual([]);
    } finally {
      await db.insert(transparencyLogLock).values({ id: 1, origin: 0 });
    }
  });
});

describe("concurrent appends", () => {
  it("50 appends at once through runAtomic, from five server processes, take exactly the next 50 indices, each leaf once, times never going back", async () => {
    const { treeSize: start } = await logSize(db);
    const appended = Array.from({ length: 50 }, (_, i) => someLeaf(i));
    await Promise.all(appended.map((leaf, i) => runAtomic(serverFor(i), [appendLeafStep(leaf)])));

    const stored = await leavesFrom(start);
    expect(stored.map((l) => l.leafIndex)).toEqual(Array.from({ length: 50 }, (_, i) => start + i));
    expect(stored.map((l) => l.leafHash).sort()).toEqual(appended.map(leafHashHex).sort());
    for (let i = 1; i < stored.length; i++) expect(stored[i]!.createdAt.getTime()).toBeGreaterThanOrEqual(stored[i - 1]!.createdAt.getTime());
  });

  it("leaves no gap when some of 50 concurrent writes are rolled back around their append", async () => {
    const { treeSize: start } = await logSize(db);
    const writes = Array.from({ length: 50 }, (_, i) => ({ leaf: someLeaf(i), fails: i % 5 === 2 }));
    const outcomes = await Promise.allSettled(
      writes.map(({ leaf, fails }, i) => runAtomic(serverFor(i), fails ? [appendLeafStep(leaf), auditMarker("rolled-back"), failingGuard()] : [auditMarker("kept"), appendLeafStep(leaf)])),
    );
    expect(outcomes.map((o) => o.status)).toEqual(writes.map((w) => (w.fails ? "rejected" : "fulfilled")));

    const stored = await leavesFrom(start);
    expect(stored.map((l) => l.leafIndex)).toEqual(Array.from({ length: 40 }, (_, i) => start + i));
    expect(stored.map((l) => l.leafHash).sort()).toEqual(writes.filter((w) => !w.fails).map((w) => leafHashHex(w.leaf)).sort());
  });
});
