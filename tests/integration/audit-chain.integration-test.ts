// The tamper-evident audit chain, on a database of its own: every audited write is chained in
// the same transaction, concurrent writers never fork it, the migration chains older entries
// exactly as the writers would, and the verifier (`npm run audit:verify`) names the first
// entry edited, deleted or reordered in SQL.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { asc, eq, sql } from "drizzle-orm";
import mysql from "mysql2/promise";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { configFromEnv, createDb, type Database } from "../../db/client";
import { auditChainHead, auditLog } from "../../db/schema";
import { entryHash, GENESIS_HASH } from "../../server/audit/chain";
import { verifyAuditChain } from "../../server/audit/verify-chain";
import { commit } from "../../server/workflow/commit";
import { openScratchDb, type Scratch } from "../factories/scratch";

let scratch: Scratch;
let db: Database;

/** One audited write (a failed sign-in: no other row changes). */
function signInFailed(database: Database, n: number) {
  return commit(database, {
    changes: [],
    event: {
      action: "auth.sign_in_failed",
      objectType: "user",
      objectId: `user-${n}`,
      actorUserId: null,
      onBehalfOfInstitutionId: null,
      changes: {},
      context: { email: `person${n}@example.test`, reason: "wrong_password — «كلمة المرور» 密码" },
    },
    request: { ip: "203.0.113.7", userAgent: "vitest" },
  });
}

const run = (sqlText: string) => db.execute(sql.raw(sqlText));
const entries = () => db.select().from(auditLog).orderBy(asc(auditLog.chainSeq));

/** Restores the chain exactly as it was (the tests below break it on purpose). */
let saved: { rows: (typeof auditLog.$inferSelect)[]; head: (typeof auditChainHead.$inferSelect)[] };
async function restore() {
  await run("delete from audit_log");
  await run("delete from audit_chain_head");
  await db.insert(auditLog).values(saved.rows);
  await db.insert(auditChainHead).values(saved.head);
}

beforeAll(async () => {
  scratch = await openScratchDb("chain");
  db = scratch.db;
  for (let n = 1; n <= 5; n++) await signInFailed(db, n);
  // Writers on separate pools at the same moment: the head row serialises them.
  const pools = Array.from({ length: 4 }, () => createDb(configFromEnv({ DATABASE_URL: scratch.url })));
  try {
    await Promise.all(Array.from({ length: 40 }, (_, i) => signInFailed(pools[i % pools.length]!.db, 100 + i)));
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
  saved = { rows: await db.select().from(auditLog), head: await db.select().from(auditChainHead) };
}, 120_000);

afterAll(async () => {
  await scratch.close();
  await scratch.drop();
});

describe("writing", () => {
  it("chains every entry in the write that makes it: positions 1…n, each hash over the previous one", async () => {
    const rows = await entries();
    expect(rows.map((r) => r.chainSeq)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    let previous = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prevHash).toBe(previous);
      previous = row.hash!;
    }
    const [head] = await db.select().from(auditChainHead);
    expect(head).toEqual({ id: 1, entries: 45, hash: previous });
  });

  it("never forks under 40 concurrent writers: no two entries share a predecessor", async () => {
    const rows = await entries();
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(rows.length);
    expect(rows.filter((r) => r.objectId.startsWith("user-1") && Number(r.objectId.slice(5)) >= 100)).toHaveLength(40);
  });

  it("hashes exactly the stored bytes: the TypeScript hash of an entry equals the database's", async () => {
    const [row] = await db
      .select({
        id: auditLog.id,
        prevHash: auditLog.prevHash,
        hash: auditLog.hash,
        seq: auditLog.chainSeq,
        occurredAt: sql<string>`date_format(${auditLog.occurredAt}, '%Y-%m-%d %H:%i:%s.%f')`,
        actorUserId: auditLog.actorUserId,
        onBehalfOfInstitutionId: auditLog.onBehalfOfInstitutionId,
        action: auditLog.action,
        objectType: auditLog.objectType,
        objectId: auditLog.objectId,
        changes: sql<string>`${auditLog.changes}`,
        context: sql<string>`${auditLog.context}`,
      })
      .from(auditLog)
      .where(eq(auditLog.chainSeq, 3));
    expect(entryHash(row!.prevHash!, 3, row!)).toBe(row!.hash);
  });
});

