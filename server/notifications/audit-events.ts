import type { Change } from "../audit/changes";
import type { EmailDelivery, NotificationGroup } from "./email-preferences";

/** A person's email preferences, and the daily digests the scheduled job sends them. */
export type NotificationAuditEvents = {
  /** The groups whose email delivery changed. */
  "account.notificationPreferences": { objectType: "user"; changes: Partial<Record<NotificationGroup, Change<EmailDelivery>>>; context: object };
  /** One daily digest email (the job's; no actor). */
  "notification.digest": { objectType: "user"; changes: { digestItems: Change<number> }; context: { day: string; job: string } };
};
