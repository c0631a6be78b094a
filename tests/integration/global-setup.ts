// Runs once before the integration tests (in the Vitest main process): creates the test
// database if needed, applies the migrations and loads the reference data. Tests share it.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { configFromEnv, createDb } from "../../db/client";
import { ensureDatabase, runMigrations } from "../../db/migrate";

const DEFAULT_URL = "mysql://root@127.0.0.1:3306/southbridge_test";

export default async function setup(): Promise<void> {
  process.env.DATABASE_URL ||= DEFAULT_URL;
  const config = configFromEnv();
  await ensureDatabase(config);
  const handle = createDb(config);
  try {
    await runMigrations(handle, config);
  } finally {
    await handle.close();
  }
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["scripts/seed.ts", "--reference-only"], {
    cwd: process.cwd(),
    env: process.env,
    stdio: "inherit",
  });
}
