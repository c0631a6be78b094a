import { index, int, mysqlEnum, mysqlTable, text, varchar } from "drizzle-orm/mysql-core";
import { LOCALES } from "./users";
import { createdAt, idColumn, jsonText, utc } from "../columns";

export const OUTBOX_STATUSES = ["pending", "delivered", "dead"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Emails waiting to go out, written in the same transaction as the change that causes them
 * (so a crash can lose none) and delivered by the outbox worker (server/outbox/). The text is
 * rendered at delivery from `template` + `params` in `locale`. `query` may hold a one-time
 * token for the link; it is cleared once the email is delivered.
 */
export const emailOutbox = mysqlTable(
  "email_outbox",
  {
    id: idColumn(),
    toAddress: varchar("to_address", { length: 254 }).notNull(),
    locale: mysqlEnum("locale", LOCALES).notNull(),
    template: varchar("template", { length: 40 }).notNull(),
    params: jsonText<Record<string, string>>("params").notNull(),
    path: varchar("path", { length: 300 }).notNull(),
    query: varchar("query", { length: 300 }),
    status: mysqlEnum("status", OUTBOX_STATUSES).notNull().default("pending"),
    attempts: int("attempts").notNull().default(0),
    nextAttemptAt: utc("next_attempt_at").notNull().$defaultFn(() => new Date()),
    leaseToken: varchar("lease_token", { length: 20 }),
    leaseUntil: utc("lease_until"),
    lastError: text("last_error"),
    deliveredAt: utc("delivered_at"),
    createdAt: createdAt(),
  },
  (t) => [index("email_outbox_due_idx").on(t.status, t.nextAttemptAt), index("email_outbox_to_idx").on(t.toAddress, t.createdAt)],
);
