// zod 4 probes for `new Function` when it builds its first object parser; under the pages'
// Content-Security-Policy the probe is blocked and reported as a violation (the e2e CSP guard
// fails the test). Every client module that parses with zod must therefore switch zod to its
// interpreter first: `import "@/components/forms/zod-jitless"` before any other import.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** A value import (not `import type`) of zod, its form resolver or a schemas module. */
const PARSES_WITH_ZOD = /^import (?!type )[^;]*from "(zod|@hookform\/resolvers\/zod|[^"]*\/schemas)";/m;

const clientParsers = [...sources("components"), ...sources("app")].filter((file) => {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return /^["']use client["']/.test(text) && PARSES_WITH_ZOD.test(text);
});

const schemaModules = sources("server").filter((file) => /schemas\.ts$/.test(file) && /from "zod"/.test(readFileSync(path.join(ROOT, file), "utf8")));

describe("schemas modules, which client forms load", () => {
  it("exist (the scan finds the shared input rules)", () => {
    expect(schemaModules).toContain("server/common/schemas.ts");
  });

  it.each(schemaModules)("%s switches zod to jitless in the browser before it builds a schema", (file) => {
    const imports = readFileSync(path.join(ROOT, file), "utf8").split("\n").filter((line) => line.startsWith("import "));
    expect(imports[0]).toMatch(/^import "(\.\.\/common|\.)\/zod-browser";$/);
  });
});

describe("client modules that parse with zod", () => {
  it("exist (the scan finds the form kernel)", () => {
    expect(clientParsers).toContain("components/forms/use-mutation-form.ts");
  });

  it.each(clientParsers)("%s switches zod to jitless before its other imports", (file) => {
    const imports = readFileSync(path.join(ROOT, file), "utf8").split("\n").filter((line) => line.startsWith("import "));
    expect(imports[0]).toBe('import "@/components/forms/zod-jitless";');
  });
});
