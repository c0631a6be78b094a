// A hand-written SQL statement as an atomic step: the kernel sends it beside drizzle's own
// builders, with the values bound as parameters (never concatenated).
import type { SQL } from "drizzle-orm";
import { MySqlDialect } from "drizzle-orm/mysql-core";
import type { SqlStatement } from "@/db/client";

const dialect = new MySqlDialect();

/** Anything drizzle can render — a builder or an `sql` template — as a statement of an atomic write. */
export type Statement = SqlStatement & { getSQL(): SQL };

export function statement(query: SQL): Statement {
  return { toSQL: () => dialect.sqlToQuery(query), getSQL: () => query };
}
