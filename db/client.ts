// The only file that knows database drivers. Everything else sees `Database`.
//  - PlanetScale's serverless HTTP driver when DATABASE_HOST/USERNAME/PASSWORD are set
//    or DATABASE_URL points at a *.psdb.cloud host;
//  - mysql2 for any other MySQL 8 / MariaDB URL.
// Each client counts its round trips (statements, BEGIN and COMMIT included) so tests can
// hold every procedure to a fixed budget whatever the data size.
import { Client as PlanetScaleClient } from "@planetscale/database";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { MySqlDatabase, MySqlQueryResultHKT, MySqlTransaction, PreparedQueryHKTBase } from "drizzle-orm/mysql-core";
import { drizzle as drizzleMysql2 } from "drizzle-orm/mysql2";
import { drizzle as drizzlePlanetScale } from "drizzle-orm/planetscale-serverless";
import { sql as sqlTag } from "drizzle-orm";
import mysql from "mysql2/promise";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = MySqlDatabase<MySqlQueryResultHKT, PreparedQueryHKTBase, Schema>;
export type Transaction = MySqlTransaction<MySqlQueryResultHKT, PreparedQueryHKTBase, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Database | Transaction;

/**
 * `count`: every statement sent (BEGIN and COMMIT included). `sequential`: how many of them
 * had to wait for the previous one — statements sent while another is in flight (Promise.all)
 * share a wave. On PlanetScale each is an HTTP request.
 */
export type RoundTripCounter = { count: number; sequential: number; inFlight: number };

const newCounter = (): RoundTripCounter => ({ count: 0, sequential: 0, inFlight: 0 });

/** Wraps one driver call so the counter sees when it starts and ends. */
function counted<T>(counter: RoundTripCounter, call: () => T): T {
  counter.count++;
  if (counter.inFlight === 0) counter.sequential++;
  counter.inFlight++;
  const done = () => {
    counter.inFlight--;
  };
  const result = call();
  if (result instanceof Promise) return result.finally(done) as T;
  // mysql2's callback-style query returns an emitter; count it as settled on end/error.
  const emitter = result as unknown as { once?: (event: string, fn: () => void) => void };
  if (emitter?.once) {
    let settled = false;
    const settle = () => {
      if (!settled) {
        settled = true;
        done();
      }
    };
    emitter.once("end", settle);
    emitter.once("error", settle);
  } else done();
  return result;
}

export type DatabaseConfig =
  | { driver: "mysql2"; url: string }
  | { driver: "planetscale"; url?: string; host?: string; username?: string; password?: string };

export type DbHandle = { db: Database; roundTrips: RoundTripCounter; close: () => Promise<void> };

/** Anything drizzle can render to SQL: an insert/update/delete builder. */
export type SqlStatement = { toSQL(): { sql: string; params: unknown[] } };
/** One statement of an atomic write; with `expectRows`, it must change exactly that many rows. */
export type AtomicStep = { statement: SqlStatement; expectRows?: number };

/** A guarded step changed a different number of rows: somebody else wrote first. Nothing was written. */
export class AtomicGuardError extends Error {
  constructor(readonly step: number) {
    super(`atomic write: guard of step ${step} did not hold`);
    this.name = "AtomicGuardError";
  }
}

type AtomicExecutor = (steps: AtomicStep[]) => Promise<void>;
const atomicExecutors = new WeakMap<object, AtomicExecutor>();

/**
 * Runs the steps in one transaction, all or nothing. On mysql2 it is ONE round trip on the
 * success path: the statements, the guards (checked in SQL) and COMMIT go as one
 * multi-statement request; a failed guard raises an error before COMMIT and the transaction
 * is rolled back (a second trip, only then). On PlanetScale's HTTP driver it is an
 * interactive transaction (BEGIN, each statement, COMMIT), because that API takes one
 * statement per request.
 */
