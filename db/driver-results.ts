// What a driver hands back, read the same way whichever driver it is (mysql2 or PlanetScale's
// HTTP driver). Part of db/client.ts, which re-exports it: the only place that knows drivers.
import { cast, type Field } from "@planetscale/database";

/** Rows changed by an UPDATE/DELETE/INSERT (rows matched, for an UPDATE: both drivers count found rows). */
export function affectedRows(result: unknown): number {
  if (Array.isArray(result)) return Number((result[0] as { affectedRows?: number } | undefined)?.affectedRows ?? 0);
  if (result && typeof result === "object") {
    const r = result as { rowsAffected?: number; affectedRows?: number };
    return Number(r.rowsAffected ?? r.affectedRows ?? 0);
  }
  return 0;
}

/** The auto-increment id (or LAST_INSERT_ID(expr) value) of an INSERT. */
export function insertId(result: unknown): number {
  const r = (Array.isArray(result) ? result[0] : result) as { insertId?: number | string } | undefined;
  return Number(r?.insertId ?? 0);
}

/** The rows of a raw `db.execute(sql…)`: [rows, fields] on mysql2, { rows, … } on PlanetScale. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  const rows: unknown = Array.isArray(result) ? (result as unknown[])[0] : (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}

/** MySQL error numbers by the names mysql2 gives them (those the application or its tests act on). */
const ERROR_NAMES: Record<number, string> = {
  1062: "ER_DUP_ENTRY",
  1205: "ER_LOCK_WAIT_TIMEOUT",
  1213: "ER_LOCK_DEADLOCK",
  1242: "ER_SUBQUERY_NO_1_ROW",
  1406: "ER_DATA_TOO_LONG",
  1451: "ER_ROW_IS_REFERENCED_2",
  1452: "ER_NO_REFERENCED_ROW_2",
};

/** Vitess writes the MySQL error as "<text> (errno N) (sqlstate S) (CallerID: …): Sql: …". */
const VITESS_MYSQL_ERROR = / \(errno (\d+)\) \(sqlstate [0-9A-Z]{5}\) \(CallerID: /;

/**
 * The MySQL error behind a failed query (e.g. ER_DUP_ENTRY), whichever driver raised it:
 * mysql2 sets `code`; PlanetScale's driver raises a DatabaseError whose body is Vitess' error,
 * the error number in its message. drizzle wraps both (DrizzleQueryError, the driver's error as
 * `cause`). Only these are read — never free text such as drizzle's message, which quotes the
 * query's values. Undefined for anything else (a network failure, a bug).
 */
export function driverErrorCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, name, body } = e as { code?: unknown; name?: unknown; body?: { message?: unknown } };
    if (typeof code === "string" && code.startsWith("ER_")) return code;
    if (name === "DatabaseError" && typeof body?.message === "string") {
      const errno = VITESS_MYSQL_ERROR.exec(body.message)?.[1];
      if (errno) return ERROR_NAMES[Number(errno)] ?? `ER_ERRNO_${errno}`;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * How the PlanetScale client turns text into values: its own `cast`, except for 64-bit
 * integers (count(*), sums of integers cast to signed, BIGINT columns), which it leaves as
 * strings. They become numbers when exact, strings past 2^53 — what mysql2 returns with
 * supportBigNumbers — so that code reads the same values on both drivers.
 */
export function castLikeMysql2(field: Field, value: string | null): unknown {
  if (value !== null && (field.type === "INT64" || field.type === "UINT64")) {
    const n = Number(value);
    if (Number.isSafeInteger(n)) return n;
  }
  return cast(field, value) as unknown;
}
