// Typed audit events: every action the platform records, with the shape of its `changes` and
// `context`. Each workflow declares its own events (server/<workflow>/audit-events.ts); this
// file joins them. Writers (the kernel) accept only these events; readers (timelines,
// notifications, the activity feed) get them back typed by `action`.
import type { SQL } from "drizzle-orm";
import type { AccountAuditEvents } from "../accounts/audit-events";
import type { ApiTokenAuditEvents } from "../api-tokens/audit-events";
import type { AgreementAuditEvents } from "../agreements/audit-events";
import type { DiscussionAuditEvents } from "../discussions/audit-events";
import type { InstitutionAuditEvents } from "../institutions/audit-events";
import type { MatchingAuditEvents } from "../reviewer-matching/audit-events";
import type { MembershipAuditEvents } from "../memberships/audit-events";
import type { NotificationAuditEvents } from "../notifications/audit-events";
import type { OutboxAuditEvents } from "../outbox/audit-events";
import type { ParticipationAuditEvents } from "../participation/audit-events";
import type { ProgrammeAuditEvents } from "../programmes/audit-events";
import type { ReportAuditEvents } from "../reports/audit-events";
import type { ReviewAuditEvents } from "../reviews/audit-events";
import type { StepUpAuditEvents } from "../step-up/audit-events";
import type { UserAuditEvents } from "../users/audit-events";

export type { Change, EditedFields, StatusChange } from "./changes";

/** What an event declares: the object it concerns, what changed, and the event's own facts. */
export type EventShape = { objectType: string; changes: object; context: object };

export type AuditEventMap = AccountAuditEvents &
  UserAuditEvents &
  InstitutionAuditEvents &
  MembershipAuditEvents &
  ProgrammeAuditEvents &
  ReviewAuditEvents &
  ParticipationAuditEvents &
  AgreementAuditEvents &
  ReportAuditEvents &
  MatchingAuditEvents &
  ApiTokenAuditEvents &
  OutboxAuditEvents &
  StepUpAuditEvents &
  DiscussionAuditEvents &
  NotificationAuditEvents;

export type AuditAction = Extract<keyof AuditEventMap, string>;
export type AuditObjectType = AuditEventMap[AuditAction]["objectType"];

/** Facts about the request, added to every entry's context by the kernel. */
export type RequestFacts = { ip: string | null; userAgent: string | null };

/** One event as written: who did what to which object, on behalf of which institution. */
export type AuditEvent = {
  [A in AuditAction]: {
    action: A;
    objectType: AuditEventMap[A]["objectType"];
    objectId: string;
    actorUserId: string | null;
    onBehalfOfInstitutionId: string | null;
    /** The changed fields; an SQL expression when the database computes them in the same write (signing). */
    changes: AuditEventMap[A]["changes"] | SQL;
    context: AuditEventMap[A]["context"];
  };
}[AuditAction];

/** One event as read back (changes always parsed). */
export type StoredAuditEvent = {
  [A in AuditAction]: {
    id: number;
    occurredAt: Date;
    action: A;
    objectType: AuditEventMap[A]["objectType"];
    objectId: string;
    actorUserId: string | null;
    onBehalfOfInstitutionId: string | null;
    changes: AuditEventMap[A]["changes"];
    context: AuditEventMap[A]["context"] & Partial<RequestFacts>;
  };
}[AuditAction];

/** The event of one action, for readers that switch on it. */
export type StoredEventOf<A extends AuditAction> = Extract<StoredAuditEvent, { action: A }>;

/**
 * A stored row as a typed event. Only the kernel writes the audit log, and it accepts only
 * typed events, so the row's action names its shape.
 */
export function asStoredEvent(row: {
  id: number;
  occurredAt: Date;
  action: string;
  objectType: string;
  objectId: string;
  actorUserId: string | null;
  onBehalfOfInstitutionId: string | null;
  changes: unknown;
  context: unknown;
}): StoredAuditEvent {
  return row as StoredAuditEvent;
}
