import { and, eq, sql } from "drizzle-orm";
import type { MySqlColumn, MySqlTable, MySqlUpdateSetSource } from "drizzle-orm/mysql-core";
import type { AtomicStep, Executor } from "@/db/client";

/** A table whose rows change state under optimistic locking. */
export type VersionedTable = MySqlTable & { id: MySqlColumn; status: MySqlColumn; version: MySqlColumn };

/**
 * The optimistic-locking update every workflow writes with, not yet executed (an atomic step):
 * it changes the row only while its status and version are still as read, and bumps the
 * version. `expectRows: 1` makes the atomic write fail with CONFLICT when somebody was first.
 */
export function guardedUpdate<T extends VersionedTable>(
  db: Executor,
  table: T,
  id: string,
  expected: { status: string; version: number },
  set: MySqlUpdateSetSource<T>,
) {
  return {
    statement: db
      .update(table)
      .set({ ...set, version: sql`${table.version} + 1` })
      .where(and(eq(table.id, id), eq(table.status, expected.status), eq(table.version, expected.version))),
    expectRows: 1,
  } satisfies AtomicStep;
}

/**
 * The same update guarded on a PART of the row (e.g. one section of a proposal's text): the row's
 * status and the part's own version column must still be as read; the part's version and the
 * row's version both move on. Writes to other parts of the row never conflict with it.
 */
export function guardedPartUpdate<T extends VersionedTable>(
  db: Executor,
  table: T,
  id: string,
  expected: { status: string; part: string; version: number },
  set: MySqlUpdateSetSource<T>,
) {
  const column = (table as unknown as Record<string, MySqlColumn>)[expected.part];
  if (!column) throw new Error(`guardedPartUpdate: no column ${expected.part}`);
  return {
    statement: db
      .update(table)
      .set({ ...set, [expected.part]: sql`${column} + 1`, version: sql`${table.version} + 1` })
      .where(and(eq(table.id, id), eq(table.status, expected.status), eq(column, expected.version))),
    expectRows: 1,
  } satisfies AtomicStep;
}
