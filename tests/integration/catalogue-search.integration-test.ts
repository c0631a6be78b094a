// The public catalogue returns exactly the right programmes for each filter, on small dedicated
// fixtures in a scratch database of its own (<test database>_catalogue), so every expectation
// is exact: the shared test database holds other tests' programmes. Also: a programme's public
// page, and the programmes open data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/ids";
import { participations } from "../../db/schema";
import { getPublicProgramme } from "../../server/catalogue/get-public-programme";
import { listOpenProgrammes, OPEN_PROGRAMME_COLUMNS, toCsvRecord } from "../../server/catalogue/open-data";
import { catalogueFilters, type CatalogueFiltersInput } from "../../server/catalogue/schemas";
import { searchCatalogue } from "../../server/catalogue/search-catalogue";
import { loadViewer } from "../../server/auth/load-viewer";
import { toCsv } from "../../server/open-data/csv";
import { addMembership, createInstitution, createProgramme, createUser, type Institution, type Programme, type User } from "../factories";
import { dropScratchDatabase, freshScratchDatabase } from "../factories/catalogue";
import { scratchDatabaseName } from "./support/databases";
import { domainErrorOf } from "./support/errors";
import type { DbHandle } from "../../db/client";

const DB_NAME = scratchDatabaseName("catalogue");
let handle: DbHandle;
const P: Record<string, Programme> = {};
let kenya: Institution, china: Institution, brazil: Institution, ghana: Institution, egypt: Institution, india: Institution;
let applicant: Institution;
let memberOfApplicant: User;

const search = (input: CatalogueFiltersInput) => searchCatalogue({ db: handle.db }, catalogueFilters.parse(input));
const refs = async (input: CatalogueFiltersInput) => (await search(input)).items.map((i) => i.reference).sort();
const expected = (...names: string[]) => names.map((n) => P[n]!.reference).sort();

