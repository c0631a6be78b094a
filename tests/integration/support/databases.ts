// Which database the tests talk to, and through which driver. The integration suite runs twice:
// over mysql2 (DATABASE_URL is the test database), and over PlanetScale's HTTP driver
// (`--mode planetscale`: DATABASE_URL is then the test endpoint of tests/planetscale/, and
// TEST_MYSQL_URL the same database over mysql2). Databases are created, migrated and dropped
// over mysql2 in both passes — PlanetScale cannot create databases — and used through the
// driver under test.
import mysql from "mysql2/promise";
import { configFromEnv, type DatabaseConfig } from "../../../db/client";

const DEFAULT_URL = "mysql://root@127.0.0.1:3306/southbridge_test";

/** The test database over mysql2, whichever driver the tests use. */
export function mysqlTestUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_MYSQL_URL || env.DATABASE_URL || DEFAULT_URL;
}

/**
 * A scratch database's name: the test database's name and a suffix, so that two runs on
 * different test databases (two checkouts, the two passes) never share a scratch database.
 */
export function scratchDatabaseName(suffix: string): string {
  const base = decodeURIComponent(new URL(mysqlTestUrl()).pathname.replace(/^\//, ""));
  return checkedName(`${base}_${suffix}`);
}

/** The configuration that opens database `name` with the driver under test. */
export function configForDatabase(name: string): DatabaseConfig {
  checkedName(name);
  const current = configFromEnv();
  if (current.driver === "planetscale") {
    // The test endpoint serves each database to the user of that name (tests/planetscale/endpoint.ts).
    const url = new URL(current.url ?? "");
    url.username = name;
    return { driver: "planetscale", url: url.toString() };
  }
  return { driver: "mysql2", url: mysqlUrlOf(name) };
}

/** Database `name` on the test server, over mysql2. */
export function mysqlUrlOf(name: string): string {
  const url = new URL(mysqlTestUrl());
  url.pathname = `/${checkedName(name)}`;
  return url.toString();
}

/** Drops database `name` (over mysql2, on the test server). */
export async function dropDatabase(name: string): Promise<void> {
  const url = new URL(mysqlTestUrl());
  url.pathname = "/";
  const connection = await mysql.createConnection({ uri: url.toString() });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${checkedName(name)}\``);
  } finally {
    await connection.end();
  }
}

function checkedName(name: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`invalid database name "${name}"`);
  return name;
}
