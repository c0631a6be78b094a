// A real outbox worker process for the crash tests (run with tsx). It delivers every due row of
// DATABASE_URL through a transport that appends one line per email handed to it to
// OUTBOX_RECORD — the receiving side, which sees each send, duplicates included — and, with
// OUTBOX_KILL_AFTER=k, SIGKILLs itself right after its k-th send: the email has left, the row
// is not marked yet, the worst moment to die.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { configFromEnv, createDb } from "../../../db/client";
import { deliverDue } from "../../../server/outbox/deliver";
import type { Transport } from "../../../server/outbox/transport";

const record = process.env.OUTBOX_RECORD;
if (!record) throw new Error("OUTBOX_RECORD is not set");
const killAfter = Number(process.env.OUTBOX_KILL_AFTER ?? 0);
const leaseMs = Number(process.env.OUTBOX_LEASE_MS ?? 60_000);
const batchSize = Number(process.env.OUTBOX_BATCH ?? 5);

let sends = 0;
const transport: Transport = async (email, key) => {
  appendFileSync(record, `${JSON.stringify({ key, to: email.to, subject: email.subject, pid: process.pid })}\n`);
  sends++;
  if (killAfter > 0 && sends >= killAfter) process.kill(process.pid, "SIGKILL");
  // A little latency, as a real SMTP server has: concurrent workers overlap.
  await new Promise((resolve) => setTimeout(resolve, 2));
};

/**
 * With OUTBOX_PEERS=n, the worker waits until n workers have loaded (each appends a line to
 * OUTBOX_RECORD.ready) before it claims anything: on a loaded machine, starting a process can
 * take longer than delivering the whole queue, and "side by side" must really be side by side.
 */
async function startTogether(): Promise<void> {
  const peers = Number(process.env.OUTBOX_PEERS ?? 0);
  if (peers <= 1) return;
  const ready = `${record}.ready`;
  appendFileSync(ready, `${process.pid}\n`);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (existsSync(ready) && readFileSync(ready, "utf8").trim().split("\n").length >= peers) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`only some of the ${peers} workers started within a minute`);
}

const handle = createDb(configFromEnv());
await startTogether();
try {
  for (;;) {
    const report = await deliverDue(handle.db, transport, { batchSize, maxBatches: 1, leaseMs });
    if (report.claimed === 0) break;
  }
} finally {
  await handle.close();
}
