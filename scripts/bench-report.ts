// `run()` for the report-figures bench, for scripts that import benches (scripts/bench-all.ts):
// runs scripts/bench-reports.ts (seeds its scratch database with N programmes and M audit entries,
// times computeFigures) in a process of its own and returns the rows it wrote to its section.
//   tsx scripts/bench-report.ts [programmes=20000] [auditEntries=1000000] [runs=3]
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readSection, ROOT, type BenchRow } from "./lib/bench-results";

export async function run(programmes = 20_000, auditEntries = 1_000_000, runs = 3): Promise<BenchRow[]> {
  const ok = await new Promise<boolean>((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/bench-reports.ts", String(programmes), String(auditEntries), String(runs)], { cwd: ROOT, stdio: "inherit", env: process.env });
    child.on("exit", (code) => resolve(code === 0));
  });
  const section = readSection("reports");
  if (!ok || !section) throw new Error("scripts/bench-reports.ts failed or wrote no section");
  return section.rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [programmes, audit, runs] = process.argv.slice(2).map(Number);
  const rows = await run(programmes || undefined, audit || undefined, runs || undefined);
  for (const r of rows) console.log(`${r.met === undefined ? "·" : r.met ? "✓" : "✗"} ${r.measure}: ${r.value}${r.goal ? ` (goal ${r.goal})` : ""}`);
}
