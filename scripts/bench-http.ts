// From outside, like a crowd and a slow link would see it: the production server (scripts/serve.mjs)
// on a scratch database (southbridge_bench_http, or $BENCH_HTTP_DATABASE: the demo data plus 20,000 catalogue programmes),
// side by side with scripts/raw-catalogue-server.ts (node:http + mysql2 serving the same rows).
//   - throughput (autocannon, 10 connections): the catalogue page, catalogue.search over tRPC and
//     /api/health, each as a ratio of the raw server's throughput on the same rows;
//   - page weight (Chromium's network log, compressed bytes) of every public page in en and ar.
// Builds first when there is no build (.next/BUILD_ID). Writes bench/.parts/{http,weight}.json.
// Usage: tsx scripts/bench-http.ts [programmes=20000] [seconds=10]
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { brotliCompressSync, constants as zlibConstants } from "node:zlib";
import { createRequire } from "node:module";
import path from "node:path";
import { databaseUrl, dropDatabase } from "./lib/database.mjs";
import { ROOT, writeSection, type BenchRow } from "./lib/bench-results";
import { startRawServer } from "./raw-catalogue-server";
import type { Request } from "@playwright/test";

const PROGRAMMES = Number(process.argv[2] ?? 20_000);
const SECONDS = Number(process.argv[3] ?? 10);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3214);
const RAW_PORT = Number(process.env.BENCH_RAW_PORT ?? 3215);
const APP = `http://localhost:${APP_PORT}`;
const RAW = `http://127.0.0.1:${RAW_PORT}`;
const found = await databaseUrl(process.env.BENCH_HTTP_DATABASE ?? "southbridge_bench_http");
if (!found) throw new Error("no MySQL/MariaDB server found for the bench database");
const url: string = found;
const env = {
  ...process.env,
  DATABASE_URL: url,
  NEXTAUTH_URL: APP,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-00",
  DEPLOYMENT_ENV: "test",
  NEXT_TELEMETRY_DISABLED: "1",
};
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

// The database: migrations, reference data and demo data (scripts/seed.ts), then the volume.
await dropDatabase(url);
await run(bin("tsx"), ["scripts/migrate.ts"]);
await run(bin("tsx"), ["scripts/seed.ts"]);
process.env.DATABASE_URL = url;
const { configFromEnv, createDb } = await import("../db/client");
const { catalogueWorld, seedCatalogue } = await import("../tests/factories/catalogue");
const handle = createDb(configFromEnv());
const seededMs = await seedCatalogue(handle.db, await catalogueWorld(handle.db, 60), PROGRAMMES, { seed: 2026, prefix: "BEN" });
console.log(`seeded ${PROGRAMMES} catalogue programmes in ${(seededMs / 1000).toFixed(1)} s`);
await handle.close();

if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) await run(bin("next"), ["build"]);

