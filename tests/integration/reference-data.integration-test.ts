import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { configFromEnv, createDb } from "../../db/client";
import { loadReferenceData, parseCsv, readCountries } from "../../db/reference/load";
import { countries, mechanisms, sectors, transferRules } from "../../db/schema";

const handle = createDb(configFromEnv());
const { db } = handle;

async function tableCounts() {
  const [[c], [m], [s], [t]] = await Promise.all([
    db.select({ n: count() }).from(countries),
    db.select({ n: count() }).from(mechanisms),
    db.select({ n: count() }).from(sectors),
    db.select({ n: count() }).from(transferRules),
  ]);
  return { countries: c?.n, mechanisms: m?.n, sectors: s?.n, transferRules: t?.n };
}

async function country(iso2: string) {
  const [row] = await db.select().from(countries).where(eq(countries.iso2, iso2));
  return row;
}

beforeAll(async () => {
  await loadReferenceData(db);
});

afterAll(async () => {
  await handle.close();
});

describe("reference data", () => {
  it("loads the 194 countries of the CSV", async () => {
    expect((await tableCounts()).countries).toBe(194);
  });

  it("keeps Namibia's iso2 code NA instead of reading it as a missing value", async () => {
    expect(await country("NA")).toMatchObject({ iso2: "NA", iso3: "NAM", name: "Namibia", g77: true });
    expect(readCountries().filter((c) => c.iso2 === "NA")).toHaveLength(1);
  });

  it("marks Kenya as a G77 country and France as not one", async () => {
    expect((await country("KE"))?.g77).toBe(true);
    expect((await country("FR"))?.g77).toBe(false);
  });

  it("counts China, listed with the Group of 77 and China, as Global South", async () => {
    expect(await country("CN")).toMatchObject({ g77: true, brics: true });
  });

  it("loads mechanisms and sectors, every sector code given being a 5-digit DAC purpose code", async () => {
    const counts = await tableCounts();
    expect(counts.mechanisms).toBeGreaterThan(0);
    expect(counts.sectors).toBeGreaterThan(0);
    const rows = await db.select().from(sectors);
    const withCode = rows.filter((s) => s.dacCode !== null);
    expect(withCode.length).toBeGreaterThan(0);
    for (const s of withCode) expect(s.dacCode).toMatch(/^\d{5}$/);
    // The source gives no DAC code for language technology; no other sector may lack one.
    expect(rows.filter((s) => s.dacCode === null).map((s) => s.code)).toEqual(["language_technology"]);
  });

  it("stores the accepted safeguards of a transfer rule as a list", async () => {
    const [kenya] = await db.select().from(transferRules).where(eq(transferRules.iso2, "KE"));
    expect(kenya).toMatchObject({ safeguardRequired: true, acceptedSafeguards: ["adequacy", "appropriate_safeguards", "necessity", "consent"] });
    const [india] = await db.select().from(transferRules).where(eq(transferRules.iso2, "IN"));
    expect(india).toMatchObject({ safeguardRequired: false, acceptedSafeguards: [] });
  });

  it("leaves the same rows behind when loaded a second time", async () => {
    const before = await tableCounts();
    const snapshot = await db.select().from(countries).orderBy(countries.iso2);
    const loaded = await loadReferenceData(db);
    expect(await tableCounts()).toEqual(before);
    expect(loaded).toEqual(before);
    expect(await db.select().from(countries).orderBy(countries.iso2)).toEqual(snapshot);
  });

  it("upserts each table in one statement, whatever the number of rows", async () => {
    const start = handle.roundTrips.count;
    await loadReferenceData(db);
    expect(handle.roundTrips.count - start).toBeLessThanOrEqual(6); // BEGIN, 4 upserts, COMMIT
  });
});

describe("the CSV parser", () => {
  it("reads quoted fields holding commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,b,c\r\nNA,"x, ""y""\nz",\n"",2,3\n')).toEqual([
      ["a", "b", "c"],
      ["NA", 'x, "y"\nz', ""],
      ["", "2", "3"],
    ]);
  });

  it("refuses a quoted field that is never closed", () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/unterminated/);
  });
});
