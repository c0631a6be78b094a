// Stateless (issue #12): a server instance may die or be one of many at any moment, so no
// module of server/ or app/ keeps state between requests in process memory — no counters, no
// caches that matter for correctness. This test reads every module's top level and fails on:
//  - a module-level `let` or `var`;
//  - a module-level collection made empty to be filled (`new Map()`, `new Set()`,
//    `new WeakMap()`, `new WeakSet()`, `new Array()`, `[]`, `{}`) …
//  - … or any module-level constant the module then mutates (`.push(`, `.set(`, `.add(`,
//    `.delete(`, `.clear(`, `.splice(`, `x[k] =`).
// A cache of IMMUTABLE data (a process-wide handle, reference data rebuilt per process, the
// parsed configuration) is allowed when the line above it (or the line itself) says so:
//     // stateless-ok: immutable reference data, rebuilt per process
// with the reason. Losing it must never change an answer, only its speed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const FOLDERS = ["server", "app"];
const MARKER = /\/\/\s*stateless-ok:\s*\S/;

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder)).flatMap((name) => {
    const relative = `${folder}/${name}`;
    if (statSync(path.join(ROOT, relative)).isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx|mts|mjs|js)$/.test(name) && !name.endsWith(".d.ts") ? [relative] : [];
  });
}

const EMPTY_COLLECTION = /^new (Map|Set|WeakMap|WeakSet|Array)(<[^]*>)?\(\s*\)$|^\[\s*\]$|^\{\s*\}$/;

/** The module-level state of one file, as "file:line: what", except lines marked stateless-ok. */
function moduleState(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const lines = text.split("\n");
  const marked = (line: number) => MARKER.test(lines[line] ?? "") || MARKER.test(lines[line - 1] ?? "");
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const line = source.getLineAndCharacterOfPosition(statement.getStart()).line;
    if (marked(line)) continue;
    const flags = statement.declarationList.flags;
    const mutable = !(flags & ts.NodeFlags.Const);
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText(source);
      if (mutable) {
        found.push(`${file}:${line + 1}: module-level \`${flags & ts.NodeFlags.Let ? "let" : "var"} ${name}\``);
        continue;
      }
      let init = declaration.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init))) init = init.expression;
      const initText = init?.getText(source) ?? "";
      if (EMPTY_COLLECTION.test(initText)) {
        found.push(`${file}:${line + 1}: module-level collection \`${name} = ${initText}\``);
        continue;
      }
      if (!ts.isIdentifier(declaration.name)) continue;
      const escaped = name.replace(/\$/g, "\\$");
      const mutation = new RegExp(`(^|[^\\w.$])${escaped}(\\.(push|set|add|delete|clear|splice|pop|shift|unshift|sort|reverse)\\(|\\[[^\\]]+\\]\\s*=[^=])`);
      const at = lines.findIndex((l, i) => i > line && mutation.test(l));
      if (at >= 0) found.push(`${file}:${at + 1}: module-level \`${name}\` is mutated`);
    }
  }
  return found;
}

describe("stateless server and app", () => {
  it("keeps no module-level mutable state in server/ or app/ (or says why it is immutable: // stateless-ok: …)", () => {
    const files = FOLDERS.flatMap((folder) => sourceFiles(folder));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => moduleState(file, readFileSync(path.join(ROOT, file), "utf8")))).toEqual([]);
  }, 60_000);

  it("catches each kind of module-level state, and honours the marker", () => {
    const check = (code: string) => moduleState("server/x.ts", code);
    expect(check("let hits = 0;")).toHaveLength(1);
    expect(check("var hits = 0;")).toHaveLength(1);
    expect(check("const buckets = new Map<string, number>();")).toHaveLength(1);
    expect(check("const seen = new Set();")).toHaveLength(1);
    expect(check("const seen = new Set(['a']);\nexport const f = (x: string) => seen.add(x);")).toHaveLength(1);
    expect(check("const KNOWN = new Set(['a', 'b']);\nexport const known = (x: string) => KNOWN.has(x);")).toEqual([]);
    expect(check("const queue: string[] = [];")).toHaveLength(1);
    expect(check("const counts = {} as Record<string, number>;")).toHaveLength(1);
    expect(check("const recent = ['a'];\nexport function f(x: string) {\n  recent.push(x);\n}")).toHaveLength(1);
    expect(check("const byId = { a: 1 } as Record<string, number>;\nexport function f(k: string) {\n  byId[k] = 2;\n}")).toHaveLength(1);
    // Immutable values and function-local state are fine.
    expect(check("const LIMIT = 10;\nconst NAMES = ['a', 'b'] as const;\nexport function f() {\n  let n = 0;\n  const m = new Map();\n  m.set('a', n++);\n  return m;\n}")).toEqual([]);
    expect(check("// stateless-ok: immutable reference data, rebuilt per process\nconst codes = new Map<string, string>();")).toEqual([]);
    expect(check("let cached: string | undefined; // stateless-ok: the parsed configuration")).toEqual([]);
    expect(check("// stateless-ok:\nlet x = 0;")).toHaveLength(1); // a marker must give its reason
  });
});
