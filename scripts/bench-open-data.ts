// Open data at volume (issue #14): seeds N published programmes (default 20,000) into a scratch
// database, then, in a fresh child process that does nothing else (so its peak RSS is the
// downloads' own), runs 10 concurrent full downloads of each stored dump through the route
// handlers — first cold (no stored build: they build it), then warm (served from the stored chunks) —
// reading every body to the end. Goals: all finish, peak RSS < 400 MB; plus a few page fetches.
//   tsx scripts/bench-open-data.ts [programmes=20000] [--keep]       (BENCH_DB names the scratch DB)
// `run()` returns the table rows for scripts/bench-all.ts; run directly it prints them and writes
// its section of bench/RESULTS.md.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, writeSection, type BenchRow } from "./lib/bench-results";

const NAME = process.env.BENCH_DB ?? "southbridge_bench_open_data";
const CONCURRENT = 10;
const RSS_GOAL_MB = 400;
const TIME_GOAL_S = 60;
/** Each dump's address and name (its handler is server/open-data/dump-http.ts's dumpRoute, as the route files use it). */
const DUMPS = [
  ["/api/open/dumps/programmes.json", "programmes.json"],
  ["/api/open/dumps/programmes.csv", "programmes.csv"],
  ["/api/open/iati-activities.xml", "iati-activities.xml"],
] as const;

type Measure = { phase: string; path: string; seconds: number; bytes: number; ok: number; peakRssMb: number };

/** The child: downloads only. Prints one JSON line of measures. */
async function downloads(): Promise<void> {
  const { dumpRoute } = await import("../server/open-data/dump-http");
  globalThis.gc?.();
  const baseRssMb = process.memoryUsage().rss / 2 ** 20;
  let peak = process.memoryUsage().rss;
  let peakHeap = 0;
  let peakExternal = 0;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peak = Math.max(peak, now.rss);
    peakHeap = Math.max(peakHeap, now.heapTotal);
    peakExternal = Math.max(peakExternal, now.external);
  }, 10);
  const measures: Measure[] = [];
  for (const phase of ["cold", "warm"]) {
    for (const [url, name] of DUMPS) {
      const GET = dumpRoute(name);
      peak = process.memoryUsage().rss;
      const t0 = performance.now();
      const sizes = await Promise.all(
        Array.from({ length: CONCURRENT }, async () => {
          const response = await GET(new Request(`http://localhost${url}`));
          if (response.status !== 200 || !response.body) return -1;
          let bytes = 0;
          const reader = response.body.getReader();
          for (let r = await reader.read(); !r.done; r = await reader.read()) bytes += r.value.byteLength;
          return bytes;
        }),
      );
      measures.push({ phase, path: url, seconds: (performance.now() - t0) / 1000, bytes: Math.max(...sizes), ok: sizes.filter((s) => s > 0).length, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 });
    }
  }
  clearInterval(sampler);
  const mb = (bytes: number) => bytes / 2 ** 20;
  process.stdout.write(`MEASURES ${JSON.stringify({ measures, baseRssMb, maxRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: mb(peakHeap), peakExternalMb: mb(peakExternal) })}\n`);
  process.exit(0);
}

/** One page of programmes.json, for the page-time rows. */
async function pageTimes(): Promise<{ first: number; deep: number; bytes: number }> {
  const { programmesJsonPage: GET } = await import("../server/open-data/programme-pages-http");
  const time = async (url: string) => {
    const t0 = performance.now();
    const response = await GET(new Request(url));
    const text = await response.text();
    return { ms: performance.now() - t0, next: /<([^>]+)>;\s*rel="next"/.exec(response.headers.get("link") ?? "")?.[1], bytes: text.length };
  };
  await time("http://localhost/api/open/programmes.json?limit=10"); // warm-up: the first connection and compilation
  const first = await time("http://localhost/api/open/programmes.json");
  let url = first.next;
  for (let i = 0; i < 20 && url; i++) url = (await time(url)).next; // walk 20 pages deep
  const deep = url ? await time(url) : first;
  return { first: first.ms, deep: deep.ms, bytes: first.bytes };
}

