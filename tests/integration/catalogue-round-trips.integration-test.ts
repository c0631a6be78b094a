// Over 20,000 programmes (bulk-seeded in a scratch database of its own, <test database>_catalogue_rt),
// every catalogue request makes at most 3 sequential database round trips — counted from before
// the viewer is loaded (as every request does) to the end of the call, through the real router —
// and every filter combination returns exactly the rows an independent filter over the seeded
// data expects, in the catalogue's order (relevance first when searching text).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import { countries, programmes } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import { CATALOGUE_STATUSES, isRegion } from "../../server/catalogue/facets";
import { planSearch } from "../../server/catalogue/full-text";
import { catalogueFilters, type CatalogueFiltersInput } from "../../server/catalogue/schemas";
import { createCaller } from "../../server/trpc/root";
import { addMembership, createUser, type User } from "../factories";
import { catalogueWorld, dropScratchDatabase, freshScratchDatabase, seedCatalogue, type CatalogueWorld } from "../factories/catalogue";
import { scratchDatabaseName } from "./support/databases";
import { TEST_META } from "./support/personas";

const DB_NAME = scratchDatabaseName("catalogue_rt");
const PROGRAMMES = 20_000;
const BUDGET = 3;

let handle: DbHandle;
let world: CatalogueWorld;
let member: User;
type Row = typeof programmes.$inferSelect;
let rows: Row[];
let regionOf: Map<string, { region: string; subregion: string }>;

beforeAll(async () => {
  handle = await freshScratchDatabase(DB_NAME);
  world = await catalogueWorld(handle.db, 60);
  const ms = await seedCatalogue(handle.db, world, PROGRAMMES, { seed: 2026 });
  console.log(`seeded ${PROGRAMMES} programmes in ${ms} ms`);
  member = await createUser(handle.db);
  await addMembership(handle.db, { institutionId: world.leadIds[0]!, userId: member.id });
  const [all, places] = await Promise.all([
    handle.db.select().from(programmes),
    handle.db.select({ code: countries.iso2, region: countries.region, subregion: countries.subregion }).from(countries),
  ]);
  rows = all;
  regionOf = new Map(places.map((c) => [c.code, c]));
}, 300_000);

afterAll(async () => {
  await handle?.close();
  await dropScratchDatabase(DB_NAME);
});

/** The catalogue's rules written again, independently, over the rows read back from the database. */
function oracle(input: CatalogueFiltersInput) {
  const f = catalogueFilters.parse(input);
  const plan = planSearch(f.q);
  const words = (plan.fullText ?? "").split(" ").filter(Boolean).map((w) => w.slice(1, -1));
  const likes = plan.like.map((p) => p.slice(1, -1));
  const inRegion = (code: string | null) => {
    const c = code ? regionOf.get(code) : undefined;
    return !!c && (isRegion(f.region!) ? c.region === f.region : c.subregion === f.region);
  };
  const matches = rows.filter((r) => {
    if (!(f.status ? r.status === f.status : (CATALOGUE_STATUSES as readonly string[]).includes(r.status))) return false;
    if (f.area && r.workingArea !== f.area) return false;
    if (f.format && r.format !== f.format) return false;
    if (f.mechanism && r.mechanismCode !== f.mechanism) return false;
    if (f.flagship && !r.isFlagship) return false;
    if (f.sector && !r.sectors.includes(f.sector)) return false;
    if (f.language && !r.languages.includes(f.language)) return false;
    if (f.country && r.hubCountry !== f.country && !r.spilloverCountries.includes(f.country)) return false;
    if (f.region && !inRegion(r.hubCountry) && !r.spilloverCountries.some(inRegion)) return false;
    const text = `${r.title} ${r.summary}`.toLowerCase();
    const tokens = text.split(/[^\p{L}\p{N}]+/u);
    if (!words.every((w) => tokens.some((t) => t.startsWith(w)))) return false;
    return likes.every((l) => text.includes(l));
  });
  matches.sort((a, b) => Number(b.isFlagship) - Number(a.isFlagship) || (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0) || a.reference.localeCompare(b.reference));
  return { refs: matches.map((r) => r.reference), filters: f, hasFullText: words.length > 0 };
}

async function callerFor(user: User | null) {
  return createCaller({ db: handle.db, viewer: user ? await loadViewer(handle.db, user.id, user.sessionVersion) : null, meta: TEST_META, defer: () => {} });
}

/** Sequential round trips and wall time of one request: loading the viewer, then the call. */
async function measure<T>(user: User | null, call: (api: Awaited<ReturnType<typeof callerFor>>) => Promise<T>) {
  if (handle.roundTrips.inFlight !== 0) throw new Error("a query is still in flight: the count would be wrong");
  const start = handle.roundTrips.sequential;
  const t0 = performance.now();
  const result = await call(await callerFor(user));
  return { result, trips: handle.roundTrips.sequential - start, ms: performance.now() - t0 };
}

