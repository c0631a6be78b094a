// The Merkle tree of RFC 9162 §2.1 over a list of leaf hashes, with the root of any prefix and the
// proofs the log serves: inclusion (PATH, §2.1.3.1) and consistency (PROOF / SUBPROOF, §2.1.4.1).
//
// Every complete subtree hash is computed once, level by level (n − 1 node hashes for n leaves);
// any other subtree of RFC 9162's shape is then a few hashes over them, so a root or a proof for
// any size costs O(log² n) once the levels are built.
import { emptyRoot, nodeHash, splitPoint } from "./rfc9162.mjs";

export class MerkleTree {
  /** levels[h][i] = hash of the complete subtree of 2^h leaves starting at leaf i·2^h. */
  private readonly levels: Buffer[][];

  constructor(leafHashes: readonly Buffer[]) {
    this.levels = [[...leafHashes]];
    for (let level = this.levels[0]!; level.length > 1; ) {
      const next: Buffer[] = [];
      for (let i = 0; i + 1 < level.length; i += 2) next.push(nodeHash(level[i]!, level[i + 1]!));
      this.levels.push(next);
      level = next;
    }
  }

  get size(): number {
    return this.levels[0]!.length;
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
      const stored = this.levels[height]?.[start / n];
      if (stored) return stored;
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