describe("verifying", () => {
  beforeEach(restore);

  it("passes a whole chain", async () => {
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: 45, firstBreak: null });
  });

  it("names an entry whose content was edited in SQL", async () => {
    const victim = saved.rows.find((r) => r.chainSeq === 17)!;
    await run(`update audit_log set context = replace(context, '203.0.113.7', '198.51.100.1') where id = ${victim.id}`);
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ id: victim.id, seq: 17, reason: "edited" });
  });

  it("names the entry after one that was deleted", async () => {
    const deleted = saved.rows.find((r) => r.chainSeq === 9)!;
    const next = saved.rows.find((r) => r.chainSeq === 10)!;
    await run(`delete from audit_log where id = ${deleted.id}`);
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ id: next.id, seq: 10, reason: "missing" });
  });

  it("notices the newest entry deleted (the head remembers it)", async () => {
    const last = saved.rows.find((r) => r.chainSeq === 45)!;
    await run(`delete from audit_log where id = ${last.id}`);
    expect((await verifyAuditChain(db)).firstBreak).toMatchObject({ reason: "head_mismatch", seq: 45 });
  });

  it("names the first of two entries whose order was swapped, even with their hashes moved along", async () => {
    const [a, b] = [saved.rows.find((r) => r.chainSeq === 20)!, saved.rows.find((r) => r.chainSeq === 21)!];
    await run(`update audit_log set chain_seq = null where id in (${a.id}, ${b.id})`);
    await run(`update audit_log set chain_seq = 20 where id = ${b.id}`);
    await run(`update audit_log set chain_seq = 21 where id = ${a.id}`);
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ id: b.id, seq: 20, reason: "reordered" });
  });

  it("names an entry slipped in outside the chain", async () => {
    await db.insert(auditLog).values({ action: "auth.sign_in", objectType: "user", objectId: "intruder", changes: {}, context: {} });
    const [intruder] = await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.objectId, "intruder"));
    expect((await verifyAuditChain(db)).firstBreak).toEqual({ id: intruder!.id, seq: null, reason: "out_of_chain" });
  });

  it("`npm run audit:verify` exits 0 on a whole chain, and 1 naming the id of an entry edited in SQL", async () => {
    const verify = () =>
      promisify(execFile)(path.join("node_modules", ".bin", "tsx"), ["scripts/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: scratch.url } }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
      );
    const whole = await verify();
    expect(whole).toMatchObject({ code: 0 });
    expect(whole.out).toContain("audit chain intact: 45 entries");

    const victim = saved.rows.find((r) => r.chainSeq === 33)!;
    await run(`update audit_log set action = 'auth.sign_in' where id = ${victim.id}`);
    const broken = await verify();
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`entry id ${victim.id} (position 33): edited`);
  }, 60_000);
});

describe("the migration that chains older entries", () => {
  beforeEach(restore);

  it("chains them exactly as the writers would have", async () => {
    await run("update audit_log set chain_seq = null, prev_hash = null, hash = null");
    await run("delete from audit_chain_head");
    const file = readFileSync(path.join("db", "migrations", "0010_chain_existing_audit_entries.sql"), "utf8");
    // As the migrator runs a file: its statements one after another on one connection.
    const connection = await mysql.createConnection(scratch.mysqlUrl);
    try {
      for (const statement of file.split("--> statement-breakpoint")) await connection.query(statement);
    } finally {
      await connection.end();
    }
    // The same order (by id, which is the order they were written here) and the same hashes.
    const rechained = await db.select({ id: auditLog.id, seq: auditLog.chainSeq, hash: auditLog.hash }).from(auditLog).orderBy(asc(auditLog.id));
    const byId = [...saved.rows].sort((x, y) => x.id - y.id);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: 45 });
    expect(rechained.map((r) => r.seq)).toEqual(byId.map((_, i) => i + 1));
  });
});
