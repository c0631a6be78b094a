// The lifecycle demo seed, played into its own scratch database (migrated here, dropped after):
// it leaves programmes in every state after approval and applications in every participation
// state, all written by the real use cases (audit entries included), and adds nothing when run again.
import { and, count, eq, inArray } from "drizzle-orm";
import mysql from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configFromEnv, createDb, type DbHandle } from "../../db/client";
import { ensureDatabase, runMigrations } from "../../db/migrate";
import { loadReferenceData } from "../../db/reference/load";
import { auditLog, countries, participations, programmes } from "../../db/schema";
import { seedDemoData } from "../../db/seed/demo";
import { LIFECYCLE_STORIES, seedDemoLifecycle, type DemoLifecycleSummary } from "../../db/seed/demo-lifecycle";
import { seedDemoProgrammes } from "../../db/seed/demo-programmes";
import { ensureDefaultRubric } from "../../server/reviews/rubric";

// The scratch database lives on the same server as the test database (mysql2 URL).
const testConfig = configFromEnv();
const scratch = new URL(testConfig.driver === "mysql2" ? testConfig.url : "mysql://root@127.0.0.1:3306/southbridge_test");
scratch.pathname = "/southbridge_h1_lifecycle_seed";
const config = { driver: "mysql2" as const, url: scratch.toString() };
let handle: DbHandle;
let first: DemoLifecycleSummary;
let second: DemoLifecycleSummary;

async function dropScratch() {
  const server = new URL(scratch);
  server.pathname = "/";
  const connection = await mysql.createConnection(server.toString());
  await connection.query("DROP DATABASE IF EXISTS southbridge_h1_lifecycle_seed");
  await connection.end();
}

beforeAll(async () => {
  await dropScratch();
  await ensureDatabase(config);
  handle = createDb(config);
  await runMigrations(handle, config);
  await loadReferenceData(handle.db);
  await ensureDefaultRubric(handle.db);
  await seedDemoData(handle.db);
  await seedDemoProgrammes(handle.db);
  first = await seedDemoLifecycle(handle.db);
  second = await seedDemoLifecycle(handle.db);
}, 180_000);

afterAll(async () => {
  await handle?.close();
  await dropScratch();
});

const titles = LIFECYCLE_STORIES.map((s) => s.content.title);

async function seeded() {
  return handle.db.select().from(programmes).where(inArray(programmes.title, titles));
}

describe("the lifecycle demo seed", () => {
  it("plays every story once and adds nothing the second time", async () => {
    expect(first.programmesCreated).toBe(LIFECYCLE_STORIES.length);
    expect(first.applicationsCreated).toBe(LIFECYCLE_STORIES.reduce((n, s) => n + s.applications.length, 0));
    expect(second).toEqual({ summary: "", programmesCreated: 0, applicationsCreated: 0 });
    expect(await seeded()).toHaveLength(LIFECYCLE_STORIES.length);
  });

  it("leaves programmes in every state after approval, some flagship, the completed one with its outcome report, the cancelled one with its reason", async () => {
    const rows = await seeded();
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["approved", "open", "active", "completed", "cancelled"]));
    expect(rows.filter((r) => r.isFlagship).length).toBeGreaterThanOrEqual(2);
    const completed = rows.find((r) => r.status === "completed")!;
    expect(completed.outcomeReport?.results.length).toBe(completed.outcomes.length);
    expect(completed.outcomeReport?.narrative.length).toBeGreaterThan(20);
    expect(rows.find((r) => r.status === "cancelled")!.cancellationReason).toBeTruthy();
  });

  it("has applications in every participation state, each with its audit trail, and accepted counts that match", async () => {
    const rows = await seeded();
    const apps = await handle.db.select().from(participations).where(inArray(participations.programmeId, rows.map((r) => r.id)));
    expect(new Set(apps.map((a) => a.status))).toEqual(new Set(["pending", "accepted", "declined", "withdrawn", "left"]));
    for (const p of rows) expect({ reference: p.reference, accepted: p.acceptedCount }).toEqual({ reference: p.reference, accepted: apps.filter((a) => a.programmeId === p.id && a.status === "accepted").length });
    const [applied] = await handle.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, "participation.apply"), inArray(auditLog.objectId, apps.map((a) => a.id))));
    expect(applied?.n).toBe(apps.length);
  });

  it("leaves at least three open data-sharing programmes with accepted participants, and an open flagship in Sub-Saharan Africa with a sector and few places left", async () => {
    const open = await handle.db
      .select({ id: programmes.id, capacity: programmes.capacity, acceptedCount: programmes.acceptedCount, isFlagship: programmes.isFlagship, sectors: programmes.sectors, subregion: countries.subregion, dataSharing: programmes.involvesDataSharing })
      .from(programmes)
      .innerJoin(countries, eq(countries.iso2, programmes.hubCountry))
      .where(and(inArray(programmes.title, titles), eq(programmes.status, "open")));
    expect(open.filter((p) => p.dataSharing && p.acceptedCount >= 1).length).toBeGreaterThanOrEqual(3);
    const flagshipSsa = open.filter((p) => p.isFlagship && p.subregion === "Sub-Saharan Africa" && p.sectors.length > 0 && p.capacity! - p.acceptedCount >= 1 && p.capacity! <= 5);
    expect(flagshipSsa.length).toBeGreaterThanOrEqual(1);
  });
});
