import { index, int, mysqlTable, primaryKey, varchar, char } from "drizzle-orm/mysql-core";
import { utc } from "../columns";

/**
 * Abuse throttling, kept in the database (serverless instances share no memory). One row per
 * purpose, key and window: `key_hash` is the SHA-256 of the key (an email address, a client
 * address, a user id), so the table holds no address in clear. `n` counts hits in the window;
 * for back-off buckets (window_start = epoch) `blocked_until` says until when calls are refused.
 * Rows are small and short-lived: any row whose window and block are over may be deleted.
 */
export const throttleBuckets = mysqlTable(
  "throttle_buckets",
  {
    purpose: varchar("purpose", { length: 32 }).notNull(),
    keyHash: char("key_hash", { length: 64 }).notNull(),
    windowStart: utc("window_start").notNull(),
    n: int("n").notNull().default(0),
    blockedUntil: utc("blocked_until"),
    updatedAt: utc("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.purpose, t.keyHash, t.windowStart] }), index("throttle_buckets_updated_idx").on(t.updatedAt)],
);
