// The import boundaries fail lint (issue #13): app → components → server → db, db/ imports nothing
// above it, components import only types from the server (values from the shared modules only),
// client components no server module. Each case lints a one-line file with the policies of
// eslint-rules/architecture.mjs, which eslint.config.mjs turns on for the whole tree.
import { ESLint } from "eslint";
import boundaries from "eslint-plugin-boundaries";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { architecture, ELEMENTS, POLICIES } from "../../eslint-rules/architecture.mjs";

const ROOT = new URL("../..", import.meta.url).pathname;

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ["**/*.{ts,tsx}"],
      languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { boundaries, architecture },
      settings: {
        "boundaries/elements": ELEMENTS,
        "import/resolver": { typescript: { alwaysTryTypes: true, project: "./tsconfig.json" }, node: true },
      },
      rules: { "boundaries/dependencies": ["error", { default: "disallow", policies: POLICIES }], "architecture/client-components": "error" },
    },
  ],
});

/** The rules a file breaks. */
async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${ROOT}${filePath}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const cases: [string, string, string, string[]][] = [
  ["a page may read through a page read", "app/[locale]/example/page.tsx", 'import { readPage } from "@/server/pages/read-page";', []],
  ["a page may not call a procedure", "app/[locale]/example/page.tsx", 'import { createCaller } from "@/server/trpc/root";', ["boundaries/dependencies"]],
  ["a page may not decide access itself", "app/[locale]/example/page.tsx", 'import { can } from "@/server/authz/permissions";', ["boundaries/dependencies"]],
  ["a page may not open the database", "app/[locale]/example/page.tsx", 'import { getDb } from "@/db/client";', ["boundaries/dependencies"]],
  ["a page may not import even a type from db/", "app/[locale]/example/page.tsx", 'import type { ProgrammeStatus } from "@/db/schema/programmes";', ["boundaries/dependencies"]],
  ["a route handler may call the server", "app/api/example/route.ts", 'import { guardWrites } from "@/server/http/guard-writes";', []],
  ["a route handler may not open the database", "app/api/example/route.ts", 'import { getDb } from "@/db/client";', ["boundaries/dependencies"]],
  ["an open-data route may not open the database either (issue #14 removed its exception)", "app/api/open/example.json/route.ts", 'import { getDb } from "@/db/client";', ["boundaries/dependencies"]],
  ["a component may import types from the server and the schema's words through server/vocabulary", "components/example/view.tsx", 'import type { Viewer } from "@/server/authz/viewer";\nimport type { ProgrammeStatus } from "@/server/vocabulary";', []],
  ["a component may not import even a type from db/", "components/example/view.tsx", 'import type { ProgrammeStatus } from "@/db/schema/programmes";', ["boundaries/dependencies"]],
  ["a component may import a shared server module's values", "components/example/view.tsx", 'import { PROGRAMME_FORMATS } from "@/server/vocabulary";', []],
  ["a component may not import the schema's values", "components/example/view.tsx", 'import { PROGRAMME_FORMATS } from "@/db/schema/programmes";', ["boundaries/dependencies"]],
  ["a component may not open the database", "components/example/view.tsx", 'import { getDb } from "@/db/client";', ["boundaries/dependencies"]],
  ["a component may not read through the server", "components/example/view.tsx", 'import { currentViewer } from "@/server/auth/current-viewer";', ["boundaries/dependencies"]],
  ["a component may not import a page", "components/example/view.tsx", 'import Page from "@/app/[locale]/(public)/page";', ["boundaries/dependencies"]],
  ["a client component may use a schema shared with its form", "components/example/form.tsx", '"use client";\nimport { createProgrammeInput } from "@/server/programmes/schemas";', []],
  [
    "a client component may not import a server module",
    "components/example/form.tsx",
    '"use client";\nimport { env } from "@/server/env";',
    ["architecture/client-components", "boundaries/dependencies"],
  ],
  ["the server may not import a component", "server/example/thing.ts", 'import { Button } from "@/components/ui/button";', ["boundaries/dependencies"]],
  ["the server may open the database", "server/example/thing.ts", 'import { getDb } from "@/db/client";', []],
  ["db/ may not import the server", "db/example.ts", 'import { DomainError } from "../server/errors";', ["boundaries/dependencies"]],
  ["db/ may not import the tests' factories", "db/example.ts", 'import { createUser } from "../tests/factories";', ["boundaries/dependencies"]],
  ["a script may drive the server and the factories", "scripts/example.ts", 'import { signUp } from "../server/accounts/sign-up";\nimport { createUser } from "../tests/factories";', []],
];

describe("import boundaries", () => {
  it.each(cases)("%s", { timeout: 30_000 }, async (_name, filePath, code, expected) => {
    expect((await broken(filePath, code)).sort()).toEqual([...expected].sort());
  });

  it("are errors for every file of app, components, server, db, i18n, scripts and tests (eslint.config.mjs)", async () => {
    const project = new ESLint({ cwd: ROOT });
    for (const file of ["app/[locale]/layout.tsx", "components/ui/button.tsx", "server/errors.ts", "db/client.ts", "scripts/seed.ts", "tests/unit/csv.test.ts"]) {
      const config = (await project.calculateConfigForFile(`${ROOT}${file}`)) as { rules: Record<string, unknown> };
      expect([file, config.rules["boundaries/dependencies"]]).toMatchObject([file, [2, { default: "disallow" }]]);
      expect([file, config.rules["architecture/client-components"]]).toEqual([file, [2]]);
    }
  }, 60_000);
});
