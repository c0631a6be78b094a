// The public log endpoints through their real route handlers and the real database: a signed head
// that verifies with the published key, inclusion and consistency proofs that verify against it,
// bounded entries, and a clear 400/404 for every bad parameter.
import { randomBytes } from "node:crypto";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transparencyLogLeaves } from "../../db/schema";
import { auditHeadLeaf, leafHashHex, leafText, reportPublishedLeaf, type Leaf } from "../../server/transparency-log/leaves.mjs";
import { MerkleTree } from "../../server/transparency-log/merkle-tree";
import { leafHashes, logSize } from "../../server/transparency-log/queries";
import { hashFromHex, hashToHex, isConsistent, leafHash, verifyInclusion } from "../../server/transparency-log/rfc9162.mjs";
import { DEVELOPMENT_KEY_ID, jwkThumbprint, verifyTreeHead, type LogPublicJwk, type SignedTreeHead } from "../../server/transparency-log/tree-head.mjs";
import { readConsistencyProof, readEntries, readInclusionProof, readSignedHead } from "../../server/transparency-log/read-log";
import { logSigningKey } from "../../server/transparency-log/signing-key";
import { openTestDb } from "./support/db";
import { appendLeaves, getLog } from "./support/transparency-log";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

type InclusionProof = { leafHash: string; leafIndex: number; treeSize: number; inclusionPath: string[] };
type ConsistencyProof = { from: number; to: number; consistencyPath: string[] };
type Entries = { start: number; end: number; treeSize: number; entries: { index: number; leafHash: string; leaf: string; payload: unknown; appendedAt: string }[] };
type ErrorBody = { error: string; parameter: string | null; message: string };

const head = async () => (await getLog<SignedTreeHead>("/api/open/log/head")).body;
const publishedKey = async () => (await getLog<LogPublicJwk>("/.well-known/southbridge-log-key")).body;
const randomLeaf = (): Leaf => auditHeadLeaf({ headHash: randomBytes(32).toString("hex"), entryCount: 3 });
const mine: Leaf[] = [randomLeaf(), reportPublishedLeaf({ reportSlug: "2026-q1", figuresSha256: randomBytes(32).toString("hex"), publishedAt: new Date() }), randomLeaf()];
let before: SignedTreeHead;

beforeAll(async () => {
  before = await head();
  await appendLeaves(db, mine);
});

describe("the public key and the signed tree head", () => {
  it("publishes the Ed25519 public key as a JWK whose kid is its thumbprint (in tests, the public development key)", async () => {
    const { status, headers, body } = await getLog<LogPublicJwk & Record<string, unknown>>("/.well-known/southbridge-log-key");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/jwk+json");
    expect(headers.get("cache-control")).toMatch(/^public/);
    expect(body).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" });
    expect(body.d).toBeUndefined();
    expect(body.kid).toBe(jwkThumbprint(body));
    expect(body.kid).toBe(DEVELOPMENT_KEY_ID);
  });

  it("serves the current head — size, root over every leaf, time of the newest leaf — signed by that key", async () => {
    const { status, headers, body } = await getLog<SignedTreeHead>("/api/open/log/head");
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("public, max-age=10");
    expect(headers.get("access-control-allow-origin")).toBe("*");
    const size = await logSize(db);
    expect(body.treeSize).toBe(size.treeSize);
    expect(body.treeSize).toBeGreaterThanOrEqual(before.treeSize + mine.length);
    expect(body.timestamp).toBe(size.timestamp);
    expect(body.rootHash).toBe(hashToHex(new MerkleTree(await leafHashes(db, size.treeSize)).root()));
    expect(verifyTreeHead(body, await publishedKey())).toBe(true);
    expect(verifyTreeHead({ ...body, treeSize: body.treeSize + 1 }, await publishedKey())).toBe(false);
    expect(verifyTreeHead({ ...body, timestamp: body.timestamp + 1 }, await publishedKey())).toBe(false);
  });

  it("signs the same head identically on every read, and reading writes nothing", async () => {
    const rows = async () => (await db.select({ n: count() }).from(transparencyLogLeaves))[0]!.n;
    const n = await rows();
    expect(await head()).toEqual(await head());
    expect(await rows()).toBe(n);
  });
});

