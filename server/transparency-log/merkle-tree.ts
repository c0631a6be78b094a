// The Merkle tree of RFC 9162 §2.1 over a list of leaf hashes, with the root of any prefix and the
// proofs the log serves: inclusion (PATH, §2.1.3.1) and consistency (PROOF / SUBPROOF, §2.1.4.1).
//
// Every complete subtree hash is computed once, level by level (n − 1 node hashes for n leaves),
// each level one contiguous buffer of 32-byte hashes; any other subtree of RFC 9162's shape is a
// few hashes over them, so a root or a proof for any size costs O(log² n) once the levels exist.
// An append-only log only adds leaves: `forLeaves` reuses the levels of a tree whose leaves are a
// prefix of the new ones (or extend them) and hashes only what is new.
import { emptyRoot, HASH_SIZE, nodeHash, splitPoint } from "./rfc9162.mjs";

const at = (level: Buffer, i: number) => level.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE);

export class MerkleTree {
  /** levels[h] holds the hashes of the complete subtrees of 2^h leaves, the i-th starting at leaf i·2^h. */
  private readonly levels: Buffer[];

  /** A tree over leaf hashes: a list, or one buffer of 32-byte hashes end to end. */
  constructor(leafHashes: Buffer | readonly Buffer[], reuse?: MerkleTree) {
    const leaves = Buffer.isBuffer(leafHashes) ? leafHashes : Buffer.concat(leafHashes);
    if (leaves.length % HASH_SIZE !== 0) throw new RangeError("leaf hashes must be 32 bytes each");
    this.levels = [leaves];
    for (let h = 0; this.levels[h]!.length > HASH_SIZE; h++) {
      const below = this.levels[h]!;
      const count = Math.floor(below.length / HASH_SIZE / 2);
      const level = Buffer.allocUnsafe(count * HASH_SIZE);
      // Nodes whose children were already hashed in the reused tree are copied, not hashed again.
      const known = reuse?.levels[h + 1];
      const copied = known ? Math.min(count, known.length / HASH_SIZE) : 0;
      if (copied) known!.copy(level, 0, 0, copied * HASH_SIZE);
      for (let i = copied; i < count; i++) nodeHash(at(below, 2 * i), at(below, 2 * i + 1)).copy(level, i * HASH_SIZE);
      this.levels.push(level);
    }
  }

  /**
   * A tree over exactly these leaves' prefix: this tree itself when `leafHashes` are its first
   * leaves, else a tree over them that reuses this one's hashes as far as they still hold.
   */
  forLeaves(leafHashes: Buffer): MerkleTree {
    const mine = this.levels[0]!;
    if (leafHashes.length <= mine.length && leafHashes.equals(mine.subarray(0, leafHashes.length))) return this;
    const extendsMine = leafHashes.length > mine.length && mine.equals(leafHashes.subarray(0, mine.length));
    return new MerkleTree(leafHashes, extendsMine ? this : undefined);
  }

  get size(): number {
    return this.levels[0]!.length / HASH_SIZE;
  }

  /** MTH(D[0:size]): the root hash of the tree made of the first `size` leaves. */
  root(size = this.size): Buffer {
    this.assertSize(size);
    return size === 0 ? emptyRoot() : this.subtree(0, size);
  }

  /** PATH(m, D[0:size]): the inclusion proof of leaf `index` in the tree of the first `size` leaves. */
  inclusionProof(index: number, size = this.size): Buffer[] {
    this.assertSize(size);
    if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new RangeError(`leaf index ${index} is not in a tree of ${size} leaves`);
    return this.path(index, 0, size);
  }

  /** PROOF(m, D[0:n]): the consistency proof between the trees of the first `first` and `second` leaves (empty when first is 0 or equals second). */
  consistencyProof(first: number, second = this.size): Buffer[] {
    this.assertSize(second);
    if (!Number.isSafeInteger(first) || first < 0 || first > second) throw new RangeError(`cannot prove consistency from size ${first} to size ${second}`);
    if (first === 0) return [];
    return this.subproof(first, 0, second, true);
  }

  /** MTH(D[start:start+n]) for a subtree of RFC 9162's shape. */
  private subtree(start: number, n: number): Buffer {
    const height = Math.log2(n);
    if (Number.isInteger(height) && start % n === 0) {
      const level = this.levels[height];
      if (level && (start / n + 1) * HASH_SIZE <= level.length) return Buffer.from(at(level, start / n));
    }
    const k = splitPoint(n);
    return nodeHash(this.subtree(start, k), this.subtree(start + k, n - k));
  }

  /** PATH(m, D[start:start+n]), §2.1.3.1. */
  private path(m: number, start: number, n: number): Buffer[] {
    if (n === 1) return [];
    const k = splitPoint(n);
    return m < k ? [...this.path(m, start, k), this.subtree(start + k, n - k)] : [...this.path(m - k, start + k, n - k), this.subtree(start, k)];
  }

  /** SUBPROOF(m, D[start:start+n], b), §2.1.4.1. */
  private subproof(m: number, start: number, n: number, b: boolean): Buffer[] {
    if (m === n) return b ? [] : [this.subtree(start, n)];
    const k = splitPoint(n);
    return m <= k
      ? [...this.subproof(m, start, k, b), this.subtree(start + k, n - k)]
      : [...this.subproof(m - k, start + k, n - k, false), this.subtree(start, k)];
  }

  private assertSize(size: number) {
    if (!Number.isSafeInteger(size) || size < 0 || size > this.size) throw new RangeError(`tree size ${size} is not between 0 and ${this.size}`);
  }
}

// stateless-ok: hashes derived from the leaves of a previous request, re-checked against the leaves just read (a cold process recomputes them)
let latest: MerkleTree | undefined;

/**
 * The tree over these leaf hashes (one buffer, read from the database for this request), reusing
 * the hashes computed for the previous request as far as they still hold — so serving a log that
 * grew by a few leaves hashes only those. Nothing but the leaves just read decides the answer: a
 * leaf changed in the database is seen at once.
 */
export function treeOf(leafHashes: Buffer): MerkleTree {
  latest = latest ? latest.forLeaves(leafHashes) : new MerkleTree(leafHashes);
  return latest;
}
