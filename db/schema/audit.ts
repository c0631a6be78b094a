import { bigint, index, mysqlTable, varchar } from "drizzle-orm/mysql-core";
import { jsonText, ref, utc } from "../columns";

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;
export type AuditContext = { ip?: string | null; userAgent?: string | null; reason?: string | null; [key: string]: unknown };

/** Append-only: the application never updates or deletes a row of this table. */
export const auditLog = mysqlTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number", unsigned: true }).autoincrement().primaryKey(),
    occurredAt: utc("occurred_at").notNull().$defaultFn(() => new Date()),
    actorUserId: ref("actor_user_id"),
    onBehalfOfInstitutionId: ref("on_behalf_of_institution_id"),
    action: varchar("action", { length: 64 }).notNull(),
    objectType: varchar("object_type", { length: 32 }).notNull(),
    objectId: varchar("object_id", { length: 64 }).notNull(),
    changes: jsonText<FieldChanges>("changes").notNull(),
    context: jsonText<AuditContext>("context").notNull(),
  },
  (t) => [
    index("audit_object_idx").on(t.objectType, t.objectId),
    index("audit_actor_idx").on(t.actorUserId),
    index("audit_institution_idx").on(t.onBehalfOfInstitutionId),
    index("audit_action_idx").on(t.action),
    index("audit_occurred_idx").on(t.occurredAt),
  ],
);