export async function runAtomic(db: Database, steps: AtomicStep[]): Promise<void> {
  const executor = atomicExecutors.get(db);
  if (!executor) throw new Error("runAtomic: this database was not created by createDb()");
  await executor(steps);
}

/** Steps run one by one inside an ordinary transaction (PlanetScale, and any driver without multi-statements). */
function interactiveAtomic(db: Database): AtomicExecutor {
  return (steps) =>
    db.transaction(async (tx) => {
      for (const [index, step] of steps.entries()) {
        const { sql: text, params } = step.statement.toSQL();
        const result = await tx.execute(sqlRaw(text, params));
        if (step.expectRows !== undefined && affectedRows(result) !== step.expectRows) throw new AtomicGuardError(index);
      }
    });
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
    const client = new PlanetScaleClient({ ...config, fetch: countedFetch });
    const db = drizzlePlanetScale({ client, schema, casing: "snake_case" }) as unknown as Database;
    atomicExecutors.set(db, interactiveAtomic(db));
    return { db, roundTrips, close: async () => {} };
  }
  const pool = mysql.createPool({
    uri: config.url,
    connectionLimit: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    timezone: "Z",
    dateStrings: false,
    supportBigNumbers: true,
  });
  const db: Database = drizzleMysql2({ client: countingPool(pool, roundTrips), schema, mode: "default", casing: "snake_case" });
  // A small separate pool that accepts multi-statement requests, used only by runAtomic with
  // placeholders (values are always escaped by the driver, never concatenated).
  const batchPool = countingPool(
    mysql.createPool({ uri: config.url, connectionLimit: 4, timezone: "Z", supportBigNumbers: true, multipleStatements: true }),
    roundTrips,
  );
  atomicExecutors.set(db, (steps) => multiStatementAtomic(batchPool, steps));
  return { db, roundTrips, close: async () => void (await Promise.all([pool.end(), batchPool.end()])) };
}

async function multiStatementAtomic(pool: mysql.Pool, steps: AtomicStep[]): Promise<void> {
  const parts: string[] = ["START TRANSACTION"];
  const params: unknown[] = [];
  const guards: string[] = [];
  steps.forEach((step, index) => {
    const q = step.statement.toSQL();
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

/** Rows changed by an UPDATE/DELETE/INSERT, whatever the driver. */
export function affectedRows(result: unknown): number {
  if (Array.isArray(result)) return Number((result[0] as { affectedRows?: number } | undefined)?.affectedRows ?? 0);
  if (result && typeof result === "object") {
    const r = result as { rowsAffected?: number; affectedRows?: number };
    return Number(r.rowsAffected ?? r.affectedRows ?? 0);
  }
  return 0;
}

/** The auto-increment id (or LAST_INSERT_ID(expr) value) of an INSERT, whatever the driver. */
export function insertId(result: unknown): number {
  const r = (Array.isArray(result) ? result[0] : result) as { insertId?: number | string } | undefined;
  return Number(r?.insertId ?? 0);
}

/** The driver's error code (e.g. ER_DUP_ENTRY), wherever the driver put it. */
export function driverErrorCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const { code, body } = e as { code?: unknown; body?: { message?: string } };
    if (typeof code === "string" && code.startsWith("ER_")) return code;
    const message = body?.message ?? (e as { message?: string }).message;
    if (typeof message === "string" && /Duplicate entry/i.test(message)) return "ER_DUP_ENTRY";
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Rebuilds a statement from its rendered SQL and parameters (for the interactive fallback). */
function sqlRaw(text: string, params: unknown[]) {
  const chunks = text.split("?");
  let out = sqlTag.raw(chunks[0] ?? "");
  chunks.slice(1).forEach((chunk, i) => {
    out = sqlTag`${out}${params[i]}${sqlTag.raw(chunk)}`;
  });
  return out;
}

let shared: DbHandle | undefined;

/** The process-wide database handle (one pool per server instance). */
export function getDb(): DbHandle {
  shared ??= createDb(configFromEnv());
  return shared;
}
