import { index, mysqlTable, text, varchar } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, jsonText } from "../columns";

/** Emails kept when no SMTP_URL is configured; readable at /dev/outbox outside production. */
export const outboxEmails = mysqlTable(
  "outbox_emails",
  {
    id: idColumn(),
    toAddress: varchar("to_address", { length: 254 }).notNull(),
    subject: varchar("subject", { length: 300 }).notNull(),
    textBody: text("text_body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_to_idx").on(t.toAddress, t.createdAt)],
);

/** Small key/value facts about this installation, e.g. whether demo data is loaded. */
export const platformSettings = mysqlTable("platform_settings", {
  key: varchar("key", { length: 64 }).primaryKey(),
  value: jsonText<unknown>("value").notNull(),
});