beforeAll(async () => {
  handle = await freshScratchDatabase(DB_NAME);
  const { db } = handle;
  [kenya, china, brazil, ghana, egypt, india, applicant] = await Promise.all(
    ["KE", "CN", "BR", "GH", "EG", "IN", "NG"].map((countryCode, i) => createInstitution(db, { countryCode, name: `Fixture Institute ${i} ${countryCode}` })),
  ) as [Institution, Institution, Institution, Institution, Institution, Institution, Institution];
  memberOfApplicant = await createUser(db);
  await addMembership(db, { institutionId: applicant.id, userId: memberOfApplicant.id });
  const of = (lead: Institution) => ({ leadInstitutionId: lead.id, createdByUserId: lead.createdByUserId });
  const fixtures: Record<string, Parameters<typeof createProgramme>[1]> = {
    cassava: {
      ...of(kenya), status: "open", isFlagship: true, title: "Cassava disease detection pilot",
      summary: "Phone-based diagnosis for smallholder farmers in East Africa.", hubCountry: "KE", spilloverCountries: ["TZ"],
      sectors: ["agriculture"], mechanismCode: "FOCAC", workingArea: "application", format: "pilot", languages: ["en", "sw"],
      coLeadInstitutionIds: [ghana.id], capacity: 3, acceptedCount: 1, applicationDeadline: "2099-12-31", startDate: "2100-01-01", endDate: "2101-01-01",
      publishedAt: new Date("2026-06-01T00:00:00Z"),
    },
    flood: {
      ...of(china), status: "active", title: "Urban flood forecasting with satellites", summary: "Nowcasting models shared between river basins.",
      hubCountry: "CN", spilloverCountries: ["KE", "LA"], sectors: ["disaster_risk"], mechanismCode: "BRICS", workingArea: "data_governance",
      format: "data_infrastructure", languages: ["zh", "en"], publishedAt: new Date("2026-05-01T00:00:00Z"),
    },
    speech: {
      ...of(brazil), status: "completed", isFlagship: true, title: "Portuguese speech corpus for Africa", summary: "Open recordings in Angola and Mozambique.",
      hubCountry: "BR", spilloverCountries: ["AO", "MZ"], sectors: ["language_technology"], mechanismCode: "BILATERAL", workingArea: "data_governance",
      format: "joint_lab", languages: ["pt"], publishedAt: new Date("2025-01-01T00:00:00Z"),
      outcomeReport: { results: [{ metric: "people_trained", target: 200, achieved: 180, description: "Data scientists trained" }], narrative: "Most targets met." },
    },
    locust: {
      ...of(egypt), status: "open", title: "Desert locust early alerts", summary: "Swarm prediction for the Nile valley and the Sahel.",
      hubCountry: "EG", spilloverCountries: ["SD"], sectors: ["agriculture", "disaster_risk"], mechanismCode: "CASCF", workingArea: "application",
      format: "pilot", languages: ["ar"], applicationDeadline: "2020-01-01", startDate: "2020-02-01", endDate: "2030-01-01", publishedAt: new Date("2026-04-01T00:00:00Z"),
    },
    chinese: {
      ...of(china), status: "open", title: "人工智能农业培训项目", summary: "面向湄公河流域的农业技术人员的培训。",
      hubCountry: "CN", spilloverCountries: ["LA"], sectors: ["agriculture"], mechanismCode: "LMC", workingArea: "capacity_building",
      format: "training", languages: ["zh"], capacity: 2, acceptedCount: 2, applicationDeadline: "2099-12-31", startDate: "2100-01-01", endDate: "2101-01-01",
      publishedAt: new Date("2026-03-01T00:00:00Z"),
    },
    bootcamp: {
      ...of(india), status: "open", title: "AI skills bootcamp for civil servants", summary: "Short courses for ministries in Nepal.",
      hubCountry: "IN", spilloverCountries: ["NP"], sectors: ["public_admin", "ai_skills"], mechanismCode: "UN_RES_78_311", workingArea: "capacity_building",
      format: "training", languages: ["en", "ne"], publishedAt: new Date("2026-02-01T00:00:00Z"),
    },
    // Never public: the catalogue must not show them whatever the filters.
    hiddenApproved: { ...of(kenya), status: "approved", title: "Cassava approved but not yet open", hubCountry: "KE", sectors: ["agriculture"], isFlagship: true },
    hiddenCancelled: { ...of(kenya), status: "cancelled", title: "Cassava programme that was cancelled", hubCountry: "KE", sectors: ["agriculture"] },
    hiddenDraft: { ...of(kenya), status: "draft", title: "Cassava draft proposal", hubCountry: "KE", sectors: ["agriculture"] },
  };
  for (const [name, overrides] of Object.entries(fixtures)) P[name] = await createProgramme(db, overrides);
  // Applications to the cassava pilot: only the accepted one is a participant.
  const [accepted, pending] = await Promise.all([createInstitution(db, { countryCode: "UG", name: "Accepted Participant Uganda" }), createInstitution(db, { countryCode: "RW", name: "Pending Applicant Rwanda" })]);
  await db.insert(participations).values(
    [
      { institution: accepted, status: "accepted" as const },
      { institution: pending, status: "pending" as const },
    ].map(({ institution, status }) => ({
      id: newId(),
      programmeId: P.cassava!.id,
      institutionId: institution.id,
      status,
      motivation: "We want to take part.",
      contactName: "Contact Person",
      contactEmail: "private-contact@example.test",
      appliedByUserId: institution.createdByUserId,
    })),
  );
}, 120_000);

afterAll(async () => {
  await handle?.close();
  await dropScratchDatabase(DB_NAME);
});

const PUBLIC = ["cassava", "flood", "speech", "locust", "chinese", "bootcamp"];

