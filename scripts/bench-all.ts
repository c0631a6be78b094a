// `npm run bench`: every bench in turn, then ONE table of what was measured against the goals of
// issue #14, printed and written to bench/RESULTS.md (with the EXPLAIN plans). Each bench writes
// its own section to bench/.parts/ (scripts/lib/bench-results.ts); a bench that is missing or
// fails leaves its section named as not measured, so a gap is never silent.
//   tsx scripts/bench-all.ts            run every bench, then write the table
//   tsx scripts/bench-all.ts --report   only write the table from the sections already measured
// A bench may instead export `run(): Promise<BenchRow[]>` (the contract of scripts/bench-open-data.ts):
// it is imported and called, and its rows become its section.
import { spawn } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PARTS_DIR, ROOT, readSection, writeSection, type BenchRow } from "./lib/bench-results";

/** Each section: the script that measures it and its arguments (the volumes). */
const BENCHES: { section: string; title: string; script: string; args: string[]; exportsRun?: true }[] = [
  { section: "weight", title: "Page weight", script: "scripts/bench-http.ts", args: ["20000", "10"] },
  { section: "http", title: "Throughput vs a raw node:http + mysql2 server", script: "", args: [] }, // written by bench-http.ts
  { section: "catalogue", title: "Catalogue procedures (p50/p95, round trips)", script: "scripts/bench-catalogue.ts", args: ["20000", "30"] },
  { section: "proposals", title: "Proposals and reviews procedures", script: "scripts/bench.ts", args: ["2000", "30"] },
  // The "report time": a report's figures at 20,000 programmes and 1,000,000 audit entries.
  { section: "reports", title: "Report figures", script: "scripts/bench-reports.ts", args: ["20000", "1000000", "3"] },
  { section: "open-data", title: "Open-data memory (10 concurrent full downloads)", script: "scripts/bench-open-data.ts", args: [], exportsRun: true },
  { section: "cold-start", title: "Cold start", script: "scripts/bench-cold-start.ts", args: [] },
  { section: "matching", title: "Reviewer matching: solver vs greedy (200 reviewers, 1,000 proposals)", script: "scripts/bench-matching.ts", args: [] },
];

function run(script: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), [script, ...args], { cwd: ROOT, stdio: "inherit", env: process.env });
    child.on("exit", (code) => resolve(code === 0));
  });
}

/** A bench that exports run(): imported and called here; its rows are written as its section. */
async function runExported(bench: (typeof BENCHES)[number]): Promise<boolean> {
  try {
    const exported = (await import(pathToFileURL(path.join(ROOT, bench.script)).href)) as { run?: () => Promise<BenchRow[]> };
    if (typeof exported.run !== "function") return run(bench.script, bench.args);
    writeSection(bench.section, bench.title, await exported.run());
    return true;
  } catch (error) {
    console.error(error);
    return false;
  }
}

const failures = new Map<string, string>();
if (!process.argv.includes("--report")) {
  rmSync(PARTS_DIR, { recursive: true, force: true });
  for (const bench of BENCHES) {
    if (!bench.script) continue;
    if (!existsSync(path.join(ROOT, bench.script))) {
      failures.set(bench.section, `not measured: ${bench.script} does not exist yet`);
      continue;
    }
    console.log(`\n━━━ ${bench.title}: tsx ${bench.script} ${bench.args.join(" ")} ━━━`);
    if (!(await (bench.exportsRun ? runExported(bench) : run(bench.script, bench.args)))) failures.set(bench.section, `not measured: ${bench.script} failed (see its output above)`);
  }
}

const sections = BENCHES.map((b) => ({ bench: b, part: readSection(b.section) }));
const lines: string[] = [];
const table = ["| Section | Measure | Value | Goal | Met |", "|---|---|---|---|---|"];
const notes: string[] = [];
for (const { bench, part } of sections) {
  if (!part) {
    const why = failures.get(bench.section) ?? (existsSync(path.join(ROOT, bench.script || "-")) ? "not measured in this run" : `not measured: ${bench.script || "its bench"} does not exist yet`);
    table.push(`| ${bench.title} | — | ${why} | | gap |`);
    continue;
  }
  for (const row of part.rows) table.push(`| ${bench.title} | ${row.measure} | ${row.value} | ${row.goal ?? ""} | ${row.met === undefined ? "" : row.met ? "yes" : "**no**"} |`);
  if (part.notes?.length) notes.push(`**${part.title}** (${part.at})`, ...part.notes.map((n) => `- ${n}`), "");
}
lines.push("# Bench results", "", `Written by \`npm run bench\` (scripts/bench-all.ts) on ${new Date().toISOString()}, Node ${process.version}.`, "Absolute times on a shared machine are noisy; ratios are taken side by side in one run.", "", ...table, "", "## Notes and plans", "", ...notes);
const text = `${lines.join("\n")}\n`;
writeFileSync(path.join(ROOT, "bench", "RESULTS.md"), text);
console.log(`\n${table.join("\n")}\n\nwritten to bench/RESULTS.md`);
