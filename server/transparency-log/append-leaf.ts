// Appending a leaf is ONE statement, an AtomicStep that a use case adds to its own atomic write
// (a `leaves` entry of commit() in server/workflow/commit.ts): the leaf is logged if and only if the change it records commits.
//
// How the index is assigned without races or gaps: the INSERT … SELECT reads the lock row
// `transparency_log_lock` FOR UPDATE, so concurrent appends queue on that row until the holder
// commits or rolls back; only then does the next one read the log's last index (a locking read
// sees the committed row) and take the following one. Indices are therefore assigned in commit
// order, and a rolled-back write releases its index to the next append: no gap, no reuse.
// The subqueries are correlated to the lock row (`>= k.origin`) on purpose: MariaDB evaluates
// an uncorrelated subquery before taking the lock, and concurrent appends then deadlock.
// `created_at` never goes back in time (at least the previous leaf's), so the head's
// timestamp — the time of its newest leaf — only grows. Without the lock row (migration 0006)
// the statement inserts nothing, its guard fails and the whole write is rolled back.
import type { AtomicStep } from "@/db/client";
import { leafHashHex, leafSubject, leafText, type Leaf } from "./leaves.mjs";

const LAST = "(select l.`%s` from `transparency_log_leaves` l where l.`leaf_index` >= k.`origin` order by l.`leaf_index` desc limit 1)";
const last = (column: string) => LAST.replace("%s", column);

const appendSql = (hash: string, kind: string, subject: string, payload: string, join = "") =>
  "insert into `transparency_log_leaves` (`leaf_index`, `leaf_hash`, `kind`, `subject`, `payload`, `created_at`) " +
  `select coalesce(${last("leaf_index")} + 1, k.\`origin\`), ${hash}, ${kind}, ${subject}, ${payload}, greatest(utc_timestamp(3), coalesce(${last("created_at")}, utc_timestamp(3))) ` +
  `from \`transparency_log_lock\` k ${join}where k.\`id\` = 1 for update`;

const APPEND_SQL = appendSql("?", "?", "?", "?");

// The audit.head leaf built by the database from the chain head row, in canonical JSON (keys
// sorted: entryCount, headHash, kind — the bytes leafText(auditHeadLeaf(…)) gives), and its
// RFC 9162 hash SHA-256(0x00 || bytes). The head row is locked by the same statement (it is
// already locked when the write has just chained its own audit entry).
const AUDIT_HEAD_PAYLOAD = "concat('{\"entryCount\":', h.`entries`, ',\"headHash\":\"', h.`hash`, '\",\"kind\":\"audit.head\"}')";
const AUDIT_HEAD_HASH = `sha2(concat(x'00', ${AUDIT_HEAD_PAYLOAD}), 256)`;
const APPEND_AUDIT_HEAD_SQL = appendSql(AUDIT_HEAD_HASH, "'audit.head'", "'audit'", AUDIT_HEAD_PAYLOAD, "join `audit_chain_head` h on h.`id` = 1 ");
// The same, unless that very head is already a leaf (a scheduled anchoring when nothing happened since).
const APPEND_NEW_AUDIT_HEAD_SQL = appendSql(
  AUDIT_HEAD_HASH,
  "'audit.head'",
  "'audit'",
  AUDIT_HEAD_PAYLOAD,
  `join \`audit_chain_head\` h on h.\`id\` = 1 and not exists (select 1 from \`transparency_log_leaves\` x where x.\`leaf_hash\` = ${AUDIT_HEAD_HASH}) `,
);

/** The step that appends `leaf` (build it with the functions of leaves.mjs) as the log's next leaf. */
export function appendLeafStep(leaf: Leaf): AtomicStep {
  const text = leafText(leaf);
  const params = [leafHashHex(leaf), leaf.kind, leafSubject(leaf), text];
  return { statement: { toSQL: () => ({ sql: APPEND_SQL, params }) }, expectRows: 1 };
}

/**
 * The step that appends the audit chain's head, as it stands at that point of the write, as an
 * `audit.head` leaf. Placed after the write's own chain steps, it anchors the head that includes
 * the write's own audit entry.
 */
export function appendAuditHeadStep(): AtomicStep {
  return { statement: { toSQL: () => ({ sql: APPEND_AUDIT_HEAD_SQL, params: [] }) }, expectRows: 1 };
}

/** As appendAuditHeadStep, but appends nothing when the head is already in the log (no guard). */
export function appendNewAuditHeadStep(): AtomicStep {
  return { statement: { toSQL: () => ({ sql: APPEND_NEW_AUDIT_HEAD_SQL, params: [] }) } };
}
