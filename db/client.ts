// The only file that knows database drivers (with its parts db/driver-results.ts and
// db/round-trips.ts). Everything else sees `Database`.
//  - PlanetScale's serverless HTTP driver (@planetscale/database) when DATABASE_HOST/USERNAME/
//    PASSWORD are set, DATABASE_URL points at a *.psdb.cloud host, or DATABASE_URL is an
//    https:// URL (http:// only on this machine: the tests' PlanetScale endpoint);
//  - mysql2 for any other MySQL 8 / MariaDB URL.
// Both return the same values (castLikeMysql2) and errors (driverErrorCode). Each client counts
// its round trips (statements, BEGIN and COMMIT included) so tests can hold every procedure to
// a fixed budget whatever the data size.
import { format as planetscaleFormat, Client as PlanetScaleClient } from "@planetscale/database";
import { isSQLWrapper, sql, type ExtractTablesWithRelations, type SQL, type SQLWrapper } from "drizzle-orm";
import { MySqlDialect, type MySqlDatabase, type MySqlQueryResultHKT, type MySqlTransaction, type PreparedQueryHKTBase } from "drizzle-orm/mysql-core";
import { drizzle as drizzleMysql2 } from "drizzle-orm/mysql2";
import { drizzle as drizzlePlanetScale } from "drizzle-orm/planetscale-serverless";
import mysql from "mysql2/promise";
import { affectedRows, castLikeMysql2, driverErrorCode } from "./driver-results";
import { counted, countedAtomicWrite, newCounter, type RoundTripCounter } from "./round-trips";
import * as schema from "./schema";

export { affectedRows, driverErrorCode, insertId, rowsOf } from "./driver-results";
export { retryOnDeadlock } from "./retry-deadlock";
export type { RoundTripCounter } from "./round-trips";

export type Schema = typeof schema;
export type Database = MySqlDatabase<MySqlQueryResultHKT, PreparedQueryHKTBase, Schema>;
export type Transaction = MySqlTransaction<MySqlQueryResultHKT, PreparedQueryHKTBase, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Database | Transaction;

export type Driver = "mysql2" | "planetscale";
export type DatabaseConfig =
  | { driver: "mysql2"; url: string }
  | { driver: "planetscale"; url?: string; host?: string; username?: string; password?: string };

export type DbHandle = { db: Database; driver: Driver; roundTrips: RoundTripCounter; close: () => Promise<void> };

/**
 * A statement of an atomic write: one drizzle built (an insert/update/delete builder or a `sql`
 * template), or SQL text with `?` placeholders and its values (`{ toSQL }`, as the builders also
 * offer). Values are never placed by cutting the text at each "?": drizzle places them in its
 * own statements, the driver's formatter (which skips quoted text and comments) in SQL text.
 */
export type SqlStatement = SQLWrapper | { toSQL(): { sql: string; params: unknown[] } };
/** One statement of an atomic write; with `expectRows`, it must change exactly that many rows. */
export type AtomicStep = { statement: SqlStatement; expectRows?: number };

/** A guarded step changed a different number of rows: somebody else wrote first. Nothing was written. */
export class AtomicGuardError extends Error {
  constructor(readonly step: number) {
    super(`atomic write: guard of step ${step} did not hold`);
    this.name = "AtomicGuardError";
  }
}

/**
 * Sequential round trips that `writes` atomic writes of `statements` statements in all take
 * on the success path: one per write on mysql2 (a single multi-statement request); on
 * PlanetScale, whose HTTP API takes one statement per request, BEGIN + each statement + COMMIT.
 * A failed guard costs one more (ROLLBACK) on either.
 */
export function atomicWriteTrips(driver: Driver, writes: number, statements: number): number {
  return driver === "mysql2" ? writes : statements + 2 * writes;
}

type AtomicExecutor = (steps: AtomicStep[]) => Promise<void>;
const atomicExecutors = new WeakMap<object, { run: AtomicExecutor; roundTrips: RoundTripCounter }>();

/** Renders drizzle statements for mysql2 (the same casing as the databases created below). */
const dialect = new MySqlDialect({ casing: "snake_case" });

