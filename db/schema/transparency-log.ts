import { bigint, char, index, mysqlTable, text, tinyint, varchar } from "drizzle-orm/mysql-core";
import { utc } from "../columns";

/**
 * The public transparency log (RFC 9162 Merkle tree; server/transparency-log/). One row per
 * leaf, append-only: the application never updates or deletes a row. `leaf_index` is the leaf's
 * position in the tree — dense from 0, never reused — and is assigned by the append statement
 * under the lock row below, in commit order (see server/transparency-log/append-leaf.ts).
 */
export const transparencyLogLeaves = mysqlTable(
  "transparency_log_leaves",
  {
    leafIndex: bigint("leaf_index", { mode: "number", unsigned: true }).primaryKey(),
    /** SHA-256(0x00 || payload), lowercase hex. */
    leafHash: char("leaf_hash", { length: 64 }).notNull(),
    /** The leaf's `kind` (agreement.signature, report.published, audit.head), for filtering. */
    kind: varchar("kind", { length: 40 }).notNull(),
    /** What the leaf is about, to find it: agreement/<reference>/v<version>, report/<slug>, audit. */
    subject: varchar("subject", { length: 80 }).notNull(),
    /** The canonical JSON text that was hashed, byte for byte. */
    payload: text("payload").notNull(),
    /** When the leaf was appended (database clock, never earlier than the previous leaf's). */
    createdAt: utc("created_at").notNull(),
  },
  (t) => [index("transparency_log_leaves_hash_idx").on(t.leafHash), index("transparency_log_leaves_subject_idx").on(t.subject)],
);

/**
 * A single row (id 1, inserted by a migration) that every append locks FOR UPDATE, so appends
 * are serialised and take their index in commit order. `origin` is the index of the first leaf
 * (always 0); the append reads the log's last index relative to it.
 */
export const transparencyLogLock = mysqlTable("transparency_log_lock", {
  id: tinyint("id", { unsigned: true }).primaryKey(),
  origin: bigint("origin", { mode: "number", unsigned: true }).notNull().default(0),
});
