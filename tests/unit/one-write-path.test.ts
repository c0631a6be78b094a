// One write path (issue #13): every change the application makes goes through the kernel's
// commit() (server/workflow/commit.ts), which alone opens transactions (through db/client.ts's
// runAtomic). Any other `.transaction(` or `runAtomic(` caller in server/, scripts/ or app/ is a
// second write path — a change that could skip its audit event, its chain link or its notices.
// And no `viewer!`: assertCan narrows the viewer, so asserting it non-null hides a missing check.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const EXTENSIONS = new Set([".ts", ".tsx", ".mts", ".mjs", ".js"]);

/** The only callers allowed, each with the reason it is not a use case's write. */
const ALLOWED: Record<string, string> = {
  "db/client.ts": "defines runAtomic (the driver's transaction)",
  "server/workflow/commit.ts": "THE write path",
  // The scheduled anchor of the audit head in the public log: it may not write an audit entry (the
  // entry would move the very head it anchors), so it cannot be a commit(); it only appends a leaf.
  "server/transparency-log/append-audit-head.ts": "anchors the audit head; an audit entry would move it",
  // Fixtures, not use cases: the demo seed loads its rows (with their audit rows) in one transaction, re-runnable.
  "scripts/seed/demo.ts": "demo fixtures loaded in one transaction",
  // Measures runAtomic itself (one appended leaf per write); writes to a throwaway database.
  "scripts/bench-transparency-log.ts": "benchmark of runAtomic",
};

function sourceFiles(folder: string): string[] {
  const absolute = path.join(ROOT, folder);
  return readdirSync(absolute).flatMap((name) => {
    const child = path.join(folder, name);
    if (name === "node_modules" || name === "migrations") return [];
    if (statSync(path.join(ROOT, child)).isDirectory()) return sourceFiles(child);
    return EXTENSIONS.has(path.extname(name)) && !name.endsWith(".d.ts") ? [child] : [];
  });
}

/** The code without its comments (a comment may name runAtomic; only a call counts). */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

/** Whether the code calls a transaction or runAtomic (a definition `function runAtomic(` is not a call). */
function callsTransaction(text: string): boolean {
  const code = withoutComments(text);
  return /\.transaction\s*\(/.test(code) || /(?<!function\s)\brunAtomic\s*\(/.test(code);
}

const FILES = ["server", "scripts", "app", "components"].flatMap(sourceFiles);

describe("one write path", () => {
  it("finds a caller when there is one, and not in a comment or a definition", () => {
    expect(callsTransaction("await db.transaction(async (tx) => {})")).toBe(true);
    expect(callsTransaction("await runAtomic(db, steps)")).toBe(true);
    expect(callsTransaction("// runAtomic(db, steps) is the driver's\nconst x = 1;")).toBe(false);
    expect(callsTransaction("export async function runAtomic(db, steps) {}")).toBe(false);
  });

  it("scans the whole application", () => {
    expect(FILES.length).toBeGreaterThan(300);
    expect(FILES).toContain("server/workflow/commit.ts");
  });

  it("has no caller of .transaction( or runAtomic( outside the kernel's commit() and the allow-list", () => {
    const callers = FILES.filter((file) => callsTransaction(readFileSync(path.join(ROOT, file), "utf8")));
    expect(callers.filter((file) => !(file in ALLOWED))).toEqual([]);
    // The allow-list holds no stale entry: each still calls (else it should be removed).
    expect(Object.keys(ALLOWED).filter((file) => file.startsWith("db/") || callers.includes(file)).sort()).toEqual(Object.keys(ALLOWED).sort());
  });
});

describe("no viewer!", () => {
  it("asserts no viewer non-null anywhere (assertCan narrows it)", () => {
    const offenders = FILES.filter((file) => /\bviewer!/.test(withoutComments(readFileSync(path.join(ROOT, file), "utf8"))));
    expect(offenders).toEqual([]);
  });
});
