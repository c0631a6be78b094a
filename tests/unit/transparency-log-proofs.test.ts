// The log's tree and proof verification against an independent, deliberately simple implementation
// written here straight from the recursive definitions of RFC 9162 §2.1 (MTH, PATH, PROOF/SUBPROOF),
// over random trees (fast-check); and the tampering a verifier must refuse.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MerkleTree } from "../../server/transparency-log/merkle-tree";
import { isConsistent, verifyConsistency, verifyInclusion } from "../../server/transparency-log/rfc9162.mjs";

// ── The reference: recursive definitions over the leaf inputs D[n], nothing shared with the code under test ──
const H = (...parts: Uint8Array[]) => createHash("sha256").update(Buffer.concat(parts)).digest();
/** The largest power of two smaller than n. */
const k = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);
function MTH(D: Uint8Array[]): Buffer {
  if (D.length === 0) return H();
  if (D.length === 1) return H(Buffer.of(0x00), D[0]!);
  return H(Buffer.of(0x01), MTH(D.slice(0, k(D.length))), MTH(D.slice(k(D.length))));
}
function PATH(m: number, D: Uint8Array[]): Buffer[] {
  if (D.length === 1) return [];
  const split = k(D.length);
  return m < split ? [...PATH(m, D.slice(0, split)), MTH(D.slice(split))] : [...PATH(m - split, D.slice(split)), MTH(D.slice(0, split))];
}
function SUBPROOF(m: number, D: Uint8Array[], b: boolean): Buffer[] {
  if (m === D.length) return b ? [] : [MTH(D)];
  const split = k(D.length);
  return m <= split ? [...SUBPROOF(m, D.slice(0, split), b), MTH(D.slice(split))] : [...SUBPROOF(m - split, D.slice(split), false), MTH(D.slice(0, split))];
}
const PROOF = (m: number, D: Uint8Array[]) => SUBPROOF(m, D, true);

const leafInputs = fc.array(fc.uint8Array({ maxLength: 12 }), { minLength: 1, maxLength: 70 });
/** Leaves, a tree size ≤ their number and a leaf index < that size. */
const inclusionCase = leafInputs.chain((D) => fc.integer({ min: 1, max: D.length }).chain((n) => fc.record({ D: fc.constant(D), n: fc.constant(n), m: fc.integer({ min: 0, max: n - 1 }) })));
/** Leaves and two sizes 0 < m < n ≤ their number. */
const consistencyCase = fc
  .array(fc.uint8Array({ maxLength: 12 }), { minLength: 2, maxLength: 70 })
  .chain((D) => fc.integer({ min: 2, max: D.length }).chain((n) => fc.record({ D: fc.constant(D), n: fc.constant(n), m: fc.integer({ min: 1, max: n - 1 }) })));

const treeOf = (D: Uint8Array[]) => new MerkleTree(D.map((d) => H(Buffer.of(0x00), d)));
const hex = (list: Buffer[]) => list.map((b) => b.toString("hex"));
const sameHashes = (a: Uint8Array[], b: Uint8Array[]) => a.length === b.length && a.every((x, i) => Buffer.from(x).equals(Buffer.from(b[i]!)));
const flip = (b: Uint8Array) => Buffer.from(b.map((byte, i) => (i === 0 ? byte ^ 0x01 : byte)));

