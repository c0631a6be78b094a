// Email preferences (issue #15): each notification kind belongs to one group, and for each group a
// person chooses how its emails reach them — at once, in a daily digest, or not at all. In-app
// notifications are always written (they are the record); account and security emails
// (verification, password reset, sign-in links, step-up) are `emails`, not notices, and never
// pass through here. Pure: commit()'s notice statements and the account form both read it.
import type { NotificationKind } from "./kinds";

export const EMAIL_DELIVERIES = ["immediately", "digest", "off"] as const;
export type EmailDelivery = (typeof EMAIL_DELIVERIES)[number];

export const NOTIFICATION_GROUPS = ["institutions", "proposals", "participation", "agreements", "reports", "conversations"] as const;
export type NotificationGroup = (typeof NOTIFICATION_GROUPS)[number];

/** The group of every kind (the co-lead changes of a proposal are about the proposal). */
export const GROUP_OF_KIND: Record<NotificationKind, NotificationGroup> = {
  institutionDecided: "institutions",
  programmeSubmitted: "proposals",
  reviewerAssigned: "proposals",
  reviewerRecused: "proposals",
  reviewerSeatEnded: "proposals",
  programmeDecided: "proposals",
  programmeStatusChanged: "proposals",
  coLeadChanged: "proposals",
  applicationReceived: "participation",
  applicationDecided: "participation",
  signatureRequested: "agreements",
  agreementInForce: "agreements",
  signaturesVoided: "agreements",
  agreementExpiring: "agreements",
  reportPublished: "reports",
  discussionMessage: "conversations",
  discussionMention: "conversations",
};

/** The column of `notification_preferences` that holds a group's choice (db/schema/notification-preferences.ts). */
export const PREFERENCE_COLUMN: Record<NotificationGroup, string> = {
  institutions: "email_institutions",
  proposals: "email_proposals",
  participation: "email_participation",
  agreements: "email_agreements",
  reports: "email_reports",
  conversations: "email_conversations",
};

export type EmailPreferences = Record<NotificationGroup, EmailDelivery>;

/** Today's behaviour, for anybody who never chose. */
export const DEFAULT_EMAIL_PREFERENCES: EmailPreferences = {
  institutions: "immediately",
  proposals: "immediately",
  participation: "immediately",
  agreements: "immediately",
  reports: "immediately",
  conversations: "immediately",
};

/** The groups whose choice differs between two sets of preferences, as audit changes. */
export function changedGroups(before: EmailPreferences, after: EmailPreferences): Partial<Record<NotificationGroup, { before: EmailDelivery; after: EmailDelivery }>> {
  return Object.fromEntries(NOTIFICATION_GROUPS.filter((g) => before[g] !== after[g]).map((g) => [g, { before: before[g], after: after[g] }]));
}
