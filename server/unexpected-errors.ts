// What a caller learns when something fails that no rule foresaw. Two cases:
//  - the database refused a write (duplicate key, foreign key, too long, out of range, invalid
//    date…): the input or a concurrent write was at fault, so it becomes a VALIDATION or CONFLICT
//    domain error — with NO schema, table, column or constraint name (those stay in the driver
//    error, which is not passed on);
//  - anything else: the details go to the server log under a random request id, and the caller
//    gets only that id ("INTERNAL_SERVER_ERROR request <id>").
// Used by the tRPC boundary (server/trpc/init.ts) and the open-data route handlers. Pure
// TypeScript: no tRPC, no Next, no driver import.
import { DomainError } from "./errors";

/** MySQL/MariaDB error numbers, as mysql2 (`errno`) and PlanetScale ("(errno N)") report them. */
const CONFLICT_ERRNOS = new Set([
  1022, // ER_DUP_KEY
  1062, // ER_DUP_ENTRY
  1205, // ER_LOCK_WAIT_TIMEOUT
  1213, // ER_LOCK_DEADLOCK
  1217, // ER_ROW_IS_REFERENCED
  1451, // ER_ROW_IS_REFERENCED_2
]);
const INVALID_ERRNOS = new Set([
  1048, // ER_BAD_NULL_ERROR
  1216, // ER_NO_REFERENCED_ROW
  1263, // ER_WARN_NULL_TO_NOTNULL
  1264, // ER_WARN_DATA_OUT_OF_RANGE
  1265, // WARN_DATA_TRUNCATED
  1292, // ER_TRUNCATED_WRONG_VALUE (e.g. Incorrect date value '2026-02-31')
  1364, // ER_NO_DEFAULT_FOR_FIELD
  1366, // ER_TRUNCATED_WRONG_VALUE_FOR_FIELD
  1406, // ER_DATA_TOO_LONG
  1411, // ER_WRONG_VALUE_FOR_TYPE
  1452, // ER_NO_REFERENCED_ROW_2
  1525, // ER_WRONG_VALUE
  1690, // ER_DATA_OUT_OF_RANGE
  3140, // ER_INVALID_JSON_TEXT (MySQL)
  3819, // ER_CHECK_CONSTRAINT_VIOLATED (MySQL)
  4025, // ER_CONSTRAINT_FAILED (MariaDB CHECK)
]);

/** The server error number of a driver error, looked for through `cause` (drizzle wraps driver errors). */
export function databaseErrno(error: unknown): number | undefined {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { errno, body, message } = e as { errno?: unknown; body?: { message?: unknown }; message?: unknown };
    if (typeof errno === "number" && errno > 0) return errno;
    for (const text of [body?.message, message]) {
      const match = typeof text === "string" ? /\(errno (\d+)\)/.exec(text) : null;
      if (match) return Number(match[1]);
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A database refusal as a domain error without any name from the schema, or null when `error`
 * is not one. A failed optimistic guard of an atomic write (AtomicGuardError) is a CONFLICT too.
 */
export function databaseRefusal(error: unknown): DomainError | null {
  if (error instanceof Error && error.name === "AtomicGuardError") return new DomainError("CONFLICT", { what: "write" });
  const errno = databaseErrno(error);
  if (errno === undefined) return null;
  if (CONFLICT_ERRNOS.has(errno)) return new DomainError("CONFLICT", { what: "write" });
  if (INVALID_ERRNOS.has(errno)) return new DomainError("VALIDATION", { what: "value" });
  return null;
}

/** Stands in for an unexpected error once it has been logged: it carries the request id, nothing else. */
export class UnexpectedError extends Error {
  constructor(readonly requestId: string) {
    super(unexpectedMessage(requestId));
    this.name = "UnexpectedError";
  }
}

export const unexpectedMessage = (requestId: string) => `INTERNAL_SERVER_ERROR request ${requestId}`;

// stateless-ok: keyed by the request's own error objects (weakly), so nothing outlives the request
const logged = new WeakMap<object, string>();

/**
 * Logs `error` with its details under a new request id, once per error object, and returns the id.
 * An UnexpectedError is already logged: its own id is returned.
 */
export function logUnexpected(error: unknown, where: string): string {
  if (error instanceof UnexpectedError) return error.requestId;
  const key = error !== null && typeof error === "object" ? error : null;
  const known = key ? logged.get(key) : undefined;
  if (known) return known;
  const requestId = globalThis.crypto.randomUUID();
  if (key) logged.set(key, requestId);
  console.error(`[request ${requestId}] ${where} failed:`, error);
  return requestId;
}
