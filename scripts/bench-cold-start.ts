// `npm run bench` (last step): cold start — the time from starting the production server
// (scripts/serve.mjs, as `npm start` runs it: `next start` plus precompressing the build files) to its first
// successful responses (the health check, which opens the database pool, then the home page
// rendered on the server), on a migrated scratch database (southbridge_bench_cold). Needs a
// build (`npm run build`, or `npm start` once). Usage: tsx scripts/bench-cold-start.ts [runs=3] [port=3190]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { databaseUrl } from "./lib/database.mjs";
import { writeSection } from "./lib/bench-results";
import { ROOT } from "./lib/env.mjs";

const runs = Number(process.argv[2] ?? 3);
const port = Number(process.argv[3] ?? process.env.BENCH_PORT ?? 3190);
if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
  console.log("cold start: skipped (no build in .next: run `npm run build` first)");
  process.exit(0);
}
const url = await databaseUrl(process.env.BENCH_COLD_DATABASE ?? "southbridge_bench_cold");
process.env.DATABASE_URL = url;
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-00";
const { configFromEnv, createDb } = await import("../db/client");
const { ensureDatabase, runMigrations } = await import("../db/migrate");
const config = configFromEnv();
await ensureDatabase(config);
const handle = createDb(config);
await runMigrations(handle, config);
await handle.close();

/** Milliseconds from `start` until `target` answers 2xx (polling every 25 ms). */
async function firstSuccess(target: string, start: number, deadline: number): Promise<number> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(target, { signal: AbortSignal.timeout(10_000), redirect: "manual" });
      await response.arrayBuffer();
      if (response.ok) return Date.now() - start;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${target} did not answer within the deadline`);
}

const results: { health: number; page: number }[] = [];
for (let run = 0; run < runs; run++) {
  const start = Date.now();
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(port)], { cwd: ROOT, env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
  try {
    const health = await firstSuccess(`http://localhost:${port}/api/health`, start, start + 120_000);
    const pageStart = Date.now();
    const page = health + (await firstSuccess(`http://localhost:${port}/en`, pageStart, pageStart + 60_000));
    results.push({ health, page });
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const health = median(results.map((r) => r.health));
const page = median(results.map((r) => r.page));
console.log(`cold start (scripts/serve.mjs → first 2xx), ${runs} runs, median: /api/health ${health} ms, first page /en ${page} ms`);
// Its section of `npm run bench`'s table (scripts/bench-all.ts).
writeSection("cold-start", `Cold start (median of ${runs} runs)`, [
  { measure: "scripts/serve.mjs started → first /api/health 200 (database pool opened, build files precompressed)", value: `${health} ms` },
  { measure: "scripts/serve.mjs started → first page /en rendered", value: `${page} ms` },
]);
