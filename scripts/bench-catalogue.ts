// Latency and database round trips of the public catalogue over a realistic volume, on a scratch
// database (southbridge_bench_catalogue, dropped and rebuilt each run): 20,000 programmes in
// open/active/completed (and ~10% hidden ones) with varied facets, bulk-inserted, then
// catalogue.search with several filter combinations and catalogue.byReference, as a visitor and
// as a signed-in member (whose viewer is loaded first, as on every request).
// Usage: tsx scripts/bench-catalogue.ts [programmes=20000] [runs=30] [--keep]
import { databaseUrl, dropDatabase } from "./lib/database.mjs";
import { writeSection, type BenchRow } from "./lib/bench-results";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const keep = process.argv.includes("--keep");
const total = Number(args[0] ?? 20_000);
const runs = Number(args[1] ?? 30);
const NAME = "southbridge_bench_catalogue";
const url = await databaseUrl(NAME);
await dropDatabase(url);
process.env.DATABASE_URL = url;
process.env.NEXTAUTH_URL ??= "http://localhost:3000";
process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
process.env.DEPLOYMENT_ENV ??= "test";

const { catalogueWorld, freshScratchDatabase, seedCatalogue } = await import("../tests/factories/catalogue");
const { addMembership, createUser } = await import("../tests/factories");
const { loadViewer } = await import("../server/auth/load-viewer");
const { createCaller } = await import("../server/trpc/root");
const { eq } = await import("drizzle-orm");
const { programmes } = await import("../db/schema");

const handle = await freshScratchDatabase(NAME);
const { db, roundTrips } = handle;
const world = await catalogueWorld(db, 60);
const seededMs = await seedCatalogue(db, world, total, { seed: 2026 });
console.log(`seeded ${total} programmes (bulk, 1,000 rows per INSERT) in ${(seededMs / 1000).toFixed(1)} s`);
const member = await createUser(db);
await addMembership(db, { institutionId: world.leadIds[0]!, userId: member.id });
const [open] = await db.select({ reference: programmes.reference }).from(programmes).where(eq(programmes.status, "open")).limit(1);

async function caller(user: typeof member | null) {
  const viewer = user ? await loadViewer(db, user.id, user.sessionVersion) : null;
  return createCaller({ db, viewer, meta: { ip: null, userAgent: "bench", locale: "en" }, defer: () => {} });
}

type Api = Awaited<ReturnType<typeof caller>>;
const search = (input: Parameters<Api["catalogue"]["search"]>[0]) => (api: Api) => api.catalogue.search(input);
const cases: { name: string; run: (api: Api) => Promise<unknown> }[] = [
  { name: "search: no filter", run: search({}) },
  { name: "search: page 2", run: search({ page: 2 }) },
  { name: "search: page 50", run: search({ page: 50 }) },
  { name: "search: q (full text)", run: search({ q: "malaria" }) },
  { name: "search: q (two words, prefix)", run: search({ q: "cassava irrig" }) },
  { name: "search: q (short word → LIKE)", run: search({ q: "AI flood" }) },
  { name: "search: q (Chinese → LIKE)", run: search({ q: "农业" }) },
  { name: "search: region Africa", run: search({ region: "Africa" }) },
  { name: "search: sub-region Sub-Saharan Africa", run: search({ region: "Sub-Saharan Africa" }) },
  { name: "search: country KE", run: search({ country: "KE" }) },
  { name: "search: sector agriculture", run: search({ sector: "agriculture" }) },
  { name: "search: flagship", run: search({ flagship: true }) },
  { name: "search: status open", run: search({ status: "open" }) },
  { name: "search: language sw", run: search({ language: "sw" }) },
  { name: "search: open flagship agri in SSA", run: search({ status: "open", flagship: true, sector: "agriculture", region: "Sub-Saharan Africa" }) },
  { name: "search: every filter, page 2", run: search({ q: "programme", region: "Asia", country: "CN", sector: "health", status: "active", language: "en", page: 2 }) },
  { name: "byReference", run: (api) => api.catalogue.byReference({ reference: open!.reference }) },
];

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const rows: BenchRow[] = [];
console.log(`\n${"case".padEnd(40)} ${"who".padEnd(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"round trips".padStart(12)}`);
for (const c of cases) {
  for (const [who, user] of [["visitor", null], ["member", member]] as const) {
    const times: number[] = [];
    let trips = 0;
    await c.run(await caller(user)); // warm-up
    for (let i = 0; i < runs; i++) {
      const before = roundTrips.sequential;
      const t0 = performance.now();
      await c.run(await caller(user));
      times.push(performance.now() - t0);
      trips = roundTrips.sequential - before;
    }
    console.log(`${c.name.padEnd(40)} ${who.padEnd(8)} ${pct(times, 50).toFixed(1).padStart(8)} ${pct(times, 95).toFixed(1).padStart(8)} ${String(trips).padStart(12)}`);
    rows.push({ measure: `catalogue.${c.name} (${who})`, value: `p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, ${trips} round trips`, goal: "≤ 3 round trips", met: trips <= 3 });
  }
}
// EXPLAIN of the first page of ids: as it was (status IN (…)) and as it is (the stored is_public column).
const { sql } = await import("drizzle-orm");
const { catalogueIdsQuery } = await import("../server/catalogue/search-catalogue");
const { catalogueFilters } = await import("../server/catalogue/schemas");
const plan = async (query: ReturnType<typeof sql>) => {
  const result: unknown = await db.execute(sql`explain ${query}`);
  const planRows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : []) as { table: string; type: string; key: string | null; rows: number; Extra: string | null }[];
  return planRows.map((r) => `${r.table}: type=${r.type} key=${r.key ?? "—"} rows=${r.rows} ${r.Extra ?? ""}`.trim()).join("; ");
};
const before = await plan(
  sql`select id from programmes where status in ('open','active','completed') order by is_flagship desc, published_at desc, reference limit 20`,
);
const after = await plan(catalogueIdsQuery({ db }, catalogueFilters.parse({})).getSQL());
const beforeCount = await plan(sql`select count(*) from programmes where status in ('open','active','completed')`);
const afterCount = await plan(sql`select count(*) from programmes where is_public = 1`);
console.log(`\nEXPLAIN before: ${before}\nEXPLAIN after:  ${after}\ncount before: ${beforeCount}\ncount after:  ${afterCount}`);
writeSection("catalogue", `Catalogue procedures at ${total.toLocaleString("en")} programmes (in-process, ${runs} runs each)`, rows, [
  `EXPLAIN, page of ids, before (status IN): ${before}`,
  `EXPLAIN, page of ids, after (is_public, programmes_public_idx): ${after}`,
  `EXPLAIN, total, before: ${beforeCount}`,
  `EXPLAIN, total, after: ${afterCount}`,
]);
console.log("\nround trips: sequential database waves per request, the viewer's read included (budget: 3). Times include loading the viewer.");
await handle.close();
if (!keep) await dropDatabase(url);
else console.log(`kept database ${NAME}`);
