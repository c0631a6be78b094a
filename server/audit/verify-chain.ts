// Walks the audit chain from its first entry and recomputes every hash: an entry edited,
// deleted, reordered or slipped in outside the chain is found, and the first broken entry named.
import { asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditChainHead, auditLog } from "@/db/schema";
import { entryHash, GENESIS_HASH, OCCURRED_AT_FORMAT } from "./chain";

export type ChainBreak = { id: number | null; seq: number | null; reason: "edited" | "missing" | "out_of_chain" | "reordered" | "head_mismatch" };
export type ChainReport = { ok: boolean; entries: number; headHash: string; firstBreak: ChainBreak | null };

const PAGE = 2000;

function pageAfter(db: Executor, seq: number, limit = PAGE) {
  return db
    .select({
      id: auditLog.id,
      seq: auditLog.chainSeq,
      prevHash: auditLog.prevHash,
      hash: auditLog.hash,
      occurredAt: sql<string>`date_format(${auditLog.occurredAt}, ${OCCURRED_AT_FORMAT})`,
      actorUserId: auditLog.actorUserId,
      onBehalfOfInstitutionId: auditLog.onBehalfOfInstitutionId,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      // The stored bytes, not the parsed JSON: the hash covers exactly what is stored.
      changes: sql<string>`${auditLog.changes}`,
      context: sql<string>`${auditLog.context}`,
    })
    .from(auditLog)
    .where(gt(auditLog.chainSeq, seq))
    .orderBy(asc(auditLog.chainSeq))
    .limit(limit);
}

type PageEntry = Awaited<ReturnType<typeof pageAfter>>[number];

/** Checks consecutive entries chained after (seq, previous): the first break, or the new position. */
function checkEntries(entries: readonly PageEntry[], start: { seq: number; previous: string }): { seq: number; previous: string; firstBreak: ChainBreak | null } {
  let { seq, previous } = start;
  for (const entry of entries) {
    const expectedSeq = seq + 1;
    if (entry.seq !== expectedSeq) return { seq, previous, firstBreak: { id: entry.id, seq: entry.seq, reason: "missing" } };
    if (entry.prevHash !== previous) return { seq, previous, firstBreak: { id: entry.id, seq: entry.seq, reason: "reordered" } };
    if (entryHash(previous, expectedSeq, entry) !== entry.hash) return { seq, previous, firstBreak: { id: entry.id, seq: entry.seq, reason: "edited" } };
    previous = entry.hash!;
    seq = expectedSeq;
  }
  return { seq, previous, firstBreak: null };
}

/** Verifies the whole chain, a page at a time (memory stays flat whatever its length). */
export async function verifyAuditChain(db: Executor): Promise<ChainReport> {
  const [[head], [unchained]] = await Promise.all([
    db.select().from(auditChainHead).where(eq(auditChainHead.id, 1)),
    db.select({ id: auditLog.id }).from(auditLog).where(isNull(auditLog.chainSeq)).orderBy(asc(auditLog.id)).limit(1),
  ]);
  let previous = GENESIS_HASH;
  let seq = 0;
  const fail = (firstBreak: ChainBreak): ChainReport => ({ ok: false, entries: seq, headHash: head?.hash ?? "", firstBreak });
  if (unchained) return fail({ id: unchained.id, seq: null, reason: "out_of_chain" });
  for (;;) {
    const page = await pageAfter(db, seq);
    const checked = checkEntries(page, { seq, previous });
    ({ seq, previous } = checked);
    if (checked.firstBreak) return fail(checked.firstBreak);
    if (page.length < PAGE) break;
  }
  if (!head || head.entries !== seq || head.hash !== previous) return fail({ id: null, seq: head?.entries ?? null, reason: "head_mismatch" });
  return { ok: true, entries: seq, headHash: previous, firstBreak: null };
}

