// A real outbox worker process for the crash tests (run with tsx). It delivers every due row of
// DATABASE_URL through a transport that appends one line per email handed to it to
// OUTBOX_RECORD — the receiving side, which sees each send, duplicates included — and, with
// OUTBOX_KILL_AFTER=k, SIGKILLs itself right after its k-th send: the email has left, the row
// is not marked yet, the worst moment to die.
import { appendFileSync } from "node:fs";
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

const handle = createDb(configFromEnv());
try {
  for (;;) {
    const report = await deliverDue(handle.db, transport, { batchSize, maxBatches: 1, leaseMs });
    if (report.claimed === 0) break;
  }
} finally {
  await handle.close();
}
