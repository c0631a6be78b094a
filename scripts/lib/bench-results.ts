// The benches' shared results: each bench writes its section (rows of one table) to
// bench/.parts/<section>.json; scripts/bench-all.ts (npm run bench) prints every section as one
// table and writes bench/RESULTS.md. A row is a measure, its value, the goal and whether it is met.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PARTS_DIR = path.join(ROOT, "bench", ".parts");

export type BenchRow = { measure: string; value: string; goal?: string; met?: boolean };
export type BenchSection = { section: string; title: string; rows: BenchRow[]; notes?: string[]; at: string };

export function writeSection(section: string, title: string, rows: BenchRow[], notes: string[] = []): void {
  mkdirSync(PARTS_DIR, { recursive: true });
  const part: BenchSection = { section, title, rows, notes, at: new Date().toISOString() };
  writeFileSync(path.join(PARTS_DIR, `${section}.json`), `${JSON.stringify(part, null, 2)}\n`);
}

export function readSection(section: string): BenchSection | undefined {
  const file = path.join(PARTS_DIR, `${section}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as BenchSection) : undefined;
}

export const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