describe("catalogue filters", () => {
  it("shows open, active and completed programmes by default, and never an approved, cancelled or draft one", async () => {
    const page = await search({});
    expect(page.items.map((i) => i.reference).sort()).toEqual(expected(...PUBLIC));
    expect(page.total).toBe(6);
    expect(page).toMatchObject({ page: 1, pageSize: 20 });
  });

  it("filters by status, one at a time", async () => {
    expect(await refs({ status: "open" })).toEqual(expected("cassava", "locust", "chinese", "bootcamp"));
    expect(await refs({ status: "active" })).toEqual(expected("flood"));
    expect(await refs({ status: "completed" })).toEqual(expected("speech"));
  });

  it("ignores a status the public may not see, and so still hides it", async () => {
    expect(await refs({ status: "approved" } as unknown as CatalogueFiltersInput)).toEqual(expected(...PUBLIC));
  });

  it("filters by M49 region of the hub OR of any spillover country", async () => {
    // cassava: hub Kenya; flood: hub China, reaching Kenya; speech: hub Brazil, reaching Angola; locust: hub Egypt.
    expect(await refs({ region: "Africa" })).toEqual(expected("cassava", "flood", "speech", "locust"));
    expect(await refs({ region: "Asia" })).toEqual(expected("flood", "chinese", "bootcamp"));
    expect(await refs({ region: "Americas" })).toEqual(expected("speech"));
    expect(await refs({ region: "Oceania" })).toEqual([]);
  });

  it("filters by M49 sub-region: Sub-Saharan Africa leaves out Egypt and Sudan (Northern Africa)", async () => {
    expect(await refs({ region: "Sub-Saharan Africa" })).toEqual(expected("cassava", "flood", "speech"));
    expect(await refs({ region: "Northern Africa" })).toEqual(expected("locust"));
    expect(await refs({ region: "South-eastern Asia" })).toEqual(expected("flood", "chinese"));
  });

  it("filters by country, as hub or as spillover", async () => {
    expect(await refs({ country: "KE" })).toEqual(expected("cassava", "flood"));
    expect(await refs({ country: "la" })).toEqual(expected("flood", "chinese"));
    expect(await refs({ country: "BR" })).toEqual(expected("speech"));
  });

  it("filters by sector, working area, format, mechanism, language and flagship", async () => {
    expect(await refs({ sector: "agriculture" })).toEqual(expected("cassava", "locust", "chinese"));
    expect(await refs({ sector: "disaster_risk" })).toEqual(expected("flood", "locust"));
    expect(await refs({ area: "capacity_building" })).toEqual(expected("chinese", "bootcamp"));
    expect(await refs({ format: "pilot" })).toEqual(expected("cassava", "locust"));
    expect(await refs({ mechanism: "BRICS" })).toEqual(expected("flood"));
    expect(await refs({ language: "pt" })).toEqual(expected("speech"));
    expect(await refs({ language: "en" })).toEqual(expected("cassava", "flood", "bootcamp"));
    expect(await refs({ flagship: true })).toEqual(expected("cassava", "speech"));
    expect(await refs({ flagship: "1" } as unknown as CatalogueFiltersInput)).toEqual(expected("cassava", "speech"));
  });

  it("combines filters: open flagship agriculture programmes in Sub-Saharan Africa", async () => {
    expect(await refs({ status: "open", flagship: true, sector: "agriculture", region: "Sub-Saharan Africa" })).toEqual(expected("cassava"));
    expect(await refs({ status: "active", flagship: true, sector: "agriculture", region: "Sub-Saharan Africa" })).toEqual([]);
  });

  it("returns the public fields of each row", async () => {
    const [item] = (await search({ q: "cassava" })).items;
    expect(item).toEqual({
      reference: P.cassava!.reference,
      title: "Cassava disease detection pilot",
      summary: "Phone-based diagnosis for smallholder farmers in East Africa.",
      status: "open",
      workingArea: "application",
      format: "pilot",
      isFlagship: true,
      leadName: kenya.name,
      leadCountry: "KE",
      hubCountry: "KE",
      spilloverCountries: ["TZ"],
      sectors: ["agriculture"],
      mechanismCode: "FOCAC",
      languages: ["en", "sw"],
      applicationDeadline: "2099-12-31",
      capacity: 3,
      acceptedCount: 1,
      startDate: "2100-01-01",
      endDate: "2101-01-01",
    });
  });
});