describe("database round trips", () => {
  it("each read waits on the database at most twice, whatever the log's size", async () => {
    const { treeSize } = await logSize(db);
    const trips = async (read: () => Promise<unknown>) => {
      const before = handle.roundTrips.sequential;
      await read();
      return handle.roundTrips.sequential - before;
    };
    expect(await trips(() => readSignedHead(db, logSigningKey()))).toBe(2);
    expect(await trips(() => readInclusionProof(db, { leafHash: leafHashHex(mine[0]!), treeSize }))).toBe(1);
    expect(await trips(() => readConsistencyProof(db, { from: 1, to: treeSize }))).toBe(1);
    expect(await trips(() => readEntries(db, { start: 0, end: 999 }))).toBe(1);
  });
});

describe("inclusion proofs", () => {
  it("proves each appended leaf against the current signed head, and against the head of the size when it was appended", async () => {
    const current = await head();
    for (const [offset, leaf] of mine.entries()) {
      const hash = leafHashHex(leaf);
      const { status, headers, body } = await getLog<InclusionProof>(`/api/open/log/proof/inclusion?leaf=${hash}&size=${current.treeSize}`);
      expect(status).toBe(200);
      expect(headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(body).toMatchObject({ leafHash: hash, leafIndex: before.treeSize + offset, treeSize: current.treeSize });
      const proof = { leafIndex: body.leafIndex, leafHash: leafHash(Buffer.from(leafText(leaf))), inclusionPath: body.inclusionPath.map(hashFromHex) };
      expect(verifyInclusion({ ...proof, treeSize: current.treeSize, rootHash: hashFromHex(current.rootHash) })).toBe(true);

      const thenSize = body.leafIndex + 1;
      const then = await getLog<InclusionProof>(`/api/open/log/proof/inclusion?leaf=${hash.toUpperCase()}&size=${thenSize}`);
      const thenRoot = new MerkleTree(await leafHashes(db, thenSize)).root();
      expect(verifyInclusion({ ...proof, treeSize: thenSize, inclusionPath: then.body.inclusionPath.map(hashFromHex), rootHash: thenRoot })).toBe(true);
    }
  });

  it("answers 404 for a leaf that is not in the tree of that size, even when it is in a larger one", async () => {
    const last = leafHashHex(mine.at(-1)!);
    const index = before.treeSize + mine.length - 1;
    const { status, body } = await getLog<ErrorBody>(`/api/open/log/proof/inclusion?leaf=${last}&size=${index}`);
    expect(status).toBe(404);
    expect(body.error).toBe("not_found");
    expect((await getLog(`/api/open/log/proof/inclusion?leaf=${"ab".repeat(32)}&size=${index}`)).status).toBe(404);
  });

  it.each([
    ["no parameter at all", "", "leaf"],
    ["a leaf that is not hexadecimal", `leaf=${"zz".repeat(32)}&size=1`, "leaf"],
    ["a leaf of 63 digits", `leaf=${"a".repeat(63)}&size=1`, "leaf"],
    ["no size", `leaf=${"a".repeat(64)}`, "size"],
    ["size 0", `leaf=${"a".repeat(64)}&size=0`, "size"],
    ["a negative size", `leaf=${"a".repeat(64)}&size=-1`, "size"],
    ["a size in exponent notation", `leaf=${"a".repeat(64)}&size=1e3`, "size"],
    ["a size beyond 2^53", `leaf=${"a".repeat(64)}&size=99999999999999999`, "size"],
    ["a size larger than the log", `leaf=${"a".repeat(64)}&size=9007199254740991`, "size"],
    ["the leaf given twice", `leaf=${"a".repeat(64)}&leaf=${"b".repeat(64)}&size=1`, "leaf"],
  ])("refuses %s with 400 naming the parameter", async (_, query, parameter) => {
    const { status, headers, body } = await getLog<ErrorBody>(`/api/open/log/proof/inclusion?${query}`);
    expect(status).toBe(400);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(body).toMatchObject({ error: "bad_request", parameter });
    expect(body.message).toMatch(new RegExp(`^${parameter} `));
  });
});

describe("consistency proofs", () => {
  it("proves that the current head extends the head signed before the appends", async () => {
    const current = await head();
    const { status, body } = await getLog<ConsistencyProof>(`/api/open/log/proof/consistency?from=${before.treeSize}&to=${current.treeSize}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: before.treeSize, to: current.treeSize });
    const input = { first: before.treeSize, second: current.treeSize, firstHash: hashFromHex(before.rootHash), secondHash: hashFromHex(current.rootHash), consistencyPath: body.consistencyPath.map(hashFromHex) };
    expect(isConsistent(input)).toBe(true);
    expect(isConsistent({ ...input, firstHash: hashFromHex(current.rootHash) })).toBe(false);
  });

  it("answers an empty proof from size 0 and between equal sizes", async () => {
    const current = await head();
    expect((await getLog<ConsistencyProof>(`/api/open/log/proof/consistency?from=0&to=${current.treeSize}`)).body.consistencyPath).toEqual([]);
    expect((await getLog<ConsistencyProof>(`/api/open/log/proof/consistency?from=${current.treeSize}&to=${current.treeSize}`)).body.consistencyPath).toEqual([]);
  });

  it.each([
    ["from larger than to", "from=3&to=2", "from"],
    ["no to", "from=1", "to"],
    ["to 0", "from=0&to=0", "to"],
    ["a to larger than the log", "from=1&to=9007199254740991", "to"],
    ["a from with letters", "from=1a&to=2", "from"],
  ])("refuses %s with 400 naming the parameter", async (_, query, parameter) => {
    const { status, body } = await getLog<ErrorBody>(`/api/open/log/proof/consistency?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: "bad_request", parameter });
  });
});

