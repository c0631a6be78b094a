import path from "node:path";
import { migrate as migrateMysql2 } from "drizzle-orm/mysql2/migrator";
import { migrate as migratePlanetScale } from "drizzle-orm/planetscale-serverless/migrator";
import mysql from "mysql2/promise";
import type { DatabaseConfig, DbHandle } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Creates the database named in a mysql2 URL when it does not exist yet (PlanetScale databases always exist). */
export async function ensureDatabase(config: DatabaseConfig): Promise<void> {
  if (config.driver !== "mysql2") return;
  const url = new URL(config.url);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`DATABASE_URL must name a database made of letters, digits and _ (got "${name}")`);
  url.pathname = "/";
  const connection = await mysql.createConnection({ uri: url.toString() });
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

/** Applies the committed SQL migrations (db/migrations) that have not run yet. */
export async function runMigrations(handle: DbHandle, config: DatabaseConfig): Promise<void> {
  const options = { migrationsFolder: MIGRATIONS_FOLDER };
  if (config.driver === "planetscale") {
    await migratePlanetScale(handle.db as unknown as Parameters<typeof migratePlanetScale>[0], options);
  } else {
    await migrateMysql2(handle.db as unknown as Parameters<typeof migrateMysql2>[0], options);
  }
}
