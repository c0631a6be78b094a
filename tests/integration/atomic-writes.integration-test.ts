// runAtomic, on whichever driver the suite runs (mysql2: one multi-statement request;
// PlanetScale: an interactive transaction over HTTP): all steps or none, a failed guard named
// and rolled back, statements sent exactly as drizzle built them, and the round trips the
// driver needs — no more.
import { eq, inArray, sql } from "drizzle-orm";
import mysql from "mysql2/promise";
import { afterAll, describe, expect, it } from "vitest";
import { AtomicGuardError, atomicWriteTrips, driverErrorCode, runAtomic } from "../../db/client";
import { newId } from "../../db/ids";
import { platformSettings } from "../../db/schema";
import { mysqlTestUrl } from "./support/databases";
import { openTestDb } from "./support/db";

const handle = openTestDb();
const { db } = handle;
const keys: string[] = [];

/** A platform setting key of this test's own. */
function key(label: string) {
  const k = `test.atomic.${label}.${newId()}`;
  keys.push(k);
  return k;
}

async function valueOf(k: string) {
  const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, k));
  return row?.value;
}

const insert = (k: string, value: unknown) => db.insert(platformSettings).values({ key: k, value });

/** InnoDB transactions open on the test database, whichever connection holds them (seen over mysql2). */
async function openTransactions(): Promise<number> {
  // InnoDB refreshes information_schema.innodb_trx at most every 0.1 s: let an earlier read expire.
  await new Promise((resolve) => setTimeout(resolve, 150));
  const connection = await mysql.createConnection({ uri: mysqlTestUrl() });
  try {
    const [rows] = await connection.query(
      "select count(*) as n from information_schema.innodb_trx t join information_schema.processlist p on p.id = t.trx_mysql_thread_id where p.db = database()",
    );
    return Number((rows as { n: number }[])[0]?.n);
  } finally {
    await connection.end();
  }
}

afterAll(async () => {
  if (keys.length) await db.delete(platformSettings).where(inArray(platformSettings.key, keys));
  await handle.close();
});

describe("an atomic write (runAtomic)", () => {
  it("writes every step, in exactly the sequential round trips its driver needs", async () => {
    const [a, b] = [key("a"), key("b")];
    const before = handle.roundTrips.sequential;
    await runAtomic(db, [
      { statement: insert(a, { n: 1 }) },
      { statement: insert(b, { n: 2 }) },
      { statement: db.update(platformSettings).set({ value: { n: 3 } }).where(eq(platformSettings.key, a)), expectRows: 1 },
    ]);
    const trips = handle.roundTrips.sequential - before;
    // mysql2: 1 (one multi-statement request); PlanetScale: BEGIN + 3 statements + COMMIT = 5.
    expect(trips).toBe(atomicWriteTrips(handle.driver, 1, 3));
    expect(await Promise.all([valueOf(a), valueOf(b)])).toEqual([{ n: 3 }, { n: 2 }]);
  });

  it("writes nothing when a guard does not hold, names that step, and leaves no transaction open", async () => {
    const [a, b] = [key("a"), key("b")];
    let failure: unknown;
    try {
      await runAtomic(db, [
        { statement: insert(a, "first") },
        { statement: db.update(platformSettings).set({ value: "never" }).where(eq(platformSettings.key, key("missing"))), expectRows: 1 },
        { statement: insert(b, "third") },
      ]);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(AtomicGuardError);
    expect((failure as AtomicGuardError).step).toBe(1);
    expect(await Promise.all([valueOf(a), valueOf(b)])).toEqual([undefined, undefined]);
    // Rolled back (ROLLBACK sent before the error reached us), not left open to time out.
    expect(await openTransactions()).toBe(0);
    await insert(a, "after");
    expect(await valueOf(a)).toBe("after");
  });

  it("writes nothing when a step fails, and the error is the MySQL error (a duplicate key)", async () => {
    const [a, b] = [key("a"), key("b")];
    const failure = await runAtomic(db, [{ statement: insert(b, 1) }, { statement: insert(a, 1) }, { statement: insert(a, 2) }]).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(driverErrorCode(failure)).toBe("ER_DUP_ENTRY");
    expect(await Promise.all([valueOf(a), valueOf(b)])).toEqual([undefined, undefined]);
    expect(await openTransactions()).toBe(0);
  });

  it("sends a ? inside a string literal and inside values exactly as written, in drizzle's statements and in SQL text", async () => {
    const a = key("questions");
    await runAtomic(db, [
      { statement: insert(a, { q: "why?", list: ["a?b", "?"] }) },
      {
        statement: db
          .update(platformSettings)
          .set({ value: sql`json_object('literal?', ${"value?"}, 'n', ${7}, 'kept', json_extract(${platformSettings.value}, '$.list'))` })
          .where(eq(platformSettings.key, a)),
        expectRows: 1,
      },
      {
        statement: {
          toSQL: () => ({
            sql: "update `platform_settings` set `value` = json_set(`value`, '$.text', ?) where `key` = ? and json_value(`value`, '$.\"literal?\"') = 'value?'",
            params: ["it's written as text?", a],
          }),
        },
        expectRows: 1,
      },
    ]);
    expect(await valueOf(a)).toEqual({ "literal?": "value?", n: 7, kept: ["a?b", "?"], text: "it's written as text?" });
  });
});
