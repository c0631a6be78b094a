// No module of the application imports itself back, even through types (issue #13): a cycle
// makes the order of evaluation depend on who is imported first, and a type-only circle is the
// same knot waiting for its first value import. ESLint's import/no-cycle skips type imports, so
// this test reads every import — `import type` included — with TypeScript's own pre-processor.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const FOLDERS = ["app", "components", "server", "db", "i18n", "scripts"];
const EXTENSIONS = [".ts", ".tsx", ".mts", ".mjs", ".js"];

function sourceFiles(folder: string): string[] {
  const absolute = path.join(ROOT, folder);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute).flatMap((name) => {
    const child = path.join(folder, name);
    if (name === "migrations" || name === "node_modules") return [];
    if (statSync(path.join(ROOT, child)).isDirectory()) return sourceFiles(child);
    return EXTENSIONS.includes(path.extname(name)) && !name.endsWith(".d.ts") ? [child] : [];
  });
}

/** The project file an import names (relative or `@/`), or null for a package. */
function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : null;
  if (base === null) return null;
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`))];
  return candidates.find((candidate) => existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile()) ?? null;
}

/** Every project import of every file, type-only imports and re-exports included. */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(path.join(ROOT, file), "utf8"), true, true);
      return [file, importedFiles.map((i) => resolve(file, i.fileName)).filter((target): target is string => target !== null)];
    }),
  );
}

/** The strongly connected components with more than one module, or a module importing itself (Tarjan). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("import cycles", () => {
  it("finds a circle made only of type imports, and one through a re-export", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["a.ts"]],
      ["c.ts", ["d.ts"]],
      ["d.ts", []],
    ]);
    expect(cycles(graph)).toEqual([["a.ts", "b.ts"]]);
    const { importedFiles } = ts.preProcessFile('import type { A } from "./a";\nexport { B } from "./b";\nimport { type C } from "@/c";', true, true);
    expect(importedFiles.map((i) => i.fileName)).toEqual(["./a", "./b", "@/c"]);
  });

  it("finds no cycle among the application's modules (app, components, server, db, i18n, scripts)", () => {
    const files = FOLDERS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(300);
    expect(cycles(importGraph(files))).toEqual([]);
  });
});
