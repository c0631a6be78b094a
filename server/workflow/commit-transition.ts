// LEGACY adapters kept while the use cases move to the kernel (server/workflow/transition.ts,
// commit.ts). Both now write through the one write path, so every entry is typed-cast and chained.
import type { sql } from "drizzle-orm";
import type { AtomicStep, Database, Transaction } from "@/db/client";
import type { FieldChanges } from "@/db/schema/audit";
import { auditInsert } from "../audit/record-audit";
import { chainSteps } from "../audit/chain";
import type { AuditEvent } from "../audit/events";
import { conflict } from "../errors";
import { commit } from "./commit";

/** An untyped audit entry (legacy shape). */
export type AuditEntry = {
  actorUserId: string | null;
  onBehalfOfInstitutionId?: string | null;
  action: string;
  objectType: string;
  objectId: string;
  changes?: FieldChanges | ReturnType<typeof sql>;
  context?: Record<string, unknown>;
};

const NO_REQUEST = { ip: null, userAgent: null };
const asEvent = (entry: AuditEntry) =>
  ({ ...entry, onBehalfOfInstitutionId: entry.onBehalfOfInstitutionId ?? null, changes: entry.changes ?? {}, context: entry.context ?? {} }) as AuditEvent;

/** Legacy: the change and one audit entry, atomically (now through commit()). */
export async function commitAtomic(db: Database, steps: AtomicStep[], audit: AuditEntry): Promise<void> {
  await commit(db, { changes: steps, event: asEvent(audit), request: NO_REQUEST });
}

/** Legacy: the same inside an interactive transaction. */
export async function commitChange(db: Database, write: (tx: Transaction) => Promise<number>, audit: AuditEntry): Promise<void> {
  await db.transaction(async (tx) => {
    const changed = await write(tx);
    if (changed !== 1) throw conflict(audit.objectType);
    await recordAudit(tx, audit);
  });
}

/** Legacy: appends one chained audit entry inside an open transaction. */
export async function recordAudit(tx: Transaction | Database, audit: AuditEntry): Promise<void> {
  await auditInsert(tx, asEvent(audit), NO_REQUEST);
  for (const step of chainSteps()) await tx.execute(step.statement as never);
}
