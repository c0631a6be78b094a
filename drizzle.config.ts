import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used (push/pull misbehave with JSON columns on MariaDB);
// migrations are applied by scripts/migrate.ts through the project's own db client.
export default defineConfig({
  dialect: "mysql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