/** A statement for PlanetScale: drizzle's own SQL object, or SQL text formatted by the PlanetScale driver's own formatter. */
function planetscaleStatement(statement: SqlStatement): SQL {
  if (isSQLWrapper(statement)) return statement.getSQL();
  const { sql: text, params } = statement.toSQL();
  return sql.raw(planetscaleFormat(text, params));
}

/** A statement for mysql2: text and values, drizzle's rendering of its own statements; mysql2 formats them (skipping quoted text). */
function mysql2Statement(statement: SqlStatement): { sql: string; params: unknown[] } {
  return isSQLWrapper(statement) ? dialect.sqlToQuery(statement.getSQL()) : statement.toSQL();
}

/**
 * Runs the steps in one transaction, all or nothing (see atomicWriteTrips for what it costs).
 * On mysql2 the statements, the guards (checked in SQL) and COMMIT go as one multi-statement
 * request; a failed guard raises an error before COMMIT and the transaction is rolled back.
 * On PlanetScale it is an interactive transaction; a failed guard or step sends ROLLBACK.
 * Either way a failed guard is an AtomicGuardError naming its step.
 */
export async function runAtomic(db: Database, steps: AtomicStep[]): Promise<void> {
  const executor = atomicExecutors.get(db);
  if (!executor) throw new Error("runAtomic: this database was not created by createDb()");
  await countedAtomicWrite(executor.roundTrips, steps.length, () => executor.run(steps));
}

/** Steps run one by one inside an ordinary transaction (PlanetScale's HTTP API: one statement per request). */
function interactiveAtomic(db: Database): AtomicExecutor {
  return (steps) =>
    db.transaction(async (tx) => {
      for (const [index, step] of steps.entries()) {
        // The statement as drizzle built it (its SQL object), never rebuilt by cutting rendered SQL at each "?".
        const result = await tx.execute(planetscaleStatement(step.statement));
        if (step.expectRows !== undefined && affectedRows(result) !== step.expectRows) throw new AtomicGuardError(index);
      }
    });
}

type BoundWriter = (statement: SQLWrapper) => Promise<number>;
const boundWriters = new WeakMap<object, BoundWriter>();

/**
 * One write whose values travel as bound values, not spelled into the SQL text; returns the rows
 * it changed. On mysql2 it is a prepared statement (binary protocol), where `query` (what drizzle
 * uses) spells each value into a new string (bytes as hex) and builds the whole statement around
 * it: for a 256 KB value, several large strings of garbage per write. On PlanetScale the HTTP API
 * takes SQL text whatever is done: drizzle's own path. For writes of large values (the open-data
 * dumps' chunks); everything else goes through drizzle as usual.
 */
