// @ts-check
// RFC 9162 (Certificate Transparency 2.0) §2.1 with SHA-256: the leaf and node hashes, and the
// verification of inclusion proofs (§2.1.3.2) and consistency proofs (§2.1.4.2), step by step as
// the RFC states them (its step numbers are in the comments). Plain JavaScript with no dependency
// but node:crypto, so that the server and the offline verifier (scripts/southbridge-verify.mjs)
// share it. Proof generation lives in merkle-tree.ts (server only).
import { createHash } from "node:crypto";

export const HASH_SIZE = 32;
const LEAF_PREFIX = Uint8Array.of(0x00);
const NODE_PREFIX = Uint8Array.of(0x01);

/** @param {...Uint8Array} parts */
export function sha256(...parts) {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** MTH({}) = SHA-256() — the root hash of the empty tree. */
export const emptyRoot = () => sha256();

/** MTH({d(0)}) = SHA-256(0x00 || d(0)): the hash of one leaf's bytes. @param {Uint8Array} leaf */
export const leafHash = (leaf) => sha256(LEAF_PREFIX, leaf);

/** SHA-256(0x01 || left || right): the hash of an interior node. @param {Uint8Array} left @param {Uint8Array} right */
export const nodeHash = (left, right) => sha256(NODE_PREFIX, left, right);

/** The largest power of two smaller than n (n ≥ 2): where RFC 9162 splits a tree of n leaves. @param {number} n */
export function splitPoint(n) {
  if (!Number.isSafeInteger(n) || n < 2) throw new RangeError(`splitPoint needs n ≥ 2, got ${n}`);
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

// Sizes and indices go up to 2^53: bit operators (32-bit in JavaScript) are replaced by arithmetic.
/** @param {number} x */
const lsb = (x) => x % 2 === 1;
/** @param {number} x */
const shiftRight = (x) => Math.floor(x / 2);
/** @param {unknown} x @returns {x is number} */
const isCount = (x) => typeof x === "number" && Number.isSafeInteger(x) && x >= 0;
/** @param {unknown} x @returns {x is Uint8Array} */
export const isHash = (x) => x instanceof Uint8Array && x.length === HASH_SIZE;
/** @param {Uint8Array} a @param {Uint8Array} b */
const same = (a, b) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/**
 * RFC 9162 §2.1.3.2: does `inclusionPath` prove that `leafHash` is the leaf at `leafIndex` of the
 * tree of `treeSize` leaves whose root is `rootHash`?
 * @param {{ leafIndex: number; treeSize: number; leafHash: Uint8Array; inclusionPath: Uint8Array[]; rootHash: Uint8Array }} input
 */
export function verifyInclusion({ leafIndex, treeSize, leafHash: hash, inclusionPath, rootHash }) {
  if (!isCount(leafIndex) || !isCount(treeSize) || !isHash(hash) || !isHash(rootHash) || !Array.isArray(inclusionPath) || !inclusionPath.every(isHash)) {
    return false;
  }
  // 1. If leaf_index is greater than or equal to tree_size, then fail the proof verification.
  if (leafIndex >= treeSize) return false;
  // 2. Set fn to leaf_index and sn to tree_size - 1.
  let fn = leafIndex;
  let sn = treeSize - 1;
  // 3. Set r to hash.
  let r = hash;
  // 4. For each value p in the inclusion_path array:
  for (const p of inclusionPath) {
    // a. If sn is 0, then stop the iteration and fail the proof verification.
    if (sn === 0) return false;
    // b. If LSB(fn) is set, or if fn is equal to sn, then:
    if (lsb(fn) || fn === sn) {
      // i. Set r to HASH(0x01 || p || r).
      r = nodeHash(p, r);
      // ii. If LSB(fn) is not set, then right-shift both fn and sn equally until either LSB(fn) is set or fn is 0.
      if (!lsb(fn)) {
        while (!lsb(fn) && fn !== 0) {
          fn = shiftRight(fn);
          sn = shiftRight(sn);
        }
      }
    } else {
      // Otherwise: i. Set r to HASH(0x01 || r || p).
      r = nodeHash(r, p);
    }
    // c. Finally, right-shift both fn and sn one time.
    fn = shiftRight(fn);
    sn = shiftRight(sn);
  }
  // 5. Compare sn to 0. Compare r against the root_hash. If sn is equal to 0 and r and the root_hash are equal,
  //    then the log has proven the inclusion of hash. Otherwise, fail the proof verification.
  return sn === 0 && same(r, rootHash);
}

/**
 * RFC 9162 §2.1.4.2, for tree heads with 0 < first < second: does `consistencyPath` prove that the
 * tree of `second` leaves (root `secondHash`) extends the tree of `first` leaves (root `firstHash`)?
 * @param {{ first: number; second: number; firstHash: Uint8Array; secondHash: Uint8Array; consistencyPath: Uint8Array[] }} input
 */
export function verifyConsistency({ first, second, firstHash, secondHash, consistencyPath }) {
  if (!isCount(first) || !isCount(second) || !(0 < first && first < second)) return false;
  if (!isHash(firstHash) || !isHash(secondHash) || !Array.isArray(consistencyPath) || !consistencyPath.every(isHash)) return false;
  // 1. If consistency_path is an empty array, stop and fail the proof verification.
  if (consistencyPath.length === 0) return false;
  // 2. If first is an exact power of 2, then prepend first_hash to the consistency_path array.
  const path = isPowerOfTwo(first) ? [firstHash, ...consistencyPath] : [...consistencyPath];
  // 3. Set fn to first - 1 and sn to second - 1.
  let fn = first - 1;
  let sn = second - 1;
  // 4. If LSB(fn) is set, then right-shift both fn and sn equally until LSB(fn) is not set.
  while (lsb(fn)) {
    fn = shiftRight(fn);
    sn = shiftRight(sn);
  }
  // 5. Set both fr and sr to the first value in the consistency_path array.
  let fr = /** @type {Uint8Array} */ (path[0]);
  let sr = fr;
  // 6. For each subsequent value c in the consistency_path array:
  for (const c of path.slice(1)) {
    // a. If sn is 0, then stop the iteration and fail the proof verification.
    if (sn === 0) return false;
    // b. If LSB(fn) is set, or if fn is equal to sn, then:
    if (lsb(fn) || fn === sn) {
      // i. Set fr to HASH(0x01 || c || fr).
      fr = nodeHash(c, fr);
      // ii. Set sr to HASH(0x01 || c || sr).
      sr = nodeHash(c, sr);
      // iii. If LSB(fn) is not set, then right-shift both fn and sn equally until either LSB(fn) is set or fn is 0.
      if (!lsb(fn)) {
        while (!lsb(fn) && fn !== 0) {
          fn = shiftRight(fn);
          sn = shiftRight(sn);
        }
      }
    } else {
      // Otherwise: i. Set sr to HASH(0x01 || sr || c).
      sr = nodeHash(sr, c);
    }
    // c. Finally, right-shift both fn and sn one time.
    fn = shiftRight(fn);
    sn = shiftRight(sn);
  }
  // 7. Verify that the fr calculated is equal to the first_hash supplied, that the sr calculated is equal
  //    to the second_hash supplied, and that sn is 0.
  return same(fr, firstHash) && same(sr, secondHash) && sn === 0;
}

/**
 * Whether a later tree head extends an earlier one, including the cases the RFC's algorithm leaves
 * out: the same size (same root, empty proof) and an earlier empty tree (consistent with anything).
 * @param {{ first: number; second: number; firstHash: Uint8Array; secondHash: Uint8Array; consistencyPath: Uint8Array[] }} input
 */
export function isConsistent(input) {
  const { first, second, firstHash, secondHash, consistencyPath } = input;
  if (!isCount(first) || !isCount(second) || first > second || !isHash(firstHash) || !isHash(secondHash) || !Array.isArray(consistencyPath)) return false;
  if (first === 0) return consistencyPath.length === 0 && same(firstHash, emptyRoot());
  if (first === second) return consistencyPath.length === 0 && same(firstHash, secondHash);
  return verifyConsistency(input);
}

/** @param {number} n */
function isPowerOfTwo(n) {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}

/** Lowercase hex ⇄ bytes, refusing anything that is not exactly one SHA-256 digest. */
export const HASH_HEX = /^[0-9a-f]{64}$/;
/** @param {unknown} hex */
export function hashFromHex(hex) {
  if (typeof hex !== "string" || !HASH_HEX.test(hex)) throw new TypeError(`not a SHA-256 hash in lowercase hex: ${JSON.stringify(hex)?.slice(0, 80)}`);
  return Buffer.from(hex, "hex");
}
/** @param {Uint8Array} hash */
export const hashToHex = (hash) => Buffer.from(hash).toString("hex");
