import type { Executor } from "@/db/client";
import { auditLog, type FieldChanges } from "@/db/schema/audit";
import type { AuditEvent, EditedFields, RequestFacts } from "./events";

/**
 * The INSERT of one audit event, not yet executed: a step of the write that makes the change
 * (server/workflow/commit.ts, which also chains it). The request's facts join the event's context.
 */
export function auditInsert(executor: Executor, event: AuditEvent, request: RequestFacts) {
  return executor.insert(auditLog).values({
    actorUserId: event.actorUserId,
    onBehalfOfInstitutionId: event.onBehalfOfInstitutionId,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    changes: event.changes as FieldChanges,
    context: { ...request, ...event.context },
  });
}

/** The fields whose value differs between `before` and `after`, as { field: { before, after } }. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): EditedFields {
  const changes: EditedFields = {};
  for (const key of Object.keys(after)) {
    const a = after[key];
    const b = before[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = { before: b ?? null, after: a ?? null };
  }
  return changes;
}