describe("catalogue full text", () => {
  it("matches a word of the title, and of the summary, as a prefix; never a hidden programme", async () => {
    expect(await refs({ q: "cassava" })).toEqual(expected("cassava"));
    expect(await refs({ q: "smallholder" })).toEqual(expected("cassava"));
    expect(await refs({ q: "forecast" })).toEqual(expected("flood"));
    expect(await refs({ q: "Nile SAHEL" })).toEqual(expected("locust"));
  });

  it("requires every word", async () => {
    expect(await refs({ q: "cassava flood" })).toEqual([]);
    expect(await refs({ q: "urban satellites" })).toEqual(expected("flood"));
  });

  it("drops stopwords instead of matching nothing", async () => {
    expect(await refs({ q: "the cassava for" })).toEqual(expected("cassava"));
  });

  it("finds Chinese words inside a title written without spaces (LIKE fallback)", async () => {
    expect(await refs({ q: "农业" })).toEqual(expected("chinese"));
    expect(await refs({ q: "湄公河" })).toEqual(expected("chinese"));
  });

  it("finds words shorter than the full-text minimum (LIKE fallback), combined with full-text words", async () => {
    const texts = PUBLIC.map((n) => ({ n, text: `${P[n]!.title} ${P[n]!.summary}`.toLowerCase() }));
    expect(await refs({ q: "AI" })).toEqual(expected(...texts.filter((t) => t.text.includes("ai")).map((t) => t.n)));
    expect(await refs({ q: "AI bootcamp" })).toEqual(expected("bootcamp"));
  });

  it("treats LIKE wildcards and boolean-mode operators as plain text", async () => {
    expect(await refs({ q: "%" })).toEqual(expected(...PUBLIC));
    expect(await refs({ q: "-cassava" })).toEqual(expected("cassava"));
    expect(await refs({ q: '"cassava' })).toEqual(expected("cassava"));
    expect(await refs({ q: "zz_" })).toEqual([]);
  });
});