export async function run(total = 20_000, { keep = false } = {}): Promise<BenchRow[]> {
  const { databaseUrl } = await import("./lib/database.mjs");
  const url = await databaseUrl(NAME);
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
  process.env.DEPLOYMENT_ENV ??= "test";
  const { catalogueWorld, dropScratchDatabase, freshScratchDatabase, seedCatalogue } = await import("../tests/factories/catalogue");
  const handle = await freshScratchDatabase(NAME);
  const world = await catalogueWorld(handle.db, 60);
  const seededMs = await seedCatalogue(handle.db, world, total, { seed: 2026 });
  console.log(`seeded ${total} programmes in ${(seededMs / 1000).toFixed(1)} s`);
  const pages = await pageTimes();
  // The page handler read through the process-wide pool (getDb): closed, or `npm run bench`, which
  // calls run() in its own process, would never exit.
  await (await import("../db/client")).getDb().close();

  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), [fileURLToPath(import.meta.url), "--downloads"], { cwd: ROOT, env: process.env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`downloads child exited ${code}`))));
  });
  const line = output.split("\n").find((l) => l.startsWith("MEASURES "));
  if (!line) throw new Error("the downloads child printed no measures");
  const { measures, baseRssMb, maxRssMb, peakHeapMb, peakExternalMb } = JSON.parse(line.slice("MEASURES ".length)) as { measures: Measure[]; baseRssMb: number; maxRssMb: number; peakHeapMb: number; peakExternalMb: number };
  await handle.close();
  if (!keep) await dropScratchDatabase(NAME);

  const rows: BenchRow[] = [];
  for (const m of measures) {
    rows.push({
      measure: `${CONCURRENT} concurrent ${m.path} (${m.phase}${m.phase === "cold" ? ": built by the requests" : ": stored build"}), ${(m.bytes / 2 ** 20).toFixed(1)} MB each`,
      value: `${m.ok}/${CONCURRENT} finished in ${m.seconds.toFixed(1)} s, RSS ${m.peakRssMb.toFixed(0)} MB`,
      goal: `all finish < ${TIME_GOAL_S} s, RSS < ${RSS_GOAL_MB} MB`,
      met: m.ok === CONCURRENT && m.seconds < TIME_GOAL_S && m.peakRssMb < RSS_GOAL_MB,
    });
  }
  rows.push({ measure: "RSS of the download process before any download (modules loaded)", value: `${baseRssMb.toFixed(0)} MB` });
  rows.push({ measure: "largest V8 heap (reserved) / largest memory outside it (Buffers) during the downloads", value: `${peakHeapMb.toFixed(0)} MB / ${peakExternalMb.toFixed(0)} MB` });
  rows.push({ measure: "peak RSS of the download process (whole run, incl. module load)", value: `${maxRssMb.toFixed(0)} MB`, goal: `< ${RSS_GOAL_MB} MB`, met: maxRssMb < RSS_GOAL_MB });
  rows.push({ measure: `programmes.json first page (500 rows, ${(pages.bytes / 1024).toFixed(0)} KB compact)`, value: `${pages.first.toFixed(0)} ms`, goal: "< 500 ms", met: pages.first < 500 });
  rows.push({ measure: "programmes.json page 21 (keyset cursor)", value: `${pages.deep.toFixed(0)} ms`, goal: "< 500 ms", met: pages.deep < 500 });
  return rows;
}

const direct = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (direct && process.argv.includes("--downloads")) {
  await downloads();
} else if (direct) {
  const total = Number(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? 20_000);
  const rows = await run(total, { keep: process.argv.includes("--keep") });
  for (const r of rows) console.log(`${r.met === undefined ? "·" : r.met ? "✓" : "✗"} ${r.measure}: ${r.value}${r.goal ? ` (goal ${r.goal})` : ""}`);
  writeSection("open-data", "Open-data memory (10 concurrent full downloads)", rows, [
    `${total} published programmes; downloads through the route handlers in a separate process; dumps stored in chunks (server/open-data/dumps.ts).`,
    "Before (issue #14): programmes.json 22.7 MB pretty-printed, unpaged, computed per request; 10 concurrent downloads unfinished after 10 s, server at 1.93 GB.",
  ]);
  process.exit(rows.every((r) => r.met !== false) ? 0 : 1);
}
