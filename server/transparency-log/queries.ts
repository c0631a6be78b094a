// Reads of the transparency log. Visible leaves always form a prefix 0 … n−1 (appends take their
// index in commit order, see append-leaf.ts), so "the first n leaves" is a stable set once n
// leaves exist; a hole would be corruption and is reported as such, never papered over.
import { and, asc, desc, eq, gte, lt, lte, min, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { agreements, transparencyLogLeaves as leaves } from "@/db/schema";
import { HASH_SIZE } from "./rfc9162.mjs";

/** The log's size and the time its newest leaf was appended (ms), or size 0 and time 0. */
export async function logSize(db: Executor): Promise<{ treeSize: number; timestamp: number }> {
  const [row] = await db.select({ index: leaves.leafIndex, createdAt: leaves.createdAt }).from(leaves).orderBy(desc(leaves.leafIndex)).limit(1);
  return row ? { treeSize: row.index + 1, timestamp: row.createdAt.getTime() } : { treeSize: 0, timestamp: 0 };
}

/** The hashes of leaves 0 … count−1 in order, end to end in one buffer (shorter when the log is smaller). */
export async function leafHashes(db: Executor, count: number): Promise<Buffer> {
  const rows = await db.select({ index: leaves.leafIndex, hash: leaves.leafHash }).from(leaves).where(lt(leaves.leafIndex, count)).orderBy(asc(leaves.leafIndex));
  const hashes = Buffer.alloc(rows.length * HASH_SIZE);
  rows.forEach((row, i) => {
    if (row.index !== i) throw new Error(`transparency log is corrupt: leaf ${i} is missing`);
    hashes.write(row.hash, i * HASH_SIZE, HASH_SIZE, "hex");
  });
  return hashes;
}

/** The smallest index below `below` of a leaf with this hash, or null. */
export async function firstIndexOfLeaf(db: Executor, leafHash: string, below: number): Promise<number | null> {
  const [row] = await db
    .select({ index: min(leaves.leafIndex) })
    .from(leaves)
    .where(and(eq(leaves.leafHash, leafHash), lt(leaves.leafIndex, below)));
  return row?.index ?? null;
}

/** Leaves start … end (both included), in order. */
export async function leafRange(db: Executor, start: number, end: number) {
  return db
    .select({ index: leaves.leafIndex, leafHash: leaves.leafHash, payload: leaves.payload, createdAt: leaves.createdAt })
    .from(leaves)
    .where(and(gte(leaves.leafIndex, start), lte(leaves.leafIndex, end)))
    .orderBy(asc(leaves.leafIndex));
}

/** The leaves about one subject (see leafSubject in leaves.mjs), oldest first: index, hash and the stored text. */
export async function leavesAbout(db: Executor, subject: string) {
  return db
    .select({ index: leaves.leafIndex, leafHash: leaves.leafHash, payload: leaves.payload })
    .from(leaves)
    .where(eq(leaves.subject, subject))
    .orderBy(asc(leaves.leafIndex));
}

/**
 * The leaves about an agreement's version, by the agreement's id (its subject, agreement/<reference>/v<n>,
 * computed in SQL so that it runs in the same read wave as the agreement itself).
 */
export async function leavesAboutAgreement(db: Executor, agreementId: string) {
  const subject = sql`(select concat('agreement/', ${agreements.reference}, '/v', ${agreements.versionNumber}) from ${agreements} where ${agreements.id} = ${agreementId})`;
  return db.select({ index: leaves.leafIndex, leafHash: leaves.leafHash, payload: leaves.payload }).from(leaves).where(eq(leaves.subject, subject)).orderBy(asc(leaves.leafIndex));
}
