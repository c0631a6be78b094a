// The outbox worker (server/outbox/) against a real database of its own: delivery, back-off,
// dead letters — and real worker processes killed half-way (SIGKILL right after a send, before
// the row is marked) or racing each other: nothing is lost, and every email reaches the
// receiver once by its idempotency key (the row id), at most resent once per crash.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newId } from "../../db/ids";
import { emailOutbox } from "../../db/schema";
import { deliverDue } from "../../server/outbox/deliver";
import { MAX_ATTEMPTS, retryDelayMs } from "../../server/outbox/retry-policy";
import type { Transport } from "../../server/outbox/transport";
import { openScratchDb, type Scratch } from "../factories/scratch";

let scratch: Scratch;
let dir: string;

beforeAll(async () => {
  scratch = await openScratchDb("outbox");
  dir = mkdtempSync(path.join(tmpdir(), "sb-outbox-"));
});

afterAll(async () => {
  await scratch.close();
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await scratch.db.delete(emailOutbox).where(isNotNull(emailOutbox.id));
});

/** `n` due emails, each to its own address; with a one-time token in the link. */
async function queue(n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => newId());
  await scratch.db.insert(emailOutbox).values(
    ids.map((id, i) => ({ id, toAddress: `person-${i}@example.test`, locale: "fr" as const, template: "verifyEmail", params: { name: `Person ${i}` }, path: "/verify-email", query: `?token=t${i}` })),
  );
  return ids;
}

const rows = () => scratch.db.select().from(emailOutbox);

type Sent = { key: string; to: string; subject: string; pid: number };
const recording =
  (sent: Sent[]): Transport =>
  (email, key) => {
    sent.push({ key, to: email.to, subject: email.subject, pid: process.pid });
    return Promise.resolve();
  };

function readRecord(file: string): Sent[] {
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Sent);
}

/** Runs a worker process to its end (or its own SIGKILL); resolves with how it ended. */
function runWorker(record: string, env: Record<string, string> = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Node itself (with tsx's loader), not the tsx wrapper: the signal that ends the worker is its own.
    const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/support/outbox-worker-process.ts"], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: scratch.url, OUTBOX_RECORD: record, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ code, signal, stderr }));
  });
}

const countBy = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

describe("the outbox worker", () => {
  it("delivers every due row once, rendered in the recipient's language, and clears its one-time link token", async () => {
    const ids = await queue(7);
    const sent: Sent[] = [];
    const report = await deliverDue(scratch.db, recording(sent), { batchSize: 3, maxBatches: 10 });
    expect(report).toMatchObject({ claimed: 7, delivered: 7, retried: 0, dead: 0 });
    expect(sent.map((s) => s.key).sort()).toEqual([...ids].sort());
    expect(sent[0]!.subject).toBe("Confirmez votre adresse électronique pour Southbridge");
    const after = await rows();
    expect(after.every((r) => r.status === "delivered" && r.deliveredAt !== null && r.query === null && r.leaseToken === null && r.attempts === 1)).toBe(true);
    // A second run finds nothing to send.
    expect(await deliverDue(scratch.db, recording(sent))).toMatchObject({ claimed: 0, delivered: 0 });
    expect(sent).toHaveLength(7);
  });

  it("is bounded per run: batchSize × maxBatches rows at most, the rest wait for the next run", async () => {
    await queue(10);
    const sent: Sent[] = [];
    expect(await deliverDue(scratch.db, recording(sent), { batchSize: 3, maxBatches: 2 })).toMatchObject({ claimed: 6, delivered: 6 });
    expect(await deliverDue(scratch.db, recording(sent), { batchSize: 3, maxBatches: 2 })).toMatchObject({ claimed: 4, delivered: 4 });
    expect(new Set(sent.map((s) => s.key)).size).toBe(10);
  });

  it("backs off exponentially after a failure and makes a dead letter after MAX_ATTEMPTS", async () => {
    const [id] = await queue(1);
    const failing: Transport = () => Promise.reject(new Error("421 try again later"));
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const report = await deliverDue(scratch.db, failing);
      expect(report).toMatchObject(attempt < MAX_ATTEMPTS ? { claimed: 1, retried: 1 } : { claimed: 1, dead: 1 });
      const [row] = await rows();
      expect(row).toMatchObject({ id, attempts: attempt, status: attempt < MAX_ATTEMPTS ? "pending" : "dead", lastError: "421 try again later", leaseToken: null });
      if (attempt < MAX_ATTEMPTS) {
        // Not due again before its back-off has passed…
        const waitMs = row!.nextAttemptAt.getTime() - Date.now();
        expect(waitMs).toBeGreaterThan(retryDelayMs(attempt) - 5_000);
        expect(waitMs).toBeLessThanOrEqual(retryDelayMs(attempt) + 1_000);
        expect(await deliverDue(scratch.db, failing)).toMatchObject({ claimed: 0 });
        // …then it is (the test moves the clock by moving the row).
        await scratch.db.update(emailOutbox).set({ nextAttemptAt: new Date(Date.now() - 1000) }).where(isNotNull(emailOutbox.id));
      }
    }
    // A dead letter is never claimed again by itself.
    await scratch.db.update(emailOutbox).set({ nextAttemptAt: new Date(Date.now() - 1000) }).where(isNotNull(emailOutbox.id));
    expect(await deliverDue(scratch.db, failing)).toMatchObject({ claimed: 0 });
  });

  it("doubles the wait after each failure, up to six hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30)).toBe(6 * 3_600_000);
  });

  it("never lets two claims hold the same row: a leased row is skipped until its lease runs out", async () => {
    await queue(4);
    const slow: Sent[] = [];
    // Worker 1 claims everything with a long lease and never comes back (as if it died)...
    const { claimDue } = await import("../../server/outbox/claim");
    const first = await claimDue(scratch.db, { limit: 10, leaseMs: 1500 });
    expect(first.rows).toHaveLength(4);
    // ...worker 2 finds nothing to claim while the lease holds...
    expect(await deliverDue(scratch.db, recording(slow))).toMatchObject({ claimed: 0 });
    // ...and takes the rows over once it ran out.
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(await deliverDue(scratch.db, recording(slow))).toMatchObject({ claimed: 4, delivered: 4 });
    const after = await rows();
    expect(after.every((r) => r.attempts === 2 && r.status === "delivered")).toBe(true);
  });
  it("lets deliveries race: six at once never fail, and every row is sent exactly once", async () => {
    // A claim (`UPDATE … ORDER BY … LIMIT`, through the due-rows index) and another worker's
    // "delivered" mark (by primary key, moving the row in that index) lock the same entries in
    // opposite orders: InnoDB breaks such a deadlock by rolling one statement back.
    for (let round = 0; round < 4; round++) {
      await scratch.db.delete(emailOutbox).where(isNotNull(emailOutbox.id));
      const ids = await queue(90);
      const sent: Sent[] = [];
      const reports = await Promise.all(Array.from({ length: 6 }, () => deliverDue(scratch.db, recording(sent), { batchSize: 3, maxBatches: 100 })));
      expect(reports.reduce((n, r) => n + r.delivered, 0)).toBe(90);
      expect(sent.map((s) => s.key).sort()).toEqual([...ids].sort());
    }
  }, 60_000);
});