const app: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(APP_PORT)], { cwd: ROOT, env, stdio: "ignore", detached: true });
const raw = await startRawServer(url, RAW_PORT);
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${APP}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 120) throw new Error("scripts/serve.mjs did not answer /api/health in 60 s");
    await new Promise((r) => setTimeout(r, 500));
  }

  // ── Throughput ──────────────────────────────────────────────────────────────
  type Result = { requests: { average: number }; latency: { p50: number; p97_5: number }; non2xx: number; errors: number };
  const autocannon = createRequire(import.meta.url)("autocannon") as (opts: object) => Promise<Result>;
  const measure = async (name: string, target: string, headers: Record<string, string> = {}) => {
    await fetch(target, { headers }); // warm: compile caches, connection pool
    const result = await autocannon({ url: target, connections: 10, duration: SECONDS, headers });
    console.log(`${name.padEnd(34)} ${result.requests.average.toFixed(1).padStart(8)} req/s  p50 ${result.latency.p50} ms  p97.5 ${result.latency.p97_5} ms  non-2xx ${result.non2xx}`);
    return result;
  };
  const search = encodeURIComponent(JSON.stringify({}));
  const rawPage = await measure("raw: catalogue rows (JSON)", `${RAW}/programmes`);
  const page = await measure("app: /en/programmes (HTML)", `${APP}/en/programmes`);
  // The same page rendered every time: what a reader with any cookie but the language one gets,
  // and every reader on Vercel (no page cache there: scripts/lib/visitor-page-cache.mjs).
  const rendered = await measure("app: /en/programmes, rendered", `${APP}/en/programmes`, { cookie: "bench=rendered" });
  // As a browser asks: compressed with Brotli for every answer (a fresh nonce each time).
  const brotli = await measure("app: /en/programmes, Brotli", `${APP}/en/programmes`, { "accept-encoding": "gzip, deflate, br" });
  const trpc = await measure("app: catalogue.search (tRPC)", `${APP}/api/trpc/catalogue.search?input=${search}`);
  const rawHealth = await measure("raw: /health", `${RAW}/health`);
  const health = await measure("app: /api/health", `${APP}/api/health`);
  const ratio = (a: Result, b: Result) => a.requests.average / b.requests.average;
  const rows: BenchRow[] = [
    { measure: "raw node:http + mysql2, catalogue rows", value: `${rawPage.requests.average.toFixed(0)} req/s (p50 ${rawPage.latency.p50} ms)` },
    { measure: "catalogue page /en/programmes vs raw", value: `${ratio(page, rawPage).toFixed(3)}× (${page.requests.average.toFixed(0)} req/s, p50 ${page.latency.p50} ms)`, goal: "≥ 0.5×", met: ratio(page, rawPage) >= 0.5 },
    { measure: "catalogue page, compressed with Brotli as a browser asks (the raw server does not compress)", value: `${ratio(brotli, rawPage).toFixed(3)}× (${brotli.requests.average.toFixed(0)} req/s, p50 ${brotli.latency.p50} ms)` },
    { measure: "catalogue page rendered every time (a reader with a cookie; Vercel, which has no page cache)", value: `${ratio(rendered, rawPage).toFixed(3)}× (${rendered.requests.average.toFixed(0)} req/s, p50 ${rendered.latency.p50} ms)` },
    { measure: "catalogue.search over tRPC vs raw", value: `${ratio(trpc, rawPage).toFixed(3)}× (${trpc.requests.average.toFixed(0)} req/s, p50 ${trpc.latency.p50} ms)`, goal: "≥ 0.8×", met: ratio(trpc, rawPage) >= 0.8 },
    { measure: "/api/health vs raw /health", value: `${ratio(health, rawHealth).toFixed(3)}× (${health.requests.average.toFixed(0)} req/s)` },
  ];
  writeSection("http", `Throughput at ${PROGRAMMES.toLocaleString("en")} programmes (autocannon, 10 connections, ${SECONDS} s each)`, rows, [
    "Ratios are taken side by side in one run on the same machine and database; absolute numbers on a shared machine are noisy.",
    "The catalogue page's first row is a visitor's view served by the production server's page cache (scripts/lib/visitor-page-cache.mjs), uncompressed like the raw server's JSON; the next two rows say what Brotli costs and what a render costs.",
  ]);

  // ── Page weight ─────────────────────────────────────────────────────────────
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const weightRows: BenchRow[] = [];
  const ratios: number[] = [];
  /** Brotli bytes the inline payload adds to each document (quality 6, as scripts/serve.mjs compresses pages). */
  const payloadWire: { extra: number; share: number }[] = [];
  const brotli6 = (text: string) => brotliCompressSync(Buffer.from(text), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 6 } }).length;
  try {
    const context = await browser.newContext({ baseURL: APP });
    const tab = await context.newPage();
    const firstLink = async (list: string, pattern: RegExp) => {
      await tab.goto(list);
      const hrefs = await tab.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      return hrefs.find((h) => pattern.test(h));
    };
    for (const locale of ["en", "ar"]) {
      const paths = ["", "/programmes", "/institutions", "/transparency", "/help", "/contact", "/privacy", "/accessibility"].map((p) => `/${locale}${p}`);
      for (const list of ["programmes", "institutions", "transparency"]) {
        // A programme, an institution or a report — not a feed of the list (deadlines.ics, feed.atom).
        const detail = await firstLink(`/${locale}/${list}`, new RegExp(`^/${locale}/${list}/[^/?.]+$`));
        if (detail) paths.push(detail);
      }
      for (const p of paths) {
        // A first visit: a fresh context each time, so nothing comes from the cache.
        const fresh = await browser.newContext({ baseURL: APP });
        const visit = await fresh.newPage();
        const requests: Request[] = [];
        visit.on("requestfinished", (r: Request) => requests.push(r));
        const response = await visit.goto(p, { waitUntil: "networkidle" });
        let bytes = 0;
        for (const r of requests.filter((q) => !q.url().includes("_rsc="))) {
          const s = await r.sizes();
          bytes += s.responseHeadersSize + s.responseBodySize;
        }
        const html = (await response?.text()) ?? "";
        await fresh.close();
        const withoutPayload = html.replace(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g, "");
        const needed = withoutPayload.length;
        const kb = bytes / 1024;
        const ratio = html.length / Math.max(1, needed);
        weightRows.push({ measure: `${p}`, value: `${kb.toFixed(1)} KB (HTML ${ratio.toFixed(2)}× needed)`, goal: "≤ 150 KB", met: kb <= 150 });
        ratios.push(ratio);
        const extra = brotli6(html) - brotli6(withoutPayload);
        payloadWire.push({ extra, share: extra / Math.max(1, bytes) });
      }
    }
  } finally {
    await browser.close();
  }
  const worst = Math.max(...ratios);
  weightRows.push({ measure: `HTML ÷ needed, all ${ratios.length} pages`, value: `${Math.min(...ratios).toFixed(2)}–${worst.toFixed(2)}×`, goal: "≤ 1.3×", met: worst <= 1.3 });
  const range = (values: number[], show: (n: number) => string) => `${show(Math.min(...values))}–${show(Math.max(...values))}`;
  weightRows.push({
    measure: "what the inline payload costs on the wire (Brotli 6): the gap above in bytes",
    value: `${range(payloadWire.map((w) => w.extra / 1024), (n) => n.toFixed(1))} KB a document, ${range(payloadWire.map((w) => w.share * 100), (n) => n.toFixed(1))} % of its page's weight`,
  });
  writeSection("weight", "Page weight (compressed bytes of every request of the page load, Chromium)", weightRows, [
    "HTML × needed: the document's size over its size without the inline React Server Components payload (see tests/e2e/page-weight.e2e.ts).",
    "The gap: the App Router inlines that payload — the page's element tree as JSON, for hydration and client navigation — in every document, and has no switch to leave it out (vercel/next.js#82872). Part of it does not depend on the page at all: on /en/contact the router state, the segment rows, the not-found boundary and the client references are ~4 KB of JSON against ~8 KB of document, so a page of that size stays above 1.5× even if its content cost nothing. Meeting 1.3× means a second renderer for public pages, outside the App Router.",
  ]);
} finally {
  await raw.close();
  if (app.pid) process.kill(-app.pid, "SIGTERM");
}
await dropDatabase(url);
