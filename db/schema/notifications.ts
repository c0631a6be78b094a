import { index, mysqlTable, varchar } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, jsonText, ref, utc } from "../columns";
import { users } from "./users";

/** In-app notifications; each also goes out by email. Text is rendered from `kind` + `params` in the reader's language. */
export const notifications = mysqlTable(
  "notifications",
  {
    id: idColumn(),
    userId: ref("user_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    kind: varchar("kind", { length: 40 }).notNull(),
    params: jsonText<Record<string, string>>("params").notNull(),
    path: varchar("path", { length: 300 }).notNull(),
    readAt: utc("read_at"),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt, t.createdAt)],
);
