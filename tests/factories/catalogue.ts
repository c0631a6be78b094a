// Catalogue data in bulk: a scratch database of its own (migrated, reference data loaded) and
// thousands of public programmes with varied facets, written with multi-row INSERTs. Shared by
// the catalogue integration tests and scripts/bench-catalogue.ts. Deterministic: the same seed
// gives the same rows, so a failure can be replayed.
import type { Executor } from "../../db/client";
import { createDb, type DbHandle } from "../../db/client";
import { newId } from "../../db/ids";
import { ensureDatabase, runMigrations } from "../../db/migrate";
import { loadReferenceData } from "../../db/reference/load";
import { countries, institutions, mechanisms, programmes, sectors, users, type ProgrammeStatus } from "../../db/schema";
import { PROGRAMME_FORMATS, WORKING_AREAS } from "../../db/schema/programmes";
import { configForDatabase, dropDatabase, mysqlUrlOf } from "../integration/support/databases";

/**
 * A database of this name on the test server, dropped and rebuilt (migrated, reference data
 * loaded) over mysql2, then opened with the driver under test (see support/databases.ts).
 */
export async function freshScratchDatabase(name: string): Promise<DbHandle> {
  await dropDatabase(name);
  const setup = { driver: "mysql2", url: mysqlUrlOf(name) } as const;
  await ensureDatabase(setup);
  const admin = createDb(setup);
  try {
    await runMigrations(admin, setup);
    await loadReferenceData(admin.db);
  } finally {
    await admin.close();
  }
  return createDb(configForDatabase(name));
}

