// What the public log endpoints answer: the signed head, inclusion and consistency proofs, and
// ranges of entries. Reads only: a head is signed when it is read (deterministically, with the
// time of its newest leaf as its timestamp), nothing is stored. Each read is one wave of queries
// except the head (its size, then its leaves).
import type { Executor } from "@/db/client";
import { DomainError, notFound } from "../errors";
import { treeOf } from "./merkle-tree";
import { firstIndexOfLeaf, leafHashes, leafRange, logSize } from "./queries";
import { HASH_SIZE, hashToHex } from "./rfc9162.mjs";
import { signTreeHead, type LogSigningKey } from "./signing-key";
import type { SignedTreeHead } from "./tree-head.mjs";

/** At most this many entries per call to the entries endpoint. */
export const MAX_ENTRIES = 1000;

const tooLarge = (parameter: string, value: number, size: number) =>
  new DomainError("VALIDATION", { parameter }, `${parameter} ${value} is beyond the log, which has ${size} leaves`);

/** The log's current tree head, signed. */
export async function readSignedHead(db: Executor, key: LogSigningKey): Promise<SignedTreeHead> {
  const { treeSize, timestamp } = await logSize(db);
  const hashes = await leafHashes(db, treeSize);
  if (hashes.length !== treeSize * HASH_SIZE) throw new Error("transparency log is corrupt: fewer leaves than its size");
  return signTreeHead(key, { treeSize, rootHash: hashToHex(treeOf(hashes).root(treeSize)), timestamp });
}

/** RFC 9162 inclusion proof of the first leaf with this hash in the tree of the first `treeSize` leaves. */
export async function readInclusionProof(db: Executor, input: { leafHash: string; treeSize: number }) {
  const [leafIndex, hashes] = await Promise.all([firstIndexOfLeaf(db, input.leafHash, input.treeSize), leafHashes(db, input.treeSize)]);
  if (hashes.length < input.treeSize * HASH_SIZE) throw tooLarge("size", input.treeSize, hashes.length / HASH_SIZE);
  if (leafIndex === null) throw notFound("leaf");
  const inclusionPath = treeOf(hashes).inclusionProof(leafIndex, input.treeSize).map(hashToHex);
  return { leafHash: input.leafHash, leafIndex, treeSize: input.treeSize, inclusionPath };
}

/** RFC 9162 consistency proof between the trees of the first `from` and `to` leaves. */
export async function readConsistencyProof(db: Executor, input: { from: number; to: number }) {
  const hashes = await leafHashes(db, input.to);
  if (hashes.length < input.to * HASH_SIZE) throw tooLarge("to", input.to, hashes.length / HASH_SIZE);
  return { from: input.from, to: input.to, consistencyPath: treeOf(hashes).consistencyProof(input.from, input.to).map(hashToHex) };
}

/** Leaves `start` … `end` (both included), at most MAX_ENTRIES, cut at the end of the log; `final` when the answer can never change. */
export async function readEntries(db: Executor, input: { start: number; end: number }) {
  const last = Math.min(input.end, input.start + MAX_ENTRIES - 1);
  const [rows, { treeSize }] = await Promise.all([leafRange(db, input.start, last), logSize(db)]);
  if (input.start >= treeSize) throw tooLarge("start", input.start, treeSize);
  const entries = rows.map((row) => ({ index: row.index, leafHash: row.leafHash, leaf: row.payload, payload: jsonOrNull(row.payload), appendedAt: row.createdAt.toISOString() }));
  return { start: input.start, end: entries.at(-1)?.index ?? input.start, treeSize, entries, final: entries.length === last - input.start + 1 };
}

/** A stored leaf's JSON for reading convenience; `leaf` keeps the exact text that was hashed. */
function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
