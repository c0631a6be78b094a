// THE write path. Every change the platform makes — a transition, a creation, an edit, an
// account event — is written here: its statements, exactly one typed audit event sealed into
// the audit chain, and the notices it causes (in-app notifications and queued emails), as ONE
// atomic write (`runAtomic`: one round trip on mysql2). A guarded statement that changes the
// wrong number of rows means somebody else wrote first: the whole write is rolled back and
// refused (CONFLICT, or the step's own refusal).
import { AtomicGuardError, driverErrorCode, runAtomic, type AtomicStep, type Database } from "@/db/client";
import { auditInsert } from "../audit/record-audit";
import { chainSteps } from "../audit/chain";
import type { AuditEvent, RequestFacts } from "../audit/events";
import { conflict, type DomainError } from "../errors";
import { outboxSteps, type DirectEmail, type Notice } from "../notifications/notices";
import { webhookSteps, type WebhookNotice } from "../webhooks/webhook-steps";

/** A statement of the change; with `expectRows` it is a guard, refused with `refusal` (default CONFLICT). */
export type ChangeStep = AtomicStep & { refusal?: () => DomainError };

export type Write = {
  /** The change itself, in order (lock-taking statements first: see ARCHITECTURE.md, "Locks"). */
  changes: readonly ChangeStep[];
  /** The one audit event of this change. */
  event: AuditEvent;
  /** Who is told (written to the outbox in the same transaction). */
  notices?: readonly Notice[];
  /** Emails to plain addresses (account emails). */
  emails?: readonly DirectEmail[];
  /** Webhook events for institutions' receivers (written to the webhook outbox in the same transaction). */
  webhooks?: readonly WebhookNotice[];
  /** Facts about the request, recorded with the event. */
  request: RequestFacts;
  /** The refusal when a unique key says it exists already (e.g. two applications at once). */
  onDuplicate?: () => DomainError;
};

/**
 * Writes the change, its audit event (chained) and its notices, all or nothing. The audit
 * statements come last: they lock the chain head, which every audited write shares, so it is
 * held for the shortest time and never while waiting for another lock.
 */
export async function commit(db: Database, write: Write): Promise<void> {
  const steps: ChangeStep[] = [
    ...write.changes,
    ...outboxSteps(write.notices, write.emails),
    ...webhookSteps(write.webhooks),
    { statement: auditInsert(db, write.event, write.request) },
    ...chainSteps(),
  ];
  try {
    await runAtomic(db, steps);
  } catch (error) {
    if (error instanceof AtomicGuardError) throw steps[error.step]?.refusal?.() ?? conflict(write.event.objectType);
    if (write.onDuplicate && driverErrorCode(error) === "ER_DUP_ENTRY") throw write.onDuplicate();
    throw error;
  }
}