describe("the tree agrees with the RFC's recursive definitions", () => {
  it("computes MTH of every prefix of random leaf lists", () => {
    fc.assert(
      fc.property(leafInputs, (D) => {
        const tree = treeOf(D);
        for (let n = 0; n <= D.length; n++) expect(tree.root(n).toString("hex")).toBe(MTH(D.slice(0, n)).toString("hex"));
      }),
      { numRuns: 60 },
    );
  });

  it("produces PATH(m, D[n]) for random trees, and the RFC's verification accepts it", () => {
    fc.assert(
      fc.property(inclusionCase, ({ D, n, m }) => {
        const proof = treeOf(D).inclusionProof(m, n);
        expect(hex(proof)).toEqual(hex(PATH(m, D.slice(0, n))));
        expect(verifyInclusion({ leafIndex: m, treeSize: n, leafHash: H(Buffer.of(0), D[m]!), inclusionPath: proof, rootHash: MTH(D.slice(0, n)) })).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("produces PROOF(m, D[n]) for random trees, and the RFC's verification accepts it", () => {
    fc.assert(
      fc.property(consistencyCase, ({ D, n, m }) => {
        const proof = treeOf(D).consistencyProof(m, n);
        expect(hex(proof)).toEqual(hex(PROOF(m, D.slice(0, n))));
        expect(verifyConsistency({ first: m, second: n, firstHash: MTH(D.slice(0, m)), secondHash: MTH(D.slice(0, n)), consistencyPath: proof })).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("reusing the hashes of an earlier tree", () => {
  it("gives the same roots and proofs as a tree built afresh when leaves are added, and never hides a changed leaf", () => {
    fc.assert(
      fc.property(leafInputs, leafInputs, fc.nat(), (D, E, pick) => {
        const earlier = treeOf(D);
        const all = [...D, ...E];
        const leafBuffer = (list: Uint8Array[]) => Buffer.concat(list.map((d) => H(Buffer.of(0x00), d)));
        const grown = earlier.forLeaves(leafBuffer(all));
        expect(grown.size).toBe(all.length);
        for (let n = 0; n <= all.length; n++) expect(grown.root(n).toString("hex")).toBe(MTH(all.slice(0, n)).toString("hex"));
        expect(hex(grown.consistencyProof(D.length, all.length))).toEqual(hex(PROOF(D.length, all)));
        expect(earlier.forLeaves(leafBuffer(D.slice(0, 1)))).toBe(earlier);

        const changed = all.map((d, i) => (i === pick % all.length ? Buffer.concat([d, Buffer.of(1)]) : d));
        const rebuilt = grown.forLeaves(leafBuffer(changed));
        expect(rebuilt.root().toString("hex")).toBe(MTH(changed).toString("hex"));
        const index = pick % all.length;
        expect(hex(rebuilt.inclusionProof(index))).toEqual(hex(PATH(index, changed)));
      }),
      { numRuns: 100 },
    );
  });
});

describe("a tampered inclusion proof is refused", () => {
  const verify = (c: { m: number; n: number; leaf: Uint8Array; path: Uint8Array[]; root: Uint8Array }) =>
    verifyInclusion({ leafIndex: c.m, treeSize: c.n, leafHash: c.leaf, inclusionPath: c.path, rootHash: c.root });

  it("for a wrong leaf, a wrong index, the head of another size, a wrong root, a truncated, extended, reordered or altered path", () => {
    fc.assert(
      fc.property(inclusionCase, fc.uint8Array({ minLength: 1, maxLength: 8 }), ({ D, n, m }, other) => {
        const good = { m, n, leaf: H(Buffer.of(0), D[m]!), path: PATH(m, D.slice(0, n)), root: MTH(D.slice(0, n)) };
        expect(verify(good)).toBe(true);
        const otherLeaf = H(Buffer.of(0), Buffer.concat([D[m]!, other]));
        expect(verify({ ...good, leaf: otherLeaf }), "wrong leaf").toBe(false);
        if (n > 1) expect(verify({ ...good, leaf: good.root }), "root passed as the leaf").toBe(false);
        // Another index (or, below, another size) is refused unless the claim happens to be true:
        // random trees repeat leaves, and then the same leaf and path may truly fit elsewhere.
        const trueAt = (i: number, size: number) => Buffer.from(D[i]!).equals(Buffer.from(D[m]!)) && sameHashes(PATH(i, D.slice(0, size)), good.path);
        if (m + 1 < n) expect(verify({ ...good, m: m + 1 }), "next index").toBe(trueAt(m + 1, n));
        if (m > 0) expect(verify({ ...good, m: m - 1 }), "previous index").toBe(trueAt(m - 1, n));
        // A proof made for one tree size, checked against the (signed) head of another size.
        for (let size = m + 1; size <= D.length; size++) {
          if (size !== n) expect(verify({ ...good, n: size, root: MTH(D.slice(0, size)) }), `head of size ${size}`).toBe(trueAt(m, size));
        }
        expect(verify({ ...good, root: flip(good.root) }), "wrong root").toBe(false);
        expect(verify({ ...good, path: [...good.path, good.root] }), "extended").toBe(false);
        expect(verify({ ...good, path: [good.root, ...good.path] }), "preceded").toBe(false);
        if (good.path.length > 0) {
          expect(verify({ ...good, path: good.path.slice(0, -1) }), "truncated").toBe(false);
          expect(verify({ ...good, path: good.path.slice(1) }), "first sibling removed").toBe(false);
          for (let i = 0; i < good.path.length; i++) {
            const altered = good.path.map((p, j) => (j === i ? flip(p) : p));
            expect(verify({ ...good, path: altered }), `sibling ${i} altered`).toBe(false);
          }
        }
        for (let i = 0; i + 1 < good.path.length; i++) {
          if (good.path[i]!.equals(good.path[i + 1]!)) continue;
          const swapped = [...good.path];
          [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
          expect(verify({ ...good, path: swapped }), `siblings ${i} and ${i + 1} swapped`).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("for hashes of the wrong length", () => {
    const D = [Buffer.from("a"), Buffer.from("b"), Buffer.from("c")];
    const good = { m: 2, n: 3, leaf: H(Buffer.of(0), D[2]!), path: PATH(2, D), root: MTH(D) };
    expect(verify(good)).toBe(true);
    expect(verify({ ...good, path: [good.path[0]!.subarray(0, 31)] })).toBe(false);
    expect(verify({ ...good, leaf: Buffer.concat([good.leaf, Buffer.of(0)]) })).toBe(false);
  });
});

describe("a tampered consistency proof is refused", () => {
  const check = (c: { m: number; n: number; r1: Uint8Array; r2: Uint8Array; path: Uint8Array[] }) =>
    isConsistent({ first: c.m, second: c.n, firstHash: c.r1, secondHash: c.r2, consistencyPath: c.path });

  it("for heads of other sizes, wrong or swapped roots, an empty, truncated, extended, reordered or altered path, or a rewritten old leaf", () => {
    fc.assert(
      fc.property(consistencyCase, fc.uint8Array({ minLength: 1, maxLength: 8 }), ({ D, n, m }, other) => {
        const good = { m, n, r1: MTH(D.slice(0, m)), r2: MTH(D.slice(0, n)), path: PROOF(m, D.slice(0, n)) };
        expect(check(good)).toBe(true);
        // The proof checked against (signed) heads of other sizes.
        for (let size = 1; size < n; size++) {
          const fits = sameHashes(PROOF(size, D.slice(0, n)), good.path);
          if (size !== m) expect(check({ ...good, m: size, r1: MTH(D.slice(0, size)) }), `first head of size ${size}`).toBe(fits);
        }
        for (let size = m + 1; size <= D.length; size++) {
          const fits = sameHashes(PROOF(m, D.slice(0, size)), good.path);
          if (size !== n) expect(check({ ...good, n: size, r2: MTH(D.slice(0, size)) }), `second head of size ${size}`).toBe(fits);
        }
        expect(check({ ...good, r1: flip(good.r1) }), "wrong first root").toBe(false);
        expect(check({ ...good, r2: flip(good.r2) }), "wrong second root").toBe(false);
        expect(check({ ...good, r1: good.r2, r2: good.r1 }), "swapped roots").toBe(false);
        expect(check({ ...good, path: [] }), "empty").toBe(false);
        expect(check({ ...good, path: good.path.slice(0, -1) }), "truncated").toBe(false);
        expect(check({ ...good, path: [...good.path, good.r2] }), "extended").toBe(false);
        expect(check({ ...good, path: [good.path[0]!, ...good.path] }), "first repeated").toBe(false);
        for (let i = 0; i < good.path.length; i++) {
          expect(check({ ...good, path: good.path.map((p, j) => (j === i ? flip(p) : p)) }), `node ${i} altered`).toBe(false);
        }
        for (let i = 0; i + 1 < good.path.length; i++) {
          if (good.path[i]!.equals(good.path[i + 1]!)) continue;
          const swapped = [...good.path];
          [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
          expect(check({ ...good, path: swapped }), `nodes ${i} and ${i + 1} swapped`).toBe(false);
        }
        // The log rewrote one of the first m leaves after the first head was signed: its new tree is not consistent.
        const rewritten = D.map((d, i) => (i === m - 1 ? Buffer.concat([d, other]) : d));
        expect(check({ ...good, r2: MTH(rewritten.slice(0, n)), path: PROOF(m, rewritten.slice(0, n)) }), "rewritten history").toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