describe("a programme's public page", () => {
  it("gives the offer, lead and co-leads, countries with regions, sectors, mechanism, accepted participants and places left", async () => {
    const page = await getPublicProgramme({ db: handle.db, viewer: null }, P.cassava!.reference, "2026-11-30");
    expect(page.programme).toMatchObject({ reference: P.cassava!.reference, status: "open", isFlagship: true, capacity: 3, acceptedCount: 1, placesLeft: 2 });
    expect(page.lead).toEqual({ id: kenya.id, name: kenya.name, countryCode: "KE" });
    expect(page.coLeads).toEqual([{ id: ghana.id, name: ghana.name, countryCode: "GH" }]);
    expect(page.hub).toEqual({ code: "KE", name: "Kenya", region: "Africa", subregion: "Sub-Saharan Africa" });
    expect(page.spillovers).toEqual([expect.objectContaining({ code: "TZ", region: "Africa", subregion: "Sub-Saharan Africa" })]);
    expect(page.sectors).toEqual([{ code: "agriculture", name: "Agriculture and food systems", dacCode: "31120" }]);
    expect(page.mechanism).toEqual({ code: "FOCAC", name: "Forum on China-Africa Cooperation" });
    expect(page.participants.map((p) => p.name)).toEqual(["Accepted Participant Uganda"]);
    expect(page.applications).toEqual({ open: true, closedBecause: null });
    expect(page.viewer).toEqual({ signedIn: false, applicantInstitutions: [] });
    expect(JSON.stringify(page)).not.toContain("private-contact@example.test");
  });

  it("says why applications are closed: deadline passed, full, or not open", async () => {
    const ctx = { db: handle.db, viewer: null };
    expect((await getPublicProgramme(ctx, P.locust!.reference, "2026-11-30")).applications).toEqual({ open: false, closedBecause: "deadlinePassed" });
    expect((await getPublicProgramme(ctx, P.chinese!.reference, "2026-11-30")).applications).toEqual({ open: false, closedBecause: "full" });
    expect((await getPublicProgramme(ctx, P.flood!.reference, "2026-11-30")).applications).toEqual({ open: false, closedBecause: "notOpen" });
  });

  it("shows a completed programme's outcome report", async () => {
    const page = await getPublicProgramme({ db: handle.db, viewer: null }, P.speech!.reference);
    expect(page.programme.outcomeReport).toEqual({ results: [{ metric: "people_trained", target: 200, achieved: 180, description: "Data scientists trained" }], narrative: "Most targets met." });
  });

  it("lists the signed-in viewer's verified institutions that may apply (not the lead or a co-lead)", async () => {
    const viewer = await loadViewer(handle.db, memberOfApplicant.id, memberOfApplicant.sessionVersion);
    const page = await getPublicProgramme({ db: handle.db, viewer }, P.cassava!.reference);
    expect(page.viewer).toEqual({ signedIn: true, applicantInstitutions: [{ id: applicant.id, name: applicant.name }] });
    const leadOwner = await createUser(handle.db);
    await addMembership(handle.db, { institutionId: kenya.id, userId: leadOwner.id, role: "owner" });
    const asLead = await getPublicProgramme({ db: handle.db, viewer: await loadViewer(handle.db, leadOwner.id, leadOwner.sessionVersion) }, P.cassava!.reference);
    expect(asLead.viewer).toEqual({ signedIn: true, applicantInstitutions: [] });
  });

  it.each(["hiddenApproved", "hiddenCancelled", "hiddenDraft"])("does not exist for the public while %s", async (name) => {
    const error = await domainErrorOf(getPublicProgramme({ db: handle.db, viewer: null }, P[name]!.reference));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("does not exist for an unknown reference", async () => {
    expect((await domainErrorOf(getPublicProgramme({ db: handle.db, viewer: null }, "PRG-1999-9999"))).code).toBe("NOT_FOUND");
  });
});

describe("programmes open data", () => {
  it("lists exactly the public programmes, with documented fields and no private data", async () => {
    const rows = await listOpenProgrammes(handle.db);
    expect(rows.map((r) => r.reference).sort()).toEqual(expected(...PUBLIC));
    for (const row of rows) expect(Object.keys(row)).toEqual([...OPEN_PROGRAMME_COLUMNS]);
    const cassava = rows.find((r) => r.reference === P.cassava!.reference)!;
    expect(cassava).toMatchObject({
      status: "open",
      is_flagship: true,
      lead_institution_name: kenya.name,
      co_lead_institution_names: [ghana.name],
      hub_country_code: "KE",
      hub_region: "Africa",
      spillover_country_codes: ["TZ"],
      sectors: ["agriculture"],
      accepted_institutions: 1,
      published_at: "2026-06-01T00:00:00.000Z",
    });
    const text = JSON.stringify(rows);
    expect(text).not.toContain("private-contact@example.test");
    expect(text).not.toContain(kenya.createdByUserId);
  });

  it("writes the same records as CSV, lists joined with semicolons", async () => {
    const rows = await listOpenProgrammes(handle.db);
    const csv = toCsv(OPEN_PROGRAMME_COLUMNS, rows.map(toCsvRecord));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(OPEN_PROGRAMME_COLUMNS.join(","));
    expect(lines).toHaveLength(1 + PUBLIC.length);
    const flood = lines.find((l) => l.startsWith(`${P.flood!.reference},`))!;
    expect(flood).toContain(",KE;LA,");
    expect(flood).toContain(",zh;en,");
  });
});
