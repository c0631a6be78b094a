// Anchoring the audit chain in the public log from a scheduled job: the chain's current head
// becomes an `audit.head` leaf, so an outsider holding the log can tell later that the audit
// history up to that point was not rewritten (docs/TRANSPARENCY-LOG.md). Report publication
// anchors the head too, inside its own write (commit()'s `anchorAuditHead`).
//
// Not an audited change itself: an audit entry about anchoring would move the head it anchors.
// The log leaf is its own record. When nothing was audited since the last anchoring, nothing is
// appended (the head is already a leaf).
import { eq, sql } from "drizzle-orm";
import { runAtomic, type AtomicStep, type Database } from "@/db/client";
import { auditChainHead } from "@/db/schema";
import { statement } from "../workflow/statement";
import { appendNewAuditHeadStep } from "./append-leaf";
import { auditHeadLeaf, leafHashHex } from "./leaves.mjs";
import { firstIndexOfLeaf } from "./queries";

/**
 * Locks the chain head first, as every audited write does before it appends (commit()), so the
 * chain head and the log's lock row are always taken in the same order.
 */
const lockChainHead: AtomicStep = { statement: statement(sql`update ${auditChainHead} set ${auditChainHead.entries} = ${auditChainHead.entries} where ${auditChainHead.id} = 1`) };

/**
 * Appends the audit chain's head as a leaf of the transparency log unless it is already there.
 * For the scheduled jobs: `appendAuditHead(db, now)`; `now` is the job's clock, returned as
 * `checkedAt` (the leaf's own time is the database's). Three round trips on mysql2. Gives the
 * head as read just after the append, its leaf hash and index (null only if another write moved
 * the head in between: the next run anchors it).
 */
export async function appendAuditHead(db: Database, now: Date) {
  await runAtomic(db, [lockChainHead, appendNewAuditHeadStep()]);
  const [head] = await db.select({ entries: auditChainHead.entries, hash: auditChainHead.hash }).from(auditChainHead).where(eq(auditChainHead.id, 1));
  if (!head) throw new Error("appendAuditHead: the audit chain head row is missing (migration 0008)");
  const leafHash = leafHashHex(auditHeadLeaf({ headHash: head.hash, entryCount: head.entries }));
  return { entryCount: head.entries, headHash: head.hash, leafHash, leafIndex: await firstIndexOfLeaf(db, leafHash, Number.MAX_SAFE_INTEGER), checkedAt: now };
}
