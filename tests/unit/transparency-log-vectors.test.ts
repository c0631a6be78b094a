// RFC 9162 / RFC 6962 hashing and proofs against published known-answer vectors.
//
// Where the vectors come from (copied as data, hex strings only):
//  - transparency-dev/merkle (the Merkle code of Trillian and Certificate Transparency Go, moved
//    to its own repository), https://github.com/transparency-dev/merkle :
//    rfc6962/rfc6962_test.go @ 78493b07ef9b552e3379abf9e23d4da26fbe797c (leaf / node / empty hashes);
//    testonly/constants.go @ 582a6ad190b6848f1d26f8bf08ddef29955d9db1 (LeafInputs, RootHashes),
//    originally from the C++ tests of google/certificate-transparency (merkle_tree_test.cc);
//    testonly/reference_test.go @ 141d627eab770a7e9a2514f46a8b6338e6d90874 and
//    proof/verify_test.go @ 02194e9afb6c1d95b5381350007963aa70fff472 (inclusion and consistency proofs).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MerkleTree } from "../../server/transparency-log/merkle-tree";
import { emptyRoot, isConsistent, leafHash, nodeHash, verifyConsistency, verifyInclusion } from "../../server/transparency-log/rfc9162.mjs";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const bytes = (h: string) => Buffer.from(h, "hex");

/** testonly.LeafInputs() */
const LEAF_INPUTS = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"].map(bytes);
/** testonly.RootHashes(): the root of the first n inputs, n = 0 … 8. */
const ROOT_HASHES = [
  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];
const N = {
  leaf1: "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
  leaf0: "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  leaf4: "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
  leaf6: "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
  pair0: "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  pair1: "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
  pair2: "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
  pair3: "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
  quad0: "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  quad1: "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
};
const INCLUSION = [
  { index: 0, size: 1, proof: [] },
  { index: 0, size: 2, proof: [N.leaf1] },
  { index: 1, size: 2, proof: [N.leaf0] },
  { index: 2, size: 3, proof: [N.pair0] },
  { index: 1, size: 5, proof: [N.leaf0, N.pair1, N.leaf4] },
  { index: 0, size: 8, proof: [N.leaf1, N.pair1, N.quad1] },
  { index: 5, size: 8, proof: [N.leaf4, N.pair3, N.quad0] },
];
const CONSISTENCY = [
  { first: 1, second: 1, proof: [] },
  { first: 1, second: 8, proof: [N.leaf1, N.pair1, N.quad1] },
  { first: 2, second: 5, proof: [N.pair1, N.leaf4] },
  { first: 6, second: 8, proof: [N.pair2, N.pair3, N.quad0] },
  { first: 6, second: 7, proof: [N.pair2, N.leaf6, N.quad0] },
];

const tree = new MerkleTree(LEAF_INPUTS.map((d) => leafHash(d)));

describe("RFC 9162 hashing", () => {
  it("hashes the empty tree as SHA-256 of nothing, distinct from the hash of an empty leaf", () => {
    expect(hex(emptyRoot())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(leafHash(new Uint8Array()))).toBe("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
  });

  it("prefixes a leaf with 0x00 and an interior node with 0x01 before SHA-256", () => {
    expect(hex(leafHash(Buffer.from("L123456")))).toBe("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
    expect(hex(nodeHash(Buffer.from("N123"), Buffer.from("N456")))).toBe("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb");
    const sha = (...parts: Buffer[]) => createHash("sha256").update(Buffer.concat(parts)).digest("hex");
    expect(hex(leafHash(Buffer.from("x")))).toBe(sha(Buffer.of(0), Buffer.from("x")));
    expect(hex(nodeHash(Buffer.from("a"), Buffer.from("b")))).toBe(sha(Buffer.of(1), Buffer.from("ab")));
  });

  it("gives the reference root hash of every prefix of the reference leaves", () => {
    for (let size = 0; size <= 8; size++) expect(hex(tree.root(size)), `size ${size}`).toBe(ROOT_HASHES[size]);
    expect(hex(new MerkleTree([]).root())).toBe(ROOT_HASHES[0]);
  });
});

describe("RFC 9162 proofs against the reference vectors", () => {
  it.each(INCLUSION)("produces and accepts the reference inclusion proof of leaf $index in a tree of $size", ({ index, size, proof }) => {
    expect(tree.inclusionProof(index, size).map(hex)).toEqual(proof);
    const ok = verifyInclusion({ leafIndex: index, treeSize: size, leafHash: leafHash(LEAF_INPUTS[index]!), inclusionPath: proof.map(bytes), rootHash: bytes(ROOT_HASHES[size]!) });
    expect(ok).toBe(true);
  });

  it.each(CONSISTENCY)("produces and accepts the reference consistency proof from $first to $second leaves", ({ first, second, proof }) => {
    expect(tree.consistencyProof(first, second).map(hex)).toEqual(proof);
    expect(isConsistent({ first, second, firstHash: bytes(ROOT_HASHES[first]!), secondHash: bytes(ROOT_HASHES[second]!), consistencyPath: proof.map(bytes) })).toBe(true);
  });

  it("refuses the trivial and backwards cases the RFC's consistency algorithm does not cover", () => {
    const root = (n: number) => bytes(ROOT_HASHES[n]!);
    expect(verifyConsistency({ first: 1, second: 1, firstHash: root(1), secondHash: root(1), consistencyPath: [] })).toBe(false);
    expect(isConsistent({ first: 2, second: 1, firstHash: root(2), secondHash: root(1), consistencyPath: [] })).toBe(false);
    expect(isConsistent({ first: 1, second: 2, firstHash: root(1), secondHash: root(2), consistencyPath: [] })).toBe(false);
    expect(isConsistent({ first: 1, second: 1, firstHash: root(1), secondHash: root(2), consistencyPath: [] })).toBe(false);
    expect(isConsistent({ first: 0, second: 5, firstHash: root(0), secondHash: root(5), consistencyPath: [] })).toBe(true);
    expect(isConsistent({ first: 0, second: 5, firstHash: root(1), secondHash: root(5), consistencyPath: [] })).toBe(false);
    expect(isConsistent({ first: 1, second: 1, firstHash: root(1), secondHash: root(1), consistencyPath: [root(0)] })).toBe(false);
  });

  it("accepts a one-leaf tree whose root is the leaf hash with an empty proof, and nothing else", () => {
    const hash = leafHash(Buffer.from("data"));
    expect(verifyInclusion({ leafIndex: 0, treeSize: 1, leafHash: hash, inclusionPath: [], rootHash: hash })).toBe(true);
    expect(verifyInclusion({ leafIndex: 0, treeSize: 1, leafHash: hash, inclusionPath: [], rootHash: emptyRoot() })).toBe(false);
    expect(verifyInclusion({ leafIndex: 0, treeSize: 0, leafHash: hash, inclusionPath: [], rootHash: hash })).toBe(false);
    expect(verifyInclusion({ leafIndex: 1, treeSize: 1, leafHash: hash, inclusionPath: [], rootHash: hash })).toBe(false);
    expect(verifyInclusion({ leafIndex: 0, treeSize: 1, leafHash: new Uint8Array(31), inclusionPath: [], rootHash: hash })).toBe(false);
  });
});
