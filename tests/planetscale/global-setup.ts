// The PlanetScale pass (`vitest run --project integration --mode planetscale`): runs after
// tests/integration/global-setup.ts has created, migrated and seeded the test database over
// mysql2, starts the PlanetScale HTTP endpoint in front of that server, and points the test
// workers at it — DATABASE_URL becomes http://<database>:<password>@127.0.0.1:<port>, which
// db/client.ts opens with @planetscale/database; TEST_MYSQL_URL keeps the mysql2 URL for
// creating and dropping scratch databases.
import { startEndpoint } from "./endpoint";

export default async function setup(): Promise<() => Promise<void>> {
  const mysqlUrl = process.env.DATABASE_URL;
  if (!mysqlUrl?.startsWith("mysql://")) throw new Error(`the PlanetScale pass needs DATABASE_URL=mysql://… (got ${mysqlUrl ?? "nothing"})`);
  const database = decodeURIComponent(new URL(mysqlUrl).pathname.replace(/^\//, ""));
  const endpoint = await startEndpoint({ upstream: mysqlUrl });
  process.env.TEST_MYSQL_URL = mysqlUrl;
  process.env.DATABASE_URL = endpoint.urlFor(database);
  console.log(`PlanetScale endpoint on 127.0.0.1:${endpoint.port} in front of ${database}`);
  return async () => {
    const { requests, openTransactions } = endpoint.stats();
    console.log(`PlanetScale endpoint: ${requests} requests served, ${openTransactions} transactions left open`);
    await endpoint.close();
    process.env.DATABASE_URL = mysqlUrl;
    delete process.env.TEST_MYSQL_URL;
  };
}