describe("entries", () => {
  it("returns the leaves of a range with the exact text whose RFC 9162 hash is their leaf hash", async () => {
    const start = before.treeSize;
    const { status, headers, body } = await getLog<Entries>(`/api/open/log/entries?start=${start}&end=${start + mine.length - 1}`);
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(body.entries.map((e) => e.index)).toEqual(mine.map((_, i) => start + i));
    expect(body.entries.map((e) => e.leaf)).toEqual(mine.map(leafText));
    expect(body.entries.map((e) => e.payload)).toEqual(mine);
    for (const entry of body.entries) expect(hashToHex(leafHash(Buffer.from(entry.leaf, "utf8")))).toBe(entry.leafHash);
  });

  it("returns at most 1000 leaves per call, and a range cut at the end of the log is not cached for long", async () => {
    if ((await logSize(db)).treeSize < 1001) await Promise.all(Array.from({ length: 4 }, () => appendLeaves(db, Array.from({ length: 260 }, randomLeaf))));
    const { treeSize } = await logSize(db);
    const capped = await getLog<Entries>(`/api/open/log/entries?start=0&end=${treeSize + 5000}`);
    expect(capped.body.entries).toHaveLength(1000);
    expect(capped.body).toMatchObject({ start: 0, end: 999, treeSize });
    const tail = await getLog<Entries>(`/api/open/log/entries?start=${treeSize - 2}&end=${treeSize + 10}`);
    expect(tail.body.entries.map((e) => e.index)).toEqual([treeSize - 2, treeSize - 1]);
    expect(tail.headers.get("cache-control")).toBe("public, max-age=10");
  });

  it.each([
    ["start after end", "start=5&end=4", "start"],
    ["no end", "start=0", "end"],
    ["a start beyond the log", "start=9007199254740990&end=9007199254740991", "start"],
    ["an end with a decimal point", "start=0&end=1.5", "end"],
  ])("refuses %s with 400 naming the parameter", async (_, query, parameter) => {
    const { status, body } = await getLog<ErrorBody>(`/api/open/log/entries?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: "bad_request", parameter });
  });
});
