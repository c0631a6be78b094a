// A fresh, migrated database of a test's own, named after the test database and the purpose
// (`<test db>_<purpose>`), so that runs on other databases never share it.
import mysql from "mysql2/promise";
import { createDb, type DatabaseConfig, type DbHandle } from "../../db/client";
import { ensureDatabase, runMigrations } from "../../db/migrate";
import { loadReferenceData } from "../../db/reference/load";

function testDatabaseUrl(): URL {
  return new URL(process.env.DATABASE_URL || "mysql://root@127.0.0.1:3306/southbridge_test");
}

async function serverQuery(text: string): Promise<void> {
  const url = testDatabaseUrl();
  url.pathname = "/";
  const connection = await mysql.createConnection({ uri: url.toString() });
  try {
    await connection.query(text);
  } finally {
    await connection.end();
  }
}

export type Scratch = DbHandle & { url: string; drop: () => Promise<void> };

/** A fresh, migrated database with reference data; `url` also serves route handlers (getDb). */
export async function openScratchDb(purpose: string): Promise<Scratch> {
  const base = testDatabaseUrl();
  const name = `${decodeURIComponent(base.pathname.replace(/^\//, ""))}_${purpose}`;
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`openScratchDb: bad database name ${name}`);
  base.pathname = `/${name}`;
  const url = base.toString();
  const config: DatabaseConfig = { driver: "mysql2", url };
  await serverQuery(`DROP DATABASE IF EXISTS \`${name}\``);
  await ensureDatabase(config);
  const handle = createDb(config);
  await runMigrations(handle, config);
  await loadReferenceData(handle.db);
  return { ...handle, url, drop: () => serverQuery(`DROP DATABASE IF EXISTS \`${name}\``) };
}
