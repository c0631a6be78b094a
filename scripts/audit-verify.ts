// `npm run audit:verify`: walks the audit chain and recomputes every hash. Exits 0 when the
// chain is whole; otherwise prints the first broken entry (its id) and exits 1.
import { configFromEnv, createDb } from "../db/client";
import { verifyAuditChain } from "../server/audit/verify-chain";

const handle = createDb(configFromEnv());
try {
  const report = await verifyAuditChain(handle.db);
  if (report.ok) {
    console.log(`audit chain intact: ${report.entries} entries, head ${report.headHash}`);
  } else {
    const b = report.firstBreak!;
    const where = b.id !== null ? `entry id ${b.id}${b.seq !== null ? ` (position ${b.seq})` : ""}` : `the chain head (expected ${b.seq ?? "?"} entries)`;
    console.error(`audit chain BROKEN at ${where}: ${b.reason.replace(/_/g, " ")}; ${report.entries} entries before it are intact`);
    process.exitCode = 1;
  }
} finally {
  await handle.close();
}
