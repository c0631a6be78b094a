import type { Database, Transaction } from "@/db/client";
import { recordAudit, type AuditEntry } from "../audit/record-audit";
import { conflict } from "../errors";

/**
 * Writes a change and exactly one audit entry in one transaction. `write` performs the
 * guarded update (WHERE status = expected AND version = expected) and returns the number
 * of rows it changed; 0 means somebody else changed the object first: CONFLICT, nothing written.
 */
export async function commitChange(
  db: Database,
  write: (tx: Transaction) => Promise<number>,
  audit: AuditEntry,
): Promise<void> {
  await db.transaction(async (tx) => {
    const changed = await write(tx);
    if (changed !== 1) throw conflict(audit.objectType);
    await recordAudit(tx, audit);
  });
}
