import { date, index, int, mysqlEnum, mysqlTable, uniqueIndex, varchar } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, jsonText, ref, updatedAt, versionColumn } from "../columns";
import { users } from "./users";

/** How a group's emails are sent (server/notifications/email-preferences.ts keeps the same list for the forms). */
export const EMAIL_DELIVERY_VALUES = ["immediately", "digest", "off"] as const;

const delivery = (name: string) => mysqlEnum(name, EMAIL_DELIVERY_VALUES).notNull().default("immediately");

/**
 * How each group of notifications reaches a person by email (server/notifications/email-preferences.ts).
 * No row: every group `immediately`. Versioned (optimistic locking: a stale form is refused).
 */
export const notificationPreferences = mysqlTable("notification_preferences", {
  userId: ref("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "restrict" }),
  emailInstitutions: delivery("email_institutions"),
  emailProposals: delivery("email_proposals"),
  emailParticipation: delivery("email_participation"),
  emailAgreements: delivery("email_agreements"),
  emailReports: delivery("email_reports"),
  emailConversations: delivery("email_conversations"),
  version: versionColumn(),
  updatedAt: updatedAt(),
});

/** A daily digest sent to one person: one per person and UTC day (the unique key makes two job runs send one). */
export const notificationDigests = mysqlTable(
  "notification_digests",
  {
    id: idColumn(),
    userId: ref("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    day: date("day", { mode: "string" }).notNull(),
    itemCount: int("item_count").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("notification_digests_user_day_uq").on(t.userId, t.day)],
);

/** A notice's email waiting for its recipient's daily digest (written instead of an outbox row). */
export const notificationDigestItems = mysqlTable(
  "notification_digest_items",
  {
    id: idColumn(),
    userId: ref("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    kind: varchar("kind", { length: 40 }).notNull(),
    params: jsonText<Record<string, string>>("params").notNull(),
    path: varchar("path", { length: 300 }).notNull(),
    /** The digest that carried it; null while pending. */
    digestId: ref("digest_id").references(() => notificationDigests.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
  },
  (t) => [index("notification_digest_items_pending_idx").on(t.digestId, t.createdAt, t.userId), index("notification_digest_items_user_idx").on(t.userId, t.digestId, t.createdAt)],
);
