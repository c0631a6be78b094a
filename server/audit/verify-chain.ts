// Walks the audit chain from its first entry and recomputes every hash: an entry edited,
// deleted, reordered or slipped in outside the chain is found, and the first broken entry named.
import { asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditChainHead, auditLog } from "@/db/schema";
import { entryHash, GENESIS_HASH, OCCURRED_AT_FORMAT } from "./chain";

export type ChainBreak = { id: number | null; seq: number | null; reason: "edited" | "missing" | "out_of_chain" | "reordered" | "head_mismatch" };
export type ChainReport = { ok: boolean; entries: number; headHash: string; firstBreak: ChainBreak | null };

const PAGE = 2000;

function pageAfter(db: Executor, seq: number) {
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
    .limit(PAGE);
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
    for (const entry of page) {
      const expectedSeq = seq + 1;
      if (entry.seq !== expectedSeq) return fail({ id: entry.id, seq: entry.seq, reason: "missing" });
      if (entry.prevHash !== previous) return fail({ id: entry.id, seq: entry.seq, reason: "reordered" });
      if (entryHash(previous, expectedSeq, entry) !== entry.hash) return fail({ id: entry.id, seq: entry.seq, reason: "edited" });
      previous = entry.hash;
      seq = expectedSeq;
    }
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