/** The newest chain head, as published (outsiders pin it to detect a rewritten history). */
export async function auditChainHeadOf(db: Executor): Promise<{ entries: number; hash: string }> {
  const [head] = await db.select({ entries: auditChainHead.entries, hash: auditChainHead.hash }).from(auditChainHead).where(eq(auditChainHead.id, 1));
  return head ?? { entries: 0, hash: GENESIS_HASH };
}

/**
 * The newest chain head with its entry (id and time), for /api/open/audit-head.json: one query.
 * Entry id and time are null while the chain is empty.
 */
export async function publishedAuditHead(db: Executor): Promise<{ entries: number; hash: string; entryId: number | null; occurredAt: Date | null }> {
  const [row] = await db
    .select({ entries: auditChainHead.entries, hash: auditChainHead.hash, entryId: auditLog.id, occurredAt: auditLog.occurredAt })
    .from(auditChainHead)
    .leftJoin(auditLog, eq(auditLog.chainSeq, auditChainHead.entries))
    .where(eq(auditChainHead.id, 1));
  return row ?? { entries: 0, hash: GENESIS_HASH, entryId: null, occurredAt: null };
}

/** Entries an admin page checks per request (one read wave, bounded work). */
export const CHAIN_BATCH = 2000;

export type ChainBatchReport = {
  /** The chain's length and head hash as stored in the head row. */
  entries: number;
  headHash: string;
  /** The positions checked by this batch: afterSeq + 1 … checkedTo (checkedTo = afterSeq when none). */
  afterSeq: number;
  checkedTo: number;
  /** The first broken entry found by this batch, or null. */
  firstBreak: ChainBreak | null;
  /** Whether this batch reached the head (and then checked that the head row matches). */
  done: boolean;
  /** Entries per batch. */
  batchSize: number;
};

/**
 * Verifies one bounded batch of the chain: the entries after position `afterSeq`, chained onto
 * the stored hash of entry `afterSeq` (GENESIS for 0) — which the previous batches verified. The
 * admin page walks the chain a batch per request, in one read wave each (4 queries in parallel),
 * so a long chain never makes a request slow. Entries outside the chain are reported by every
 * batch; the head row is compared when the batch reaches it.
 */
export async function verifyAuditChainBatch(db: Executor, input: { afterSeq: number; limit?: number }): Promise<ChainBatchReport> {
  const { afterSeq } = input;
  const limit = Math.min(input.limit ?? CHAIN_BATCH, CHAIN_BATCH);
  const [[head], [unchained], [anchor], page] = await Promise.all([
    db.select().from(auditChainHead).where(eq(auditChainHead.id, 1)),
    db.select({ id: auditLog.id }).from(auditLog).where(isNull(auditLog.chainSeq)).orderBy(asc(auditLog.id)).limit(1),
    afterSeq === 0 ? Promise.resolve([{ hash: GENESIS_HASH }]) : db.select({ hash: auditLog.hash }).from(auditLog).where(eq(auditLog.chainSeq, afterSeq)).limit(1),
    pageAfter(db, afterSeq, limit),
  ]);
  const entries = head?.entries ?? 0;
  const headHash = head?.hash ?? "";
  const report = (checkedTo: number, firstBreak: ChainBreak | null, done: boolean): ChainBatchReport => ({ entries, headHash, afterSeq, checkedTo, firstBreak, done, batchSize: limit });
  if (unchained) return report(afterSeq, { id: unchained.id, seq: null, reason: "out_of_chain" }, true);
  if (!anchor?.hash) return report(afterSeq, { id: null, seq: afterSeq, reason: "missing" }, true);
  const checked = checkEntries(page, { seq: afterSeq, previous: anchor.hash });
  if (checked.firstBreak) return report(checked.seq, checked.firstBreak, true);
  if (page.length === limit && checked.seq < entries) return report(checked.seq, null, false);
  if (!head || head.entries !== checked.seq || head.hash !== checked.previous) return report(checked.seq, { id: null, seq: head?.entries ?? null, reason: "head_mismatch" }, true);
  return report(checked.seq, null, true);
}
