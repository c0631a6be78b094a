// A fresh, migrated database of a test's own (`<test db>_<purpose>`, so runs on other test
// databases never share it), created over mysql2 and opened with the driver under test.
import type { DbHandle } from "../../db/client";
import { configForDatabase, mysqlUrlOf, scratchDatabaseName } from "../integration/support/databases";
import { dropScratchDatabase, freshScratchDatabase } from "./catalogue";

export type Scratch = DbHandle & {
  /** The DATABASE_URL that opens it with the driver under test (route handlers, scripts). */
  url: string;
  /** The same database over mysql2 (for set-up that must bypass the driver under test). */
  mysqlUrl: string;
  drop: () => Promise<void>;
};

export async function openScratchDb(purpose: string): Promise<Scratch> {
  const name = scratchDatabaseName(purpose);
  const handle = await freshScratchDatabase(name);
  const config = configForDatabase(name);
  return { ...handle, url: config.driver === "mysql2" ? config.url : (config.url ?? ""), mysqlUrl: mysqlUrlOf(name), drop: () => dropScratchDatabase(name) };
}
