import type { OutboxStatus } from "@/db/schema/outbox";
import type { StatusChange } from "../audit/changes";

/** The outbox's dead letters, retried by an admin. */
export type OutboxAuditEvents = {
  "email.retry": { objectType: "email"; changes: StatusChange<OutboxStatus>; context: object };
};
