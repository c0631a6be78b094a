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
import { appendAuditHeadStep, appendLeafStep } from "../transparency-log/append-leaf";
import type { Leaf } from "../transparency-log/leaves.mjs";
import { committed } from "./after-commit";

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
  /**
   * Leaves of the public transparency log that record this change (build them with leaves.mjs,
   * from the very values the change stores): appended in the same write, so a leaf exists if and
   * only if its change commits.
   */
  leaves?: readonly Leaf[];
  /** Also append the audit chain's head (including this write's own entry) as an `audit.head` leaf. */
  anchorAuditHead?: boolean;
  /** Statements that read the sealed audit chain head (e.g. store its hash in the row being published). */
  afterChain?: readonly ChangeStep[];
  /** The refusal when a unique key says it exists already (e.g. two applications at once). */
  onDuplicate?: () => DomainError;
};

/**
 * Writes the change, its audit event (chained), its notices and its transparency-log leaves, all
 * or nothing. The audit statements come after the change: they lock the chain head, which every
 * audited write shares, so it is held for the shortest time. The log appends come after the
 * chain: the log's lock row is only ever taken while holding the chain head (appendAuditHead
 * takes them in the same order), so the two shared locks are always taken in one order and
 * never deadlock. Once committed, the after-commit listeners run (server/workflow/after-commit.ts).
 */
export async function commit(db: Database, write: Write): Promise<void> {
  const steps: ChangeStep[] = [
    ...write.changes,
    ...outboxSteps(write.notices, write.emails),
    ...webhookSteps(write.webhooks),
    { statement: auditInsert(db, write.event, write.request) },
    ...chainSteps(),
    ...(write.afterChain ?? []),
    ...(write.leaves ?? []).map(appendLeafStep),
    ...(write.anchorAuditHead ? [appendAuditHeadStep()] : []),
  ];
  try {
    await runAtomic(db, steps);
  } catch (error) {
    if (error instanceof AtomicGuardError) throw steps[error.step]?.refusal?.() ?? conflict(write.event.objectType);
    if (write.onDuplicate && driverErrorCode(error) === "ER_DUP_ENTRY") throw write.onDuplicate();
    throw error;
  }
  committed(write.event);
}
