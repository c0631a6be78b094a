// The catalogue's plan uses its index at 20,000 programmes (bulk-seeded in a scratch database of
// its own, <test database>_catalogue_plan): the first page of the unfiltered catalogue is a range
// of programmes_public_idx read in the catalogue's order (no filesort, no scan of every row), and
// the total is counted from the same index alone. The stored is_public column agrees with the
// catalogue's statuses for every programme status.
import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import { PROGRAMME_STATUSES, programmes } from "../../db/schema";
import { CATALOGUE_STATUSES } from "../../server/catalogue/facets";
import { openProgrammeRowsQuery } from "../../server/catalogue/open-data";
import { catalogueFilters } from "../../server/catalogue/schemas";
import { pageBoundsQuery } from "../../server/open-data/keyset";
import { catalogueIdsQuery, catalogueTotalQuery } from "../../server/catalogue/search-catalogue";
import { catalogueWorld, dropScratchDatabase, freshScratchDatabase, seedCatalogue } from "../factories/catalogue";
import { scratchDatabaseName } from "./support/databases";

const DB_NAME = scratchDatabaseName("catalogue_plan");
const PROGRAMMES = 20_000;

type PlanRow = { table: string | null; type: string | null; key: string | null; rows: number | string | null; Extra: string | null };
let handle: DbHandle;

/** The rows of EXPLAIN for a query, whichever driver returns them. */
async function explain(query: { getSQL(): SQL }): Promise<PlanRow[]> {
  const result: unknown = await handle.db.execute(sql`explain ${query.getSQL()}`);
  const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : (result as { rows: unknown[] }).rows) as PlanRow[];
  return rows;
}

const describePlan = (rows: PlanRow[]) => rows.map((r) => `${r.table} ${r.type} key=${r.key} rows=${r.rows} ${r.Extra ?? ""}`).join("\n");

beforeAll(async () => {
  handle = await freshScratchDatabase(DB_NAME);
  const world = await catalogueWorld(handle.db, 60);
  const ms = await seedCatalogue(handle.db, world, PROGRAMMES, { seed: 14 });
  console.log(`seeded ${PROGRAMMES} programmes in ${ms} ms`);
  await handle.db.execute(sql`analyze table ${programmes}`);
}, 600_000);

afterAll(async () => {
  await handle?.close();
  await dropScratchDatabase(DB_NAME);
});

describe("the catalogue's plan at 20,000 programmes", () => {
  it("reads the first page of the unfiltered catalogue off programmes_public_idx, in order, without a filesort", async () => {
    const plan = await explain(catalogueIdsQuery({ db: handle.db }, catalogueFilters.parse({})));
    console.log(`page of ids:\n${describePlan(plan)}`);
    const scan = plan.find((r) => r.table === "programmes")!;
    expect(scan.key).toBe("programmes_public_idx");
    expect(scan.type).toBe("ref");
    expect(scan.Extra ?? "").not.toMatch(/filesort/i);
  });

  it("counts the unfiltered total from the index alone (no table rows read)", async () => {
    const plan = await explain(catalogueTotalQuery({ db: handle.db }, catalogueFilters.parse({})));
    console.log(`total:\n${describePlan(plan)}`);
    const scan = plan.find((r) => r.table === "programmes")!;
    expect(scan.key).toMatch(/^programmes_(public|catalogue)_idx$/);
    expect(scan.Extra ?? "").toMatch(/Using index/);
    expect(scan.type).not.toBe("ALL");
  });

  it("keeps a filtered view (flagships, a working area) on an index instead of a scan of every programme", async () => {
    for (const input of [{ flagship: "1" }, { area: "data_governance" }, { status: "open" }]) {
      const plan = await explain(catalogueIdsQuery({ db: handle.db }, catalogueFilters.parse(input)));
      console.log(`${JSON.stringify(input)}:\n${describePlan(plan)}`);
      expect(plan.find((r) => r.table === "programmes")!.type, JSON.stringify(input)).not.toBe("ALL");
    }
  });

  it("reads an open-data chunk (programmes.json pages and dumps) as a range of programmes_reference_uq in order, without a filesort", async () => {
    for (const range of [{ limit: 250 }, { after: "CAT-010000", limit: 250 }, { after: "CAT-010000", through: "CAT-010400", limit: 250 }]) {
      const plan = await explain(openProgrammeRowsQuery(handle.db, range));
      console.log(`open-data chunk ${JSON.stringify(range)}:\n${describePlan(plan)}`);
      expect(plan).toHaveLength(1);
      const scan = plan[0]!;
      expect(scan.key, JSON.stringify(range)).toBe("programmes_reference_uq");
      expect(scan.Extra ?? "").not.toMatch(/filesort|temporary/i);
    }
  });

  it("finds where an open-data page ends from the reference index alone", async () => {
    const plan = await explain(pageBoundsQuery(handle.db, { after: "CAT-010000", limit: 500 }));
    console.log(`page bounds:\n${describePlan(plan)}`);
    const scan = plan.find((r) => r.table === "programmes")!;
    expect(scan.key).toMatch(/^programmes_(reference_uq|public_idx)$/);
    expect(scan.Extra ?? "").not.toMatch(/filesort|temporary/i);
    expect(scan.type).not.toBe("ALL");
  });

  it("agrees with the catalogue's statuses: is_public is set for open, active and completed programmes only", async () => {
    const result: unknown = await handle.db.execute(sql`select status, min(is_public) as lo, max(is_public) as hi from ${programmes} group by status`);
    const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : (result as { rows: unknown[] }).rows) as { status: string; lo: number | string; hi: number | string }[];
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const expected = (CATALOGUE_STATUSES as readonly string[]).includes(row.status) ? 1 : 0;
      expect([Number(row.lo), Number(row.hi)], row.status).toEqual([expected, expected]);
    }
    expect(PROGRAMME_STATUSES.length).toBe(11);
  });
});
