// The lifecycle demo seed, played into its own scratch database (migrated here, dropped after):
// it leaves programmes in every state after approval and applications in every participation
// state, all written by the real use cases (audit entries included), and adds nothing when run again.
import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import { auditLog, countries, participations, programmes } from "../../db/schema";
import { seedDemoData } from "../../scripts/seed/demo";
import { LIFECYCLE_STORIES, seedDemoLifecycle, type DemoLifecycleSummary } from "../../scripts/seed/demo-lifecycle";
import { seedDemoProgrammes } from "../../scripts/seed/demo-programmes";
import { ensureDefaultRubric } from "../../server/reviews/rubric";
import { dropScratchDatabase, freshScratchDatabase } from "../factories/catalogue";
import { scratchDatabaseName } from "./support/databases";

// A scratch database of its own on the test server, used through the driver under test.
const SCRATCH = scratchDatabaseName("lifecycle_seed");
let handle: DbHandle;
let first: DemoLifecycleSummary;
let second: DemoLifecycleSummary;

beforeAll(async () => {
  handle = await freshScratchDatabase(SCRATCH);
  await ensureDefaultRubric(handle.db);
  await seedDemoData(handle.db);
  await seedDemoProgrammes(handle.db);
  first = await seedDemoLifecycle(handle.db);
  second = await seedDemoLifecycle(handle.db);
}, 180_000);

afterAll(async () => {
  await handle?.close();
  await dropScratchDatabase(SCRATCH);
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
