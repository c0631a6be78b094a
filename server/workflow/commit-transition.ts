import { AtomicGuardError, runAtomic, type AtomicStep, type Database, type Transaction } from "@/db/client";
import { auditInsert, recordAudit, type AuditEntry } from "../audit/record-audit";
import { conflict } from "../errors";

/**
 * Writes a change and exactly one audit entry atomically, in ONE database round trip on
 * mysql2 (see runAtomic). Guarded steps (`expectRows`) are the optimistic-locking updates
 * (WHERE status = ? AND version = ?): if one changes no row, somebody else was first —
 * CONFLICT, and nothing is written.
 */
export async function commitAtomic(db: Database, steps: AtomicStep[], audit: AuditEntry): Promise<void> {
  try {
    await runAtomic(db, [...steps, { statement: auditInsert(db, audit) }]);
  } catch (error) {
    if (error instanceof AtomicGuardError) throw conflict(audit.objectType);
    throw error;
  }
}

/**
 * The same for changes that need logic inside the transaction (e.g. a row lock and a
 * recount): `write` performs the guarded update and returns the rows it changed.
 */
export async function commitChange(db: Database, write: (tx: Transaction) => Promise<number>, audit: AuditEntry): Promise<void> {
  await db.transaction(async (tx) => {
    const changed = await write(tx);
    if (changed !== 1) throw conflict(audit.objectType);
    await recordAudit(tx, audit);
  });
}