// A sector, country and language that the seed certainly uses (deterministic seed).
const CASES: Record<string, CatalogueFiltersInput> = {
  "no filter": {},
  "page 2": { page: 2 },
  "q (title word)": { q: "malaria" },
  "q (summary word)": { q: "mangrove" },
  "q (two words, prefix)": { q: "cassava irrig" },
  "q (short word, LIKE)": { q: "AI flood" },
  "region Africa": { region: "Africa" },
  "sub-region Sub-Saharan Africa": { region: "Sub-Saharan Africa" },
  "country KE": { country: "KE" },
  "sector agriculture": { sector: "agriculture" },
  "flagship": { flagship: true },
  "status open": { status: "open" },
  "status completed": { status: "completed" },
  "language sw": { language: "sw" },
  "area, format, mechanism": { area: "application", format: "pilot", mechanism: "BRICS" },
  "open flagship agriculture in Sub-Saharan Africa": { status: "open", flagship: true, sector: "agriculture", region: "Sub-Saharan Africa" },
  "everything, page 2": { q: "programme", region: "Asia", country: "CN", sector: "health", flagship: false, status: "active", language: "en", page: 2 },
  "q + region + page 2": { q: "crop", region: "Africa", page: 2 },
  "page past the end": { status: "completed", page: 9999 },
};

const results: { name: string; tripsVisitor: number; tripsMember: number; ms: number; total: number }[] = [];

afterAll(() => {
  console.log(
    [
      `catalogue over ${PROGRAMMES} programmes: sequential round trips (visitor / signed-in member incl. viewer) and time`,
      ...results.map((r) => `${r.name.padEnd(52)} ${String(r.tripsVisitor).padStart(3)} ${String(r.tripsMember).padStart(3)} ${r.ms.toFixed(1).padStart(8)} ms  total ${r.total}`),
    ].join("\n"),
  );
});

describe(`the catalogue over ${PROGRAMMES.toLocaleString("en")} programmes`, () => {
  it("has the seeded volume, public and hidden", () => {
    expect(rows).toHaveLength(PROGRAMMES);
    const shown = rows.filter((r) => (CATALOGUE_STATUSES as readonly string[]).includes(r.status)).length;
    expect(shown).toBeGreaterThan(PROGRAMMES * 0.85);
    expect(shown).toBeLessThan(PROGRAMMES);
  });

  it.each(Object.keys(CASES))(`search "%s": at most ${BUDGET} round trips, and exactly the expected rows`, async (name) => {
    const input = CASES[name]!;
    const expected = oracle(input);
    const asVisitor = await measure(null, (api) => api.catalogue.search(input));
    const asMember = await measure(member, (api) => api.catalogue.search(input));
    results.push({ name, tripsVisitor: asVisitor.trips, tripsMember: asMember.trips, ms: asMember.ms, total: asMember.result.total });
    expect(asVisitor.trips).toBe(1);
    expect(asMember.trips).toBeLessThanOrEqual(BUDGET);
    expect(asMember.trips).toBe(2);

    const page = asMember.result;
    expect(page.total).toBe(expected.refs.length);
    const from = (expected.filters.page - 1) * 20;
    const got = page.items.map((i) => i.reference);
    if (expected.hasFullText) {
      // Relevance comes first: the page holds matching rows, as many as there should be.
      expect(got).toHaveLength(Math.max(0, Math.min(20, expected.refs.length - from)));
      const allowed = new Set(expected.refs);
      expect(got.filter((r) => !allowed.has(r))).toEqual([]);
    } else {
      expect(got).toEqual(expected.refs.slice(from, from + 20));
    }
    expect(asVisitor.result).toEqual(page);
  });

  it("finds something for the filter combinations that should (the seed is varied enough)", () => {
    const empty = results.filter((r) => r.total === 0).map((r) => r.name);
    expect(empty).toEqual([]);
  });

  it(`reads a programme page (byReference) in at most ${BUDGET} round trips`, async () => {
    const target = rows.find((r) => r.status === "open")!;
    const asVisitor = await measure(null, (api) => api.catalogue.byReference({ reference: target.reference }));
    const asMember = await measure(member, (api) => api.catalogue.byReference({ reference: target.reference }));
    results.push({ name: "byReference", tripsVisitor: asVisitor.trips, tripsMember: asMember.trips, ms: asMember.ms, total: 1 });
    expect(asVisitor.trips).toBe(1);
    expect(asMember.trips).toBe(2);
    expect(asMember.result.programme.reference).toBe(target.reference);
    expect(asMember.result.spillovers.map((s) => s.code)).toEqual(target.spilloverCountries);
  });
});
