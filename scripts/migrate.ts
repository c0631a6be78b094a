// Creates the database if needed and applies the committed migrations. Usage: tsx scripts/migrate.ts
import { configFromEnv, createDb } from "../db/client";
import { ensureDatabase, runMigrations } from "../db/migrate";

const config = configFromEnv();
await ensureDatabase(config);
const handle = createDb(config);
try {
  await runMigrations(handle, config);
  console.log("migrations applied");
} finally {
  await handle.close();
}
