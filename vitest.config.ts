import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { TEST_APP_ENV } from "./scripts/lib/env.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));

/** Integration tests use this database unless DATABASE_URL says otherwise (npm test sets it). */
const integrationDatabaseUrl = process.env.DATABASE_URL || "mysql://root@127.0.0.1:3306/southbridge_test";

// `--mode planetscale` (npm run test:planetscale): the same integration tests through
// @planetscale/database, over the HTTP endpoint of tests/planetscale/ in front of the same
// server. The database is still created, migrated and seeded over mysql2 first.
const PLANETSCALE = "planetscale";

export default defineConfig(({ mode }) => ({
  resolve: {
    alias: [
      // `@/x` → <repo>/x, as in tsconfig.json "paths".
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; tests import server modules directly.
      { find: /^server-only$/, replacement: path.join(root, "node_modules", "server-only", "empty.js") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // One module registry for every file: import was 54 of 96 s. A file that mocks a module
          // others load too (transition-kernel's recorder of commit()) empties the registry before
          // and after it, so it gets its own copies and leaves none behind.
          isolate: false,
          env: { ...TEST_APP_ENV },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.integration-test.ts"],
          environment: "node",
          // The PlanetScale setup runs second: it puts the endpoint's URL in DATABASE_URL for the workers.
          globalSetup: ["tests/integration/global-setup.ts", ...(mode === PLANETSCALE ? ["tests/planetscale/global-setup.ts"] : [])],
          setupFiles: ["tests/integration/support/next-runtime.ts"],
          env: mode === PLANETSCALE ? { ...TEST_APP_ENV } : { ...TEST_APP_ENV, DATABASE_URL: integrationDatabaseUrl },
          // One database shared by every file: run the files one after another in a single fork.
          pool: "forks",
          fileParallelism: false,
          maxWorkers: 1,
          // ...and one module registry: the router, drizzle and Next.js load once for the run, not
          // once per file (import was 40% of the pass). A file that needs the server under settings
          // of its own loads it through tests/integration/support/own-environment.ts.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
}));
