import { bigint, char, index, mysqlTable, tinyint, uniqueIndex, varchar } from "drizzle-orm/mysql-core";
import { jsonText, ref, utc } from "../columns";

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;
export type AuditContext = { ip?: string | null; userAgent?: string | null; reason?: string | null; [key: string]: unknown };

/**
 * Append-only: the application never updates or deletes a row of this table (the chain
 * columns are set once, in the same transaction as the insert; see server/audit/chain.ts).
 * Each entry is chained: `hash` = SHA-256 over the previous entry's hash and this entry's
 * canonical content, `chain_seq` its position (1, 2, …) in the order the chain head was locked.
 */
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
    chainSeq: bigint("chain_seq", { mode: "number", unsigned: true }),
    prevHash: char("prev_hash", { length: 64 }),
    hash: char("hash", { length: 64 }),
  },
  (t) => [
    uniqueIndex("audit_chain_seq_uq").on(t.chainSeq),
    index("audit_object_idx").on(t.objectType, t.objectId),
    index("audit_actor_idx").on(t.actorUserId),
    index("audit_institution_idx").on(t.onBehalfOfInstitutionId),
    index("audit_action_idx").on(t.action),
    index("audit_occurred_idx").on(t.occurredAt),
  ],
);

/**
 * The head of the audit chain: one row (id 1). Every audited write locks it last, so entries are
 * chained one after another without forks, in the order their transactions commit.
 */
export const auditChainHead = mysqlTable("audit_chain_head", {
  id: tinyint("id", { unsigned: true }).primaryKey(),
  entries: bigint("entries", { mode: "number", unsigned: true }).notNull().default(0),
  hash: char("hash", { length: 64 }).notNull(),
});