/** Drops a scratch database made by freshScratchDatabase (after its handle is closed). */
export async function dropScratchDatabase(name: string): Promise<void> {
  await dropDatabase(name);
}

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const some = <T>(xs: readonly T[], min: number, max: number): T[] => {
    const k = min + int(max - min + 1);
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < k && copy.length) out.push(copy.splice(int(copy.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some };
}

/** Title words (one per programme) and summary-only words: full text must find both. */
export const TITLE_TOPICS = ["crop", "malaria", "flood", "speech", "satellite", "fisheries", "tuberculosis", "drought", "traffic", "census", "payments", "maternal", "forestry", "cyclone", "literacy", "irrigation"] as const;
export const SUMMARY_TOPICS = ["mangrove", "cassava", "dengue", "monsoon", "locust", "wildfire", "glacier", "coral"] as const;
const LANGUAGES = ["en", "fr", "es", "ar", "zh", "ru", "pt", "sw", "hi", "bn", "yo", "ha", "id", "vi", "qu"] as const;
const HIDDEN: readonly ProgrammeStatus[] = ["draft", "submitted", "under_review", "approved", "rejected", "withdrawn", "cancelled"];

export type CatalogueWorld = { creatorId: string; leadIds: string[]; countryCodes: string[]; sectorCodes: string[]; mechanismCodes: string[] };

/** A creator and `n` verified lead institutions spread over the eligible countries. */
export async function catalogueWorld(db: Executor, n = 60, seed = 7): Promise<CatalogueWorld> {
  const rnd = prng(seed);
  const [eligible, sectorRows, mechanismRows] = await Promise.all([
    db.select({ code: countries.iso2, g77: countries.g77 }).from(countries),
    db.select({ code: sectors.code }).from(sectors),
    db.select({ code: mechanisms.code }).from(mechanisms),
  ]);
  const countryCodes = eligible.filter((c) => c.g77).map((c) => c.code).sort();
  const creatorId = newId();
  await db.insert(users).values({ id: creatorId, email: `catalogue-${creatorId}@example.test`, name: "Catalogue Creator", emailVerifiedAt: new Date(), passwordHash: "x" });
  const leads = Array.from({ length: n }, (_, i) => {
    const id = newId();
    return {
      id,
      name: `Catalogue Institute ${String(i + 1).padStart(3, "0")}`,
      countryCode: rnd.pick(countryCodes),
      type: "university" as const,
      website: `https://inst-${id}.example.test`,
      emailDomains: [`inst-${id}.example.test`],
      description: "An institution made for the catalogue tests.",
      status: "verified" as const,
      statusChangedAt: new Date(),
      createdByUserId: creatorId,
    };
  });
  await db.insert(institutions).values(leads);
  return {
    creatorId,
    leadIds: leads.map((l) => l.id),
    countryCodes,
    sectorCodes: sectorRows.map((s) => s.code).sort(),
    mechanismCodes: mechanismRows.map((m) => m.code).sort(),
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = 86_400_000;

/**
 * `n` programmes with varied facets (status mostly public, ~10% hidden ones that the catalogue
 * must never show; ~6% flagship; 1–3 sectors; 0–4 spillover countries; 1–3 languages), in
 * multi-row INSERTs of `batch`. References are `${prefix}-000001`…; returns how long it took.
 */
export async function seedCatalogue(db: Executor, world: CatalogueWorld, n: number, { seed = 42, prefix = "CAT", batch = 1000 } = {}): Promise<number> {
  const rnd = prng(seed);
  const started = Date.now();
  const now = Date.UTC(2026, 10, 1);
  for (let offset = 0; offset < n; offset += batch) {
    const rows = Array.from({ length: Math.min(batch, n - offset) }, (_, j) => {
      const i = offset + j + 1;
      const roll = rnd.next();
      const status: ProgrammeStatus = roll < 0.4 ? "open" : roll < 0.7 ? "active" : roll < 0.9 ? "completed" : rnd.pick(HIDDEN);
      const shown = status === "open" || status === "active" || status === "completed";
      const topic = rnd.pick(TITLE_TOPICS);
      const extra = rnd.pick(SUMMARY_TOPICS);
      const hub = rnd.pick(world.countryCodes);
      const capacity = 5 + rnd.int(40);
      const start = now + (rnd.int(720) - 360) * day;
      const published = shown ? new Date(now - rnd.int(700) * day - rnd.int(86_400) * 1000) : null;
      return {
        id: newId(),
        reference: `${prefix}-${String(i).padStart(6, "0")}`,
        leadInstitutionId: rnd.pick(world.leadIds),
        createdByUserId: world.creatorId,
        status,
        title: `Applied ${topic} intelligence programme ${i}`,
        summary: `Partners build ${extra} models and train practitioners together, cohort ${i % 97}.`,
        description: "A programme generated for the catalogue tests.",
        workingArea: rnd.pick(WORKING_AREAS),
        format: rnd.pick(PROGRAMME_FORMATS),
        sectors: rnd.some(world.sectorCodes, 1, 3),
        mechanismCode: rnd.pick(world.mechanismCodes),
        coLeadInstitutionIds: [],
        hubCountry: hub,
        spilloverCountries: rnd.some(world.countryCodes.filter((c) => c !== hub), 0, 4),
        startDate: iso(new Date(start)),
        endDate: iso(new Date(start + 365 * day)),
        applicationDeadline: iso(new Date(start - 30 * day)),
        budgetAmount: 10_000 + rnd.int(990) * 1000,
        budgetCurrency: "USD",
        fundingSources: [{ name: "Lead", side: "lead" as const, amount: 10_000 }],
        capacity,
        languages: rnd.some(LANGUAGES, 1, 3),
        outcomes: [{ metric: "people_trained" as const, target: 10 + rnd.int(500), description: "People trained" }],
        involvesDataSharing: rnd.next() < 0.3,
        isFlagship: shown && rnd.next() < 0.06,
        currentRevision: status === "draft" ? 0 : 1,
        acceptedCount: shown ? rnd.int(capacity + 1) : 0,
        publishedAt: published,
        startedAt: status === "active" || status === "completed" ? published : null,
        closedAt: status === "completed" ? new Date(now) : null,
      };
    });
    await db.insert(programmes).values(rows);
  }
  return Date.now() - started;
}
