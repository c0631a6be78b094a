// Bench of the transparency log at scale, on a scratch database (default southbridge_bench_log,
// dropped and rebuilt each run; BENCH_DATABASE names another): N leaves bulk-inserted in SQL
// (INSERT … SELECT from a numbers table, leaf hashes computed by the server), then the public
// reads timed through the real functions — the signed head, an inclusion proof, a consistency
// proof, a page of entries — and an append through runAtomic.
// Usage: tsx scripts/bench-transparency-log.ts [leaves=100000] [runs=5]
import { databaseUrl, dropDatabase } from "./lib/database.mjs";

const LEAVES = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 5);
const CHUNK = 50_000;

const url = await databaseUrl(process.env.BENCH_DATABASE ?? "southbridge_bench_log");
await dropDatabase(url);
process.env.DATABASE_URL = url;

const { eq, sql } = await import("drizzle-orm");
const { configFromEnv, createDb, runAtomic } = await import("../db/client");
const { ensureDatabase, runMigrations } = await import("../db/migrate");
const { appendLeafStep } = await import("../server/transparency-log/append-leaf");
const { auditHeadLeaf, leafHashHex } = await import("../server/transparency-log/leaves.mjs");
const { leafHashes, logSize } = await import("../server/transparency-log/queries");
const { HASH_SIZE } = await import("../server/transparency-log/rfc9162.mjs");
const { MerkleTree } = await import("../server/transparency-log/merkle-tree");
const { readConsistencyProof, readEntries, readInclusionProof, readSignedHead } = await import("../server/transparency-log/read-log");
const { logSigningKeyFrom } = await import("../server/transparency-log/signing-key");

const config = configFromEnv();
await ensureDatabase(config);
const handle = createDb(config);
const { db, roundTrips } = handle;
await runMigrations(handle, config);
const key = logSigningKeyFrom({ DEPLOYMENT_ENV: "development", TRANSPARENCY_LOG_SIGNING_KEY: undefined });

// Leaf i is the audit.head leaf { entryCount: i, headHash: SHA-256 of the text i }, in canonical JSON.
const digits = (n: number) => Math.max(1, Math.ceil(Math.log10(n + 1)));
const numbers = (count: number) => {
  const d = (k: number) => `(select 0 as d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) d${k}`;
  const parts = Array.from({ length: digits(count - 1) }, (_, k) => d(k));
  const value = parts.map((_, k) => `d${k}.d * ${10 ** k}`).join(" + ");
  return `(select ${value} as i from ${parts.join(" cross join ")})`;
};
const started = Date.now();
for (let from = 0; from < LEAVES; from += CHUNK) {
  const size = Math.min(CHUNK, LEAVES - from);
  await db.execute(
    sql.raw(`insert into transparency_log_leaves (leaf_index, leaf_hash, kind, subject, payload, created_at)
      select i, sha2(concat(char(0), p), 256), 'audit.head', 'audit', p, utc_timestamp(3)
      from (select ${from} + n.i as i, concat('{"entryCount":', ${from} + n.i, ',"headHash":"', sha2(${from} + n.i, 256), '","kind":"audit.head"}') as p
            from ${numbers(size)} n where n.i < ${size}) s`),
  );
}
console.log(`Inserted ${LEAVES.toLocaleString("en")} leaves in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const { transparencyLogLeaves } = await import("../db/schema");
const [check] = await db.select().from(transparencyLogLeaves).where(eq(transparencyLogLeaves.leafIndex, LEAVES - 1));
const parsed = JSON.parse(check!.payload) as { entryCount: number; headHash: string };
if (leafHashHex(auditHeadLeaf(parsed)) !== check!.leafHash) throw new Error("the SQL leaf hash differs from the application's: the bench data is wrong");

async function time(label: string, run: () => Promise<unknown>, runs = RUNS, beforeEach?: () => Promise<unknown>) {
  const ms: number[] = [];
  let trips = 0;
  for (let i = 0; i < runs; i++) {
    await beforeEach?.();
    const before = { ...roundTrips };
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
    trips = roundTrips.sequential - before.sequential;
  }
  ms.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(54)} median ${ms[Math.floor(ms.length / 2)]!.toFixed(0).padStart(5)} ms   min ${ms[0]!.toFixed(0).padStart(5)} ms   ${trips} round trip(s)`);
}

const { treeSize } = await logSize(db);
console.log(`Log of ${treeSize.toLocaleString("en")} leaves, ${RUNS} runs each:`);
await time("read all leaf hashes (query only)", () => leafHashes(db, treeSize));
const hashes = await leafHashes(db, treeSize);
await time("build the whole tree in memory (no database)", () => Promise.resolve(new MerkleTree(hashes).root()));
await time("GET /api/open/log/head, first read (builds the tree)", () => readSignedHead(db, key), 1);
await time("GET /api/open/log/head, later reads", () => readSignedHead(db, key));
const middle = Math.floor(treeSize / 2);
await time("GET …/proof/inclusion (middle leaf, full size)", () => readInclusionProof(db, { leafHash: hashes.subarray(middle * HASH_SIZE, (middle + 1) * HASH_SIZE).toString("hex"), treeSize }));
await time("GET …/proof/consistency (from n/2 to n)", () => readConsistencyProof(db, { from: Math.floor(treeSize / 2), to: treeSize }));
await time("GET …/entries (1000 leaves)", () => readEntries(db, { start: treeSize - 1000, end: treeSize - 1 }));
let n = 0;
const appendOne = () => runAtomic(db, [appendLeafStep(auditHeadLeaf({ headHash: "f".repeat(64), entryCount: n++ }))]);
await time("append one leaf (runAtomic, one statement)", appendOne);
await time("GET /api/open/log/head after one more leaf", () => readSignedHead(db, key), RUNS, appendOne);
await handle.close();