export async function writeBound(db: Database, statement: SQLWrapper): Promise<number> {
  const write = boundWriters.get(db);
  if (!write) throw new Error("writeBound: this database was not created by createDb()");
  return write(statement);
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function configFromEnv(source: Record<string, string | undefined> = process.env): DatabaseConfig {
  const { DATABASE_URL: url, DATABASE_HOST: host, DATABASE_USERNAME: username, DATABASE_PASSWORD: password } = source;
  if (host && username && password) return { driver: "planetscale", host, username, password };
  if (!url) throw new Error("DATABASE_URL is not set");
  const parsed = new URL(url);
  if (parsed.protocol === "https:" || parsed.protocol === "http:") {
    // PlanetScale's HTTP API at that address. Plain http only on this machine (the tests' endpoint):
    // credentials never cross a network in clear text.
    if (parsed.protocol === "http:" && !LOOPBACK.has(parsed.hostname)) throw new Error("DATABASE_URL: http:// is only allowed for 127.0.0.1 or localhost; use https://");
    return { driver: "planetscale", url };
  }
  if (parsed.hostname.endsWith(".psdb.cloud")) return { driver: "planetscale", url };
  return { driver: "mysql2", url };
}

export function createDb(config: DatabaseConfig): DbHandle {
  const roundTrips = newCounter();
  if (config.driver === "planetscale") {
    const countedFetch: typeof fetch = (input, init) => counted(roundTrips, () => fetch(input, init));
    const client = new PlanetScaleClient({ ...config, fetch: countedFetch, cast: castLikeMysql2 });
    const db = drizzlePlanetScale({ client, schema, casing: "snake_case" }) as unknown as Database;
    atomicExecutors.set(db, { run: interactiveAtomic(db), roundTrips });
    boundWriters.set(db, async (statement) => affectedRows(await db.execute(statement.getSQL())));
    return { db, driver: "planetscale", roundTrips, close: async () => {} };
  }
  const pool = mysql.createPool({
    uri: config.url,
    connectionLimit: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    timezone: "Z",
    dateStrings: false,
    supportBigNumbers: true,
  });
  const counting = countingPool(pool, roundTrips);
  const db: Database = drizzleMysql2({ client: counting, schema, mode: "default", casing: "snake_case" });
  boundWriters.set(db, async (statement) => {
    const { sql: text, params } = dialect.sqlToQuery(statement.getSQL());
    const [result] = await counting.execute(text, params as never[]);
    return affectedRows(result);
  });
  // A small separate pool that accepts multi-statement requests, used only by runAtomic. Values
  // are escaped by mysql2 (which skips "?" inside quoted text), never concatenated.
  const batchPool = countingPool(
    mysql.createPool({ uri: config.url, connectionLimit: 4, timezone: "Z", supportBigNumbers: true, multipleStatements: true }),
    roundTrips,
  );
  atomicExecutors.set(db, { run: (steps) => multiStatementAtomic(batchPool, steps), roundTrips });
  return { db, driver: "mysql2", roundTrips, close: async () => void (await Promise.all([pool.end(), batchPool.end()])) };
}

async function multiStatementAtomic(pool: mysql.Pool, steps: AtomicStep[]): Promise<void> {
  const parts: string[] = ["START TRANSACTION"];
  const params: unknown[] = [];
  const guards: string[] = [];
  steps.forEach((step, index) => {
    const q = mysql2Statement(step.statement);
    parts.push(q.sql);
    params.push(...q.params);
    if (step.expectRows !== undefined) {
      parts.push(`SET @sb_g${index} = ROW_COUNT()`);
      guards.push(`@sb_g${index} = ${Number(step.expectRows)}`);
    }
  });
  // Raises "Subquery returns more than 1 row" exactly when a guard fails, so COMMIT never runs.
  if (guards.length) parts.push(`SET @sb_fail = (SELECT 1 FROM (SELECT 1 AS x UNION ALL SELECT 2) z WHERE NOT (${guards.join(" AND ")}))`);
  parts.push("COMMIT");
  const connection = await pool.getConnection();
  let reusable = true;
  try {
    await connection.query(parts.join(";\n"), params);
  } catch (error) {
    // The transaction is still open on this connection: roll it back, and learn which guard failed.
    const vars = steps.map((_, i) => `@sb_g${i} AS g${i}`).join(", ");
    let guardRow: Record<string, unknown> | undefined;
    try {
      const [results] = await connection.query(`ROLLBACK; SELECT ${vars || "1"}`);
      guardRow = (Array.isArray(results) ? (results[1] as Record<string, unknown>[] | undefined)?.[0] : undefined) ?? undefined;
    } catch {
      reusable = false; // cannot tell the connection's state: never hand it out again
    }
    const failed = steps.findIndex((s, i) => s.expectRows !== undefined && Number(guardRow?.[`g${i}`]) !== s.expectRows);
    if (driverErrorCode(error) === "ER_SUBQUERY_NO_1_ROW" && failed >= 0) throw new AtomicGuardError(failed);
    throw error;
  } finally {
    if (reusable) connection.release();
    else connection.destroy();
  }
}

/** Wraps a mysql2 pool so that every query, on the pool or a checked-out connection, is counted. */
function countingPool(pool: mysql.Pool, counter: RoundTripCounter): mysql.Pool {
  const countCalls = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver) as unknown;
        if (typeof value !== "function") return value;
        if (prop === "query" || prop === "execute") {
          return (...args: unknown[]) => counted(counter, () => (value as (...a: unknown[]) => unknown).apply(obj, args));
        }
        if (prop === "getConnection") {
          return async () => countCalls(await (value as () => Promise<object>).apply(obj));
        }
        return (value as (...a: unknown[]) => unknown).bind(obj);
      },
    });
  return countCalls(pool);
}

let shared: DbHandle | undefined;

/** The process-wide database handle (one pool per server instance). */
export function getDb(): DbHandle {
  shared ??= createDb(configFromEnv());
  return shared;
}
