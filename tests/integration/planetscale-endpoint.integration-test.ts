// The PlanetScale endpoint the second pass of this suite runs through (tests/planetscale/)
// behaves as PlanetScale does where the application could tell the difference — checked with
// @planetscale/database itself, against the real test database.
import { Client, DatabaseError } from "@planetscale/database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/ids";
import { CREATE_SESSION_PATH, EXECUTE_PATH, startEndpoint, statementKind, type Endpoint } from "../planetscale/endpoint";
import { mysqlTestUrl } from "./support/databases";

const TIMEOUT_MS = 1_500;
let endpoint: Endpoint;
let client: Client;
const database = decodeURIComponent(new URL(mysqlTestUrl()).pathname.slice(1));
const keys: string[] = [];

function key() {
  const k = `test.endpoint.${newId()}`;
  keys.push(k);
  return k;
}
const insert = (k: string) => `insert into platform_settings (\`key\`, value) values ('${k}', '"v"')`;
const count = async (k: string) => (await client.execute(`select count(*) as n from platform_settings where \`key\` = '${k}'`)).rows[0] as { n: string };
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

beforeAll(async () => {
  endpoint = await startEndpoint({ upstream: mysqlTestUrl(), transactionTimeoutMs: TIMEOUT_MS });
  client = new Client({ url: endpoint.urlFor(database) });
});

afterAll(async () => {
  if (keys.length) await client.execute(`delete from platform_settings where \`key\` in (${keys.map((k) => `'${k}'`).join(", ")})`);
  await endpoint.close();
});

describe("the PlanetScale test endpoint", () => {
  it("answers only with the endpoint's password, and the credentials name the database", async () => {
    const url = new URL(endpoint.urlFor(database));
    url.password = "wrong";
    const refused = await failure(new Client({ url: url.toString() }).execute("select 1"));
    expect(refused).toBeInstanceOf(DatabaseError);
    expect((refused as DatabaseError).status).toBe(401);
    const { rows } = await client.execute("select database() as name");
    expect(rows).toEqual([{ name: database }]);
  });

  it("creates sessions and refuses a forged one", async () => {
    const response = await fetch(new URL(CREATE_SESSION_PATH, `http://127.0.0.1:${endpoint.port}`), {
      method: "POST",
      headers: { Authorization: `Basic ${btoa(`${database}:${new URL(endpoint.urlFor(database)).password}`)}` },
      body: "{}",
    });
    const { session } = (await response.json()) as { session: { signature: string; vitessSession: { inTransaction?: boolean } } };
    expect(session.signature).toEqual(expect.any(String));
    const forged = { ...session, vitessSession: { ...session.vitessSession, inTransaction: true } };
    const answer = await fetch(new URL(EXECUTE_PATH, `http://127.0.0.1:${endpoint.port}`), {
      method: "POST",
      headers: { Authorization: `Basic ${btoa(`${database}:${new URL(endpoint.urlFor(database)).password}`)}` },
      body: JSON.stringify({ query: "select 1", session: forged }),
    });
    expect(((await answer.json()) as { error?: { code: string } }).error?.code).toBe("INVALID_ARGUMENT");
  });

  it("takes one statement per request: two are a syntax error and neither runs", async () => {
    const k = key();
    const refused = await failure(client.execute(`${insert(k)}; select 1`));
    expect((refused as DatabaseError).body.code).toBe("INVALID_ARGUMENT");
    expect((await count(k)).n).toBe("0");
  });

  it("reports a duplicate key as Vitess does: ALREADY_EXISTS, with the MySQL error number in the message", async () => {
    const k = key();
    await client.execute(insert(k));
    const refused = (await failure(client.execute(insert(k)))) as DatabaseError;
    expect(refused.body.code).toBe("ALREADY_EXISTS");
    expect(refused.message).toMatch(/code = AlreadyExists desc = Duplicate entry .* \(errno 1062\) \(sqlstate 23000\) \(CallerID: /);
  });

  it("holds one connection from BEGIN to COMMIT: the writes are seen by others only after COMMIT, and the connection is released", async () => {
    const k = key();
    await client.transaction(async (tx) => {
      await tx.execute(insert(k));
      expect((await tx.execute(`select count(*) as n from platform_settings where \`key\` = '${k}'`)).rows).toEqual([{ n: "1" }]);
      expect((await count(k)).n).toBe("0");
      expect(endpoint.stats().openTransactions).toBe(1);
    });
    expect((await count(k)).n).toBe("1");
    expect(endpoint.stats().openTransactions).toBe(0);
  });

  it("rolls back on ROLLBACK and releases the connection", async () => {
    const k = key();
    const error = await failure(
      client.transaction(async (tx) => {
        await tx.execute(insert(k));
        throw new Error("changed my mind");
      }),
    );
    expect((error as Error).message).toBe("changed my mind");
    expect((await count(k)).n).toBe("0");
    expect(endpoint.stats().openTransactions).toBe(0);
  });

  it("refuses a second request on a transaction while one is running (in use), as vttablet does", async () => {
    const outcomes = await client
      .transaction((tx) => Promise.allSettled([tx.execute("select sleep(0.3)"), tx.execute("select 1")]))
      .catch((error: unknown) => [{ status: "rejected", reason: error }]);
    const refused = outcomes.filter((o) => o.status === "rejected").map((o) => String((o as PromiseRejectedResult).reason));
    expect(refused).toEqual([expect.stringMatching(/code = Aborted desc = transaction .*: in use/)]);
    expect(endpoint.stats().openTransactions).toBe(0);
  });

  it("ends a transaction left open past its timeout, rolling back its writes", async () => {
    const k = key();
    const error = await failure(
      client.transaction(async (tx) => {
        await tx.execute(insert(k));
        await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 500));
        await tx.execute("select 1");
      }),
    );
    expect((error as DatabaseError).body.code).toBe("ABORTED");
    expect((await count(k)).n).toBe("0");
    expect(endpoint.stats().openTransactions).toBe(0);
  });

  it("handles transaction control itself and passes every other statement to MySQL", () => {
    expect(["BEGIN", "begin;", "start transaction", "START TRANSACTION READ WRITE", "/* c */ begin"].map(statementKind)).toEqual(Array(5).fill("begin"));
    expect(["COMMIT", "commit work", "ROLLBACK", "rollback to savepoint sp1", "savepoint sp1", "select 'begin'"].map(statementKind)).toEqual([
      "commit",
      "commit",
      "rollback",
      "other",
      "other",
      "other",
    ]);
  });
});
