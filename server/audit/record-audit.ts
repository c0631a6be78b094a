import { auditLog, type AuditContext, type FieldChanges } from "@/db/schema/audit";
import type { Executor } from "@/db/client";

export type AuditEntry = {
  actorUserId: string | null;
  onBehalfOfInstitutionId?: string | null;
  /** `<object>.<event>`, e.g. institution.verify, membership.accept, auth.sign_in_failed */
  action: string;
  objectType: string;
  objectId: string;
  changes?: FieldChanges;
  context?: AuditContext;
};

/** The INSERT of one audit entry, not yet executed (for atomic writes). */
export function auditInsert(executor: Executor, entry: AuditEntry) {
  return executor.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    onBehalfOfInstitutionId: entry.onBehalfOfInstitutionId ?? null,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    changes: entry.changes ?? {},
    context: entry.context ?? {},
  });
}

/** Appends one audit entry. Call it inside the transaction that makes the change. */
export async function recordAudit(executor: Executor, entry: AuditEntry): Promise<void> {
  await auditInsert(executor, entry);
}

/** The fields whose value differs between `before` and `after`, as { field: { before, after } }. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after)) {
    const a = after[key];
    const b = before[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = { before: b ?? null, after: a ?? null };
  }
  return changes;
}