describe("the outbox worker, as real processes", () => {
  it("killed half-way (SIGKILL right after a send, twice), loses nothing: every row delivered, each email received once by its key, at most one resend per crash", async () => {
    const ids = await queue(30);
    const record = path.join(dir, "crash.jsonl");
    writeFileSync(record, "");
    const lease = { OUTBOX_LEASE_MS: "1500", OUTBOX_BATCH: "4" };

    const first = await runWorker(record, { ...lease, OUTBOX_KILL_AFTER: "7" });
    expect(first.signal, first.stderr).toBe("SIGKILL");
    expect(readRecord(record)).toHaveLength(7);
    await new Promise((resolve) => setTimeout(resolve, 1700)); // the dead worker's lease runs out

    const second = await runWorker(record, { ...lease, OUTBOX_KILL_AFTER: "9" });
    expect(second.signal, second.stderr).toBe("SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 1700));

    const third = await runWorker(record, lease);
    expect(third, third.stderr).toMatchObject({ code: 0, signal: null });

    const sent = readRecord(record);
    const byKey = countBy(sent.map((s) => s.key));
    // Nothing lost: every row reached the receiver, and every row is marked delivered.
    expect([...byKey.keys()].sort()).toEqual([...ids].sort());
    const after = await rows();
    expect(after.filter((r) => r.status !== "delivered")).toEqual([]);
    // Nothing doubled beyond the two emails in flight when the workers died (same key: the receiver drops them).
    const resent = [...byKey.entries()].filter(([, n]) => n > 1);
    expect(resent.length).toBeLessThanOrEqual(2);
    expect(resent.every(([, n]) => n === 2)).toBe(true);
    expect(sent.length).toBe(30 + resent.length);
    // The resent ones are exactly the killed workers' last sends.
    const lastOf = (pid: number) => sent.filter((s) => s.pid === pid).at(-1)!.key;
    const pids = [...new Set(sent.map((s) => s.pid))];
    expect(resent.map(([key]) => key).every((key) => pids.slice(0, 2).map(lastOf).includes(key))).toBe(true);
  }, 90_000);

  it("three workers at once deliver every row exactly once", async () => {
    const ids = await queue(60);
    const record = path.join(dir, "concurrent.jsonl");
    writeFileSync(record, "");
    // They start claiming together, once all three have loaded (OUTBOX_PEERS).
    const runs = await Promise.all([1, 2, 3].map(() => runWorker(record, { OUTBOX_BATCH: "3", OUTBOX_PEERS: "3" })));
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0, signal: null });
    const sent = readRecord(record);
    expect(sent).toHaveLength(60);
    expect([...countBy(sent.map((s) => s.key)).entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect(new Set(sent.map((s) => s.key))).toEqual(new Set(ids));
    // They really ran side by side: more than one process sent.
    expect(new Set(sent.map((s) => s.pid)).size).toBeGreaterThan(1);
    expect((await rows()).every((r) => r.status === "delivered" && r.attempts === 1)).toBe(true);
  }, 90_000);
});
