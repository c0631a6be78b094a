// What a query returns does not depend on the driver: through PlanetScale's HTTP driver the
// application reads the same JavaScript values as through mysql2 (the suite runs over both).
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { affectedRows, insertId, rowsOf, writeBound } from "../../db/client";
import { newId } from "../../db/ids";
import { auditLog, countries, openDataDumpChunks, platformSettings } from "../../db/schema";
import { openTestDb } from "./support/db";

const handle = openTestDb();
const { db } = handle;
const settingKey = `test.values.${newId()}`;

const buildId = newId().padEnd(32, "0").slice(0, 32);

afterAll(async () => {
  await db.delete(platformSettings).where(eq(platformSettings.key, settingKey));
  await db.delete(openDataDumpChunks).where(eq(openDataDumpChunks.buildId, buildId));
  await handle.close();
});

describe("values read through the driver under test", () => {
  it("are numbers for integer expressions (count, exists, a literal), exact strings for decimals and 64-bit integers past 2^53, text for dates", async () => {
    const [row] = await db
      .select({
        n: sql<number>`count(*)`,
        one: sql<number>`1`,
        anyCountry: sql<number>`exists (select 1 from ${countries})`,
        big: sql<string>`cast(18446744073709551615 as unsigned)`,
        amount: sql<string>`cast(12.5 as decimal(10,2))`,
        none: sql<null>`null`,
        at: sql<string>`cast('2026-01-02 03:04:05.678' as datetime(3))`,
      })
      .from(countries)
      .where(eq(countries.iso2, "KE"));
    expect(row).toEqual({ n: 1, one: 1, anyCountry: 1, big: "18446744073709551615", amount: "12.50", none: null, at: "2026-01-02 03:04:05.678" });
  });

  it("are the same rows from a raw statement (db.execute), whatever shape the driver gives its result", async () => {
    const rows = rowsOf<{ iso2: string; n: number; name: string }>(
      await db.execute(sql`select iso2, 2 as n, name from ${countries} where ${countries.iso2} in ('KE', 'CN') order by iso2`),
    );
    expect(rows.map((r) => [r.iso2, r.n])).toEqual([
      ["CN", 2],
      ["KE", 2],
    ]);
    expect(rows.every((r) => typeof r.name === "string" && r.name.length > 0)).toBe(true);
  });

  it("give an INSERT's auto-increment id and the rows a statement matched, also when it changed nothing", async () => {
    const inserted = await db.insert(auditLog).values({ actorUserId: null, action: "test.driver_values", objectType: "test", objectId: settingKey, changes: {}, context: {} });
    const id = insertId(inserted);
    const [stored] = await db.select({ objectId: auditLog.objectId }).from(auditLog).where(eq(auditLog.id, id));
    expect(stored?.objectId).toBe(settingKey);
    expect(affectedRows(inserted)).toBe(1);

    await db.insert(platformSettings).values({ key: settingKey, value: "same" });
    const set = () => db.update(platformSettings).set({ value: "same" }).where(eq(platformSettings.key, settingKey));
    // PlanetScale sessions count rows found (clientFoundRows), as mysql2 does: a write that
    // leaves the row as it was still reports it, so a guard never mistakes it for a lost race.
    expect(affectedRows(await set())).toBe(1);
    expect(affectedRows(await db.delete(platformSettings).where(eq(platformSettings.key, `${settingKey}.none`)))).toBe(0);
  });

  it("are written as given by a bound write (writeBound): 300 KB of every byte value and of UTF-8 text in four scripts, in one round trip each", async () => {
    const piece = `'"\\\0?${"`"}\n\r\t\u001a ؟ مرحبا 你好 Привет 🌍🇧🇷 `;
    const text = Buffer.from(piece.repeat(Math.ceil((300 * 1024) / piece.length)), "utf8");
    const everyByte = Buffer.from(Array.from({ length: 300 * 1024 }, (_, i) => (i * 7) % 256));
    for (const [seq, body] of [text, everyByte].entries()) {
      const before = handle.roundTrips.sequential;
      const changed = await writeBound(db, db.insert(openDataDumpChunks).values({ buildId, seq, body, createdAt: new Date() }));
      expect(handle.roundTrips.sequential - before).toBe(1);
      expect(changed).toBe(1);
    }
    const stored = await db.select({ body: openDataDumpChunks.body }).from(openDataDumpChunks).where(eq(openDataDumpChunks.buildId, buildId)).orderBy(openDataDumpChunks.seq);
    expect(stored.map((r) => r.body instanceof Uint8Array)).toEqual([true, true]);
    expect(Buffer.from(stored[0]!.body).equals(text)).toBe(true);
    expect(Buffer.from(stored[1]!.body).equals(everyByte)).toBe(true);
    expect(await writeBound(db, db.update(openDataDumpChunks).set({ createdAt: new Date() }).where(eq(openDataDumpChunks.buildId, buildId)))).toBe(2);
    expect(await writeBound(db, db.update(openDataDumpChunks).set({ seq: 9 }).where(eq(openDataDumpChunks.buildId, `${buildId.slice(0, 31)}-`)))).toBe(0);
  });

  it("refuse a bound write on a database that createDb did not make", async () => {
    await expect(writeBound({} as typeof db, sql`select 1`)).rejects.toThrow(/createDb/);
  });
});
