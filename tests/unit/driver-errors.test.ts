// driverErrorCode reads the MySQL error behind a failed query the same way whichever driver
// raised it: mysql2 puts the code on the error, PlanetScale (Vitess) writes the error number in
// the message; drizzle wraps both in a DrizzleQueryError whose message quotes the parameters.
import { DatabaseError } from "@planetscale/database";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { configFromEnv, driverErrorCode } from "../../db/client";

/** An error as mysql2 raises it. */
function mysql2Error(code: string, errno: number, message: string) {
  return Object.assign(new Error(message), { code, errno, sqlMessage: message });
}

/** An error as @planetscale/database raises it: HTTP 200 with { error: { message, code } } becomes DatabaseError(message, 400, body). */
function planetscaleError(errno: number, code: string, mysqlMessage: string, query: string) {
  const message = `target: app.-.primary: vttablet: rpc error: code = ${code} desc = ${mysqlMessage} (errno ${errno}) (sqlstate 23000) (CallerID: app): Sql: ${JSON.stringify(query)}, BindVars: {}`;
  return new DatabaseError(message, 400, { message, code: code.toUpperCase() });
}

const insert = "insert into `users` (`id`, `email`, `name`) values (?, ?, ?)";

describe("the MySQL error behind a failed query", () => {
  it("is ER_DUP_ENTRY for a duplicate key on mysql2 and on PlanetScale, as drizzle raises them", () => {
    const params = ["u1", "a@example.test", "Ama"];
    expect(driverErrorCode(new DrizzleQueryError(insert, params, mysql2Error("ER_DUP_ENTRY", 1062, "Duplicate entry 'a@example.test' for key 'users_email'")))).toBe("ER_DUP_ENTRY");
    const formatted = "insert into `users` (`id`, `email`, `name`) values ('u1', 'a@example.test', 'Ama')";
    expect(driverErrorCode(new DrizzleQueryError(insert, params, planetscaleError(1062, "AlreadyExists", "Duplicate entry 'a@example.test' for key 'users_email'", formatted)))).toBe("ER_DUP_ENTRY");
  });

  it("is not a duplicate when another error's query merely carries the words 'Duplicate entry' in a value", () => {
    const params = ["u1", "a@example.test", "Duplicate entry ".repeat(40)];
    const tooLong = "Data too long for column 'name' at row 1";
    expect(driverErrorCode(new DrizzleQueryError(insert, params, mysql2Error("ER_DATA_TOO_LONG", 1406, tooLong)))).toBe("ER_DATA_TOO_LONG");
    const formatted = `insert into \`users\` values ('u1', 'a@example.test', '${params[2]}')`;
    expect(driverErrorCode(new DrizzleQueryError(insert, params, planetscaleError(1406, "InvalidArgument", tooLong, formatted)))).toBe("ER_DATA_TOO_LONG");
  });

  it("names a deadlock and a lock wait timeout on PlanetScale as mysql2 does", () => {
    expect(driverErrorCode(planetscaleError(1213, "Aborted", "Deadlock found when trying to get lock; try restarting transaction", "update x"))).toBe("ER_LOCK_DEADLOCK");
    expect(driverErrorCode(planetscaleError(1205, "DeadlineExceeded", "Lock wait timeout exceeded; try restarting transaction", "update x"))).toBe("ER_LOCK_WAIT_TIMEOUT");
  });

  it("is undefined for an error that did not come from MySQL", () => {
    expect(driverErrorCode(new Error("Duplicate entry"))).toBeUndefined();
    expect(driverErrorCode(new DrizzleQueryError("select 1", [], new TypeError("fetch failed")))).toBeUndefined();
  });
});

describe("the driver chosen by the environment", () => {
  it("is mysql2 for a mysql:// URL and PlanetScale for *.psdb.cloud or the three PlanetScale variables", () => {
    expect(configFromEnv({ DATABASE_URL: "mysql://root@127.0.0.1:3306/app" })).toEqual({ driver: "mysql2", url: "mysql://root@127.0.0.1:3306/app" });
    expect(configFromEnv({ DATABASE_URL: "mysql://u:p@aws.connect.psdb.cloud/app?sslaccept=strict" }).driver).toBe("planetscale");
    expect(configFromEnv({ DATABASE_HOST: "aws.connect.psdb.cloud", DATABASE_USERNAME: "u", DATABASE_PASSWORD: "p" })).toEqual({ driver: "planetscale", host: "aws.connect.psdb.cloud", username: "u", password: "p" });
  });

  it("is PlanetScale's HTTP API for an https:// URL, and for http:// only on this machine", () => {
    expect(configFromEnv({ DATABASE_URL: "https://u:p@aws.connect.psdb.cloud" }).driver).toBe("planetscale");
    expect(configFromEnv({ DATABASE_URL: "http://app:p@127.0.0.1:4000" })).toEqual({ driver: "planetscale", url: "http://app:p@127.0.0.1:4000" });
    expect(() => configFromEnv({ DATABASE_URL: "http://u:p@db.example.org" })).toThrow(/http:\/\/ is only allowed/);
  });
});
