// Publishing a transparency report, in a database of this file's own (figures cover the whole
// platform): the figures stored at publication equal an independent recount made with plain SQL
// at that moment; later changes leave the published report untouched; a published report cannot
// be edited; a correction supersedes it and both link to each other; small counts are
// suppressed in bySlug, the JSON and the CSV alike.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../db/client";
import { programmeRevisions, programmes, reviewAssignments, transparencyReports } from "../../db/schema";
import type { Bucket, BudgetRow, FlowRow, PublicFigures, ReportFigures } from "../../server/reports/figures";
import { addDecision, addPanel, createAdmin, createInstitution, createProgramme, createReviewer, createUser, type Institution, type User } from "../factories";
import { addAgreement, addParticipation } from "../factories/reports";
import { openScratchDb, type Scratch } from "../factories/scratch";
import { auditEntriesOf } from "./support/db";
import { restoreEnvironment, withEnvironment } from "./support/own-environment";
import type * as ReportRoute from "../../app/api/open/reports/[report]/route";
import { domainErrorOf } from "./support/errors";
import { actingAs, callerAs } from "./support/personas";
import { createReport } from "../../server/reports/create-report";
import { publishReport } from "../../server/reports/publish-report";
import { updateReport } from "../../server/reports/update-report";

let scratch: Scratch;
let admin: User;
const YEAR = new Date().getUTCFullYear();
const PERIOD = { periodKind: "year" as const, periodStart: `${YEAR}-01-01`, periodEnd: `${YEAR}-12-31` };
const DAY = 86_400_000;

/** A small platform with something in every figure, some of it below the threshold. */
async function buildPlatform(db: Scratch["db"]) {
  admin = await createAdmin(db);
  const owner = await createUser(db);
  const inst = (overrides: Partial<Institution>) => createInstitution(db, { createdByUserId: owner.id, ...overrides });
  const kenyans = await Promise.all(Array.from({ length: 6 }, () => inst({})));
  const chinese = await Promise.all([inst({ countryCode: "CN", type: "research_institute" }), inst({ countryCode: "CN", type: "research_institute" })]);
  const brazilian = await inst({ countryCode: "BR", type: "company" });
  await inst({ countryCode: "NG", type: "ngo", status: "pending" });
  const lead = kenyans[0]!;
  const of = { leadInstitutionId: lead.id, createdByUserId: owner.id };
  const chinaHub = {
    hubCountry: "CN",
    spilloverCountries: ["KE"],
    sectors: ["ai_skills", "language_technology"],
    mechanismCode: "SCO",
    workingArea: "application" as const,
    budgetAmount: 90000,
    budgetCurrency: "CNY",
    fundingSources: [
      { name: "Ministry", side: "external" as const, amount: 60000 },
      { name: "Lead", side: "lead" as const, amount: 30000 },
    ],
  };
  const open = await Promise.all(Array.from({ length: 6 }, () => createProgramme(db, { ...of, status: "open", publishedAt: new Date() })));
  await Promise.all(Array.from({ length: 3 }, () => createProgramme(db, { ...of, ...chinaHub, status: "active", startedAt: new Date() })));
  await Promise.all(Array.from({ length: 2 }, () => createProgramme(db, { ...of, status: "completed", closedAt: new Date() })));
  // Closed before the period began: out of scope.
  await createProgramme(db, { ...of, status: "cancelled", closedAt: new Date(Date.UTC(YEAR - 1, 5, 1)), createdAt: new Date(Date.UTC(YEAR - 1, 0, 1)) });
  await createProgramme(db, { ...of, status: "draft" });
  const decided = await Promise.all([
    createProgramme(db, { ...of, status: "approved", hubCountry: "NG", spilloverCountries: ["GH"], sectors: ["language_technology"] }),
    createProgramme(db, { ...of, status: "approved" }),
    createProgramme(db, { ...of, status: "approved" }),
    createProgramme(db, { ...of, status: "rejected" }),
    createProgramme(db, { ...of, status: "under_review" }),
  ]);
  const outcomes = ["approve", "approve", "approve", "reject", "request_changes"] as const;
  await Promise.all(decided.map((p, i) => addDecision(db, { programmeId: p.id, revisionNumber: 1, outcome: outcomes[i]!, decidedBy: admin })));
  // Revisions submitted 10, 20, 30, 40 and 50 days before their decision.
  await Promise.all(
    decided.map((p, i) =>
      db
        .update(programmeRevisions)
        .set({ createdAt: new Date(Date.now() - (i + 1) * 10 * DAY) })
        .where(eq(programmeRevisions.programmeId, p.id)),
    ),
  );
  const reviewers = await Promise.all([createReviewer(db), createReviewer(db), createReviewer(db)]);
  const seats = await addPanel(db, decided[4].id, { reviewers, assignedBy: admin });
  await db.update(reviewAssignments).set({ status: "recused", recusalReason: "Conflict" }).where(sql`${reviewAssignments.id} in (${seats[0]!.id}, ${seats[1]!.id})`);

  const statuses = ["pending", "pending", "pending", "accepted", "accepted", "accepted", "accepted", "declined", "withdrawn", "left"] as const;
  const applicants = [...kenyans.slice(1), ...chinese, brazilian];
  await Promise.all(statuses.map((status, i) => addParticipation(db, { programmeId: open[i % open.length]!.id, institutionId: applicants[i % applicants.length]!.id, appliedByUserId: owner.id, status })));

  const a = { programmeId: open[0]!.id, createdByUserId: owner.id };
  await addAgreement(db, { ...a, status: "in_force", transfers: [{ fromCountry: "KE", toCountry: "CN" }] });
  await addAgreement(db, { ...a, status: "in_force", transfers: [{ fromCountry: "KE", toCountry: "CN" }, { fromCountry: "CN", toCountry: "KE" }, { fromCountry: "KE", toCountry: "KE" }] });
  await addAgreement(db, { ...a, status: "in_force", transfers: [{ fromCountry: "BR", toCountry: "KE" }], expiryDate: `${YEAR - 1}-12-31` });
  await addAgreement(db, { ...a, status: "draft", transfers: [{ fromCountry: "KE", toCountry: "BR" }] });
  await addAgreement(db, { ...a, status: "superseded", transfers: [{ fromCountry: "KE", toCountry: "IN" }], inForceAt: new Date(Date.UTC(YEAR - 1, 0, 1)), endedAt: new Date(Date.UTC(YEAR - 1, 6, 1)) });
}

type Rows = Record<string, string | number | null>[];
async function q(db: Scratch["db"], text: string, params: unknown[] = []): Promise<Rows> {
  let query = sql.raw("");
  text.split("?").forEach((chunk, i) => {
    query = i === 0 ? sql.raw(chunk) : sql`${query}${params[i - 1]}${sql.raw(chunk)}`;
  });
  const result: unknown = await db.execute(query);
  return rowsOf<Rows[number]>(result);
}
const toBuckets = (rows: Rows): Bucket[] => rows.map((r) => ({ key: String(r.k ?? "none"), count: Number(r.c) }));
const sortKeys = (list: { key: string; count: unknown }[]) => list.map((b) => [b.key, b.count]).sort((x, y) => String(x[0]).localeCompare(String(y[0])));

/**
 * The recount, written independently of compute-figures.ts: plain SQL for the counts; the JSON
 * arrays (sectors, funding sources, transfers) read row by row here, in the test.
 */
async function recount(db: Scratch["db"], start: string, end: string) {
  const next = new Date(Date.parse(`${end}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  const today = new Date().toISOString().slice(0, 10);
  const day = end < today ? end : today;
  const dayAfter = new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  const scope = `current_revision > 0 and created_at < '${next}' and not (
      (status in ('completed','cancelled') and coalesce(closed_at, updated_at) < '${start}') or
      (status = 'rejected' and coalesce(decided_at, updated_at) < '${start}') or
      (status = 'withdrawn' and updated_at < '${start}'))`;
  const approved = `${scope} and status in ('approved','open','active','completed','cancelled')`;
  const approvedRows = await q(db, `select id, sectors, funding_sources, working_area, budget_amount, budget_currency from programmes where ${approved}`);
  const count = <T>(items: T[], keyOf: (t: T) => string[]) => {
    const m = new Map<string, number>();
    for (const it of items) for (const k of keyOf(it)) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].map(([key, c]) => ({ key, count: c }));
  };
  const parse = <T>(v: string | number | null | undefined) => JSON.parse(String(v)) as T;
  const budgetBy = (keyOf: (r: Rows[number]) => { key: string; amount: number }[]): BudgetRow[] => {
    const m = new Map<string, BudgetRow & { amount: number; ids: Set<string> }>();
    for (const r of approvedRows) {
      if (r.budget_currency === null) continue;
      for (const { key, amount } of keyOf(r)) {
        const k = `${key}|${String(r.budget_currency)}`;
        const row = m.get(k) ?? { key, currency: String(r.budget_currency), amount: 0, programmes: 0, ids: new Set<string>() };
        row.amount += amount;
        row.ids.add(String(r.id));
        row.programmes = row.ids.size;
        m.set(k, row);
      }
    }
    return [...m.values()].map(({ ids: _ids, ...r }) => r).sort((a, b) => a.key.localeCompare(b.key) || a.currency.localeCompare(b.currency));
  };
  const inForceRows = await q(
    db,
    `select id, content from agreements where in_force_at < '${dayAfter}' and status <> 'draft' and status <> 'pending_signatures'
       and (ended_at is null or ended_at >= '${dayAfter}') and (expiry_date is null or expiry_date >= '${day}')`,
  );
  const flows = new Map<string, Set<string>>();
  for (const r of inForceRows) {
    for (const t of parse<{ transfers?: { fromCountry: string; toCountry: string }[] }>(r.content).transfers ?? []) {
      if (t.fromCountry === t.toCountry) continue;
      const k = `${t.fromCountry}>${t.toCountry}`;
      flows.set(k, (flows.get(k) ?? new Set()).add(String(r.id)));
    }
  }
  const days = await q(
    db,
    `select timestampdiff(second, r.created_at, d.created_at) / 86400 as d from programme_decisions d
       join programme_revisions r on r.programme_id = d.programme_id and r.number = d.revision_number
      where d.created_at >= '${start}' and d.created_at < '${next}' order by d`,
  );
  const sorted = days.map((r) => Number(r.d));
  const mid = sorted.length / 2;
  const median = sorted.length === 0 ? null : sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const outcomes = toBuckets(await q(db, `select outcome k, count(*) c from programme_decisions where created_at >= '${start}' and created_at < '${next}' group by outcome`));
  const approvedN = outcomes.find((b) => b.key === "approve")?.count ?? 0;
  const finalN = approvedN + (outcomes.find((b) => b.key === "reject")?.count ?? 0);
  return {
    byStatus: toBuckets(await q(db, `select status k, count(*) c from programmes where ${scope} group by status`)),
    byWorkingArea: toBuckets(await q(db, `select working_area k, count(*) c from programmes where ${approved} group by working_area`)),
    bySector: count(approvedRows, (r) => parse<string[]>(r.sectors)),
    byMechanism: toBuckets(await q(db, `select mechanism_code k, count(*) c from programmes where ${approved} group by mechanism_code`)),
    // (countries has none of the programme's column names: they need no table prefix)
    byRegion: toBuckets(await q(db, `select region k, count(*) c from programmes join countries on iso2 = hub_country where ${approved} group by region`)),
    byHubCountry: toBuckets(await q(db, `select hub_country k, count(*) c from programmes where ${approved} group by hub_country`)),
    institutionsByCountry: toBuckets(await q(db, `select country_code k, count(*) c from institutions where status = 'verified' and created_at < '${next}' group by country_code`)),
    institutionsByType: toBuckets(await q(db, `select type k, count(*) c from institutions where status = 'verified' and created_at < '${next}' group by type`)),
    applications: toBuckets(await q(db, `select status k, count(*) c from participations where created_at >= '${start}' and created_at < '${next}' group by status`)),
    participating: Number((await q(db, `select count(distinct institution_id) c from participations where (status = 'accepted' and decided_at < '${next}') or (status = 'left' and decided_at < '${next}' and updated_at >= '${start}')`))[0]!.c),
    outcomes,
    approvalRate: finalN ? Math.round((approvedN / finalN) * 1000) / 1000 : null,
    finalN,
    median: median === null ? null : Math.round(median * 10) / 10,
    medianN: sorted.length,
    recusals: Number((await q(db, `select count(*) c from review_assignments where status = 'recused' and updated_at >= '${start}' and updated_at < '${next}'`))[0]!.c),
    inForce: inForceRows.length,
    flows: [...flows].map(([k, ids]) => ({ from: k.split(">")[0]!, to: k.split(">")[1]!, count: ids.size })),
    budgetByArea: budgetBy((r) => [{ key: String(r.working_area), amount: Number(r.budget_amount) }]),
    budgetBySide: budgetBy((r) => parse<{ side: string; amount: number }[]>(r.funding_sources).map((f) => ({ key: f.side, amount: f.amount }))),
  };
}

function expectFiguresToMatch(f: ReportFigures, r: Awaited<ReturnType<typeof recount>>) {
  expect(sortKeys(f.programmes.byStatus)).toEqual(sortKeys(r.byStatus));
  expect(f.programmes.total).toBe(r.byStatus.reduce((s, b) => s + b.count, 0));
  expect(sortKeys(f.programmes.byWorkingArea)).toEqual(sortKeys(r.byWorkingArea));
  expect(sortKeys(f.programmes.bySector)).toEqual(sortKeys(r.bySector));
  expect(sortKeys(f.programmes.byMechanism)).toEqual(sortKeys(r.byMechanism));
  expect(sortKeys(f.programmes.byRegion)).toEqual(sortKeys(r.byRegion));
  expect(sortKeys(f.programmes.byHubCountry)).toEqual(sortKeys(r.byHubCountry));
  expect(sortKeys(f.institutions.byCountry)).toEqual(sortKeys(r.institutionsByCountry));
  expect(sortKeys(f.institutions.byType)).toEqual(sortKeys(r.institutionsByType));
  expect(sortKeys(f.participation.applicationsByStatus)).toEqual(sortKeys(r.applications));
  expect(f.participation.institutionsParticipating).toBe(r.participating);
  expect(sortKeys(f.decisions.byOutcome)).toEqual(sortKeys(r.outcomes));
  expect(f.decisions.approvalRate).toBe(r.approvalRate);
  expect(f.decisions.approvalRateDenominator).toBe(r.finalN);
  expect(f.decisions.medianDaysToDecision).toBe(r.median);
  expect(f.decisions.medianN).toBe(r.medianN);
  expect(f.reviews.recusals).toBe(r.recusals);
  expect(f.agreements.inForce).toBe(r.inForce);
  const flowKey = (list: FlowRow<unknown>[]) => list.map((x) => `${x.from}>${x.to}:${String(x.count)}`).sort();
  expect(flowKey(f.agreements.flows)).toEqual(flowKey(r.flows));
  expect(f.budgets.byWorkingArea).toEqual(r.budgetByArea);
  expect(f.budgets.bySide).toEqual(r.budgetBySide);
}

let published: { reportId: string; slug: string };
let storedAtPublication: typeof transparencyReports.$inferSelect;

beforeAll(async () => {
  scratch = await openScratchDb("reports");
  await buildPlatform(scratch.db);
  const api = await callerAs(scratch.db, admin);
  const draft = await api.reports.create({ title: `Transparency report ${YEAR}`, ...PERIOD });
  published = await api.reports.publish({ reportId: draft.reportId, version: draft.version });
  const [row] = await scratch.db.select().from(transparencyReports).where(eq(transparencyReports.id, published.reportId));
  storedAtPublication = row!;
}, 120_000);

afterAll(async () => {
  await restoreEnvironment();
  await scratch.close();
  await scratch.drop();
});

describe("publishing a transparency report", () => {
  it("stores figures equal to an independent recount made at publication", async () => {
    const recounted = await recount(scratch.db, PERIOD.periodStart, PERIOD.periodEnd);
    const figures = storedAtPublication.figures as unknown as ReportFigures;
    expect(storedAtPublication.status).toBe("published");
    expect(figures.period).toEqual({ start: PERIOD.periodStart, end: PERIOD.periodEnd });
    expect(Date.parse(figures.computedAt)).toBe(storedAtPublication.publishedAt!.getTime());
    expectFiguresToMatch(figures, recounted);
    // The fixture put something in every figure.
    expect(figures.programmes.total).toBe(16);
    expect(figures.programmes.bySector.find((b) => b.key === "language_technology")?.count).toBe(4);
    expect(figures.agreements.flows.map((x) => `${x.from}>${x.to}:${x.count}`).sort()).toEqual(["CN>KE:1", "KE>CN:2"]);
    expect(figures.decisions).toMatchObject({ approvalRate: 0.75, approvalRateDenominator: 4, medianN: 5 });
    expect(figures.decisions.medianDaysToDecision).toBeCloseTo(30, 0);
    expect(figures.reviews.recusals).toBe(2);
    expect(figures.budgets.bySide.find((b) => b.key === "external")).toEqual({ key: "external", currency: "CNY", amount: 180000, programmes: 3 });
  });

  it("writes exactly one audit entry for the publication, and tells the admins", async () => {
    const entries = await auditEntriesOf(scratch.db, "report", published.reportId);
    expect(entries.map((e) => e.action)).toEqual(["report.create", "report.publish"]);
    expect(entries[1]!.changes).toMatchObject({ status: { before: "draft", after: "published" } });
    const [n] = await q(scratch.db, `select count(*) c from notifications where kind = 'reportPublished' and user_id = ?`, [admin.id]);
    expect(Number(n!.c)).toBe(1);
  });

  it("leaves the published report unchanged after the platform changes", async () => {
    const lead = await createInstitution(scratch.db);
    await Promise.all(Array.from({ length: 7 }, () => createProgramme(scratch.db, { leadInstitutionId: lead.id, status: "open" })));
    await scratch.db.update(programmes).set({ status: "cancelled", closedAt: new Date() }).where(eq(programmes.status, "active"));
    const api = await callerAs(scratch.db, admin);
    const live = await api.reports.liveFigures({ periodStart: PERIOD.periodStart, periodEnd: PERIOD.periodEnd });
    expect(live.figures.programmes.total).toBe(23);

    const [now] = await scratch.db.select().from(transparencyReports).where(eq(transparencyReports.id, published.reportId));
    expect(now).toEqual(storedAtPublication);
    const visitor = await callerAs(scratch.db, null);
    const page = await visitor.reports.bySlug({ slug: published.slug });
    expect(page.figures.programmes.total).toBe(16);
    expect(page.figures.computedAt).toBe((storedAtPublication.figures as unknown as ReportFigures).computedAt);
    const admins = await api.reports.adminById({ reportId: published.reportId });
    expect(admins.figures).toEqual(storedAtPublication.figures);
  });

  it("refuses to edit or publish again a published report (REPORT_PUBLISHED), and nothing changes", async () => {
    const ctx = await actingAs(scratch.db, admin);
    const edit = { reportId: published.reportId, version: storedAtPublication.version, title: "Rewritten", narrative: "x", methodology: "y", ...PERIOD, suppressionThreshold: 1 };
    expect((await domainErrorOf(updateReport(ctx, edit))).code).toBe("REPORT_PUBLISHED");
    expect((await domainErrorOf(publishReport(ctx, { reportId: published.reportId, version: storedAtPublication.version }))).code).toBe("REPORT_PUBLISHED");
    const [now] = await scratch.db.select().from(transparencyReports).where(eq(transparencyReports.id, published.reportId));
    expect(now).toEqual(storedAtPublication);
  });

  it("refuses a stale version (CONFLICT) and a quarter that is not a calendar quarter (VALIDATION)", async () => {
    const ctx = await actingAs(scratch.db, admin);
    const draft = await createReport(ctx, { title: "Stale edits", periodKind: "custom", periodStart: "2031-02-01", periodEnd: "2031-02-28" });
    const edit = { reportId: draft.reportId, version: draft.version, title: "First edit", narrative: "", methodology: "m", periodKind: "custom" as const, periodStart: "2031-02-01", periodEnd: "2031-02-28", suppressionThreshold: 5 };
    await updateReport(ctx, edit);
    expect((await domainErrorOf(updateReport(ctx, { ...edit, title: "Second edit" }))).code).toBe("CONFLICT");
    expect((await domainErrorOf(publishReport(ctx, { reportId: draft.reportId, version: draft.version }))).code).toBe("CONFLICT");
    const wrong = await domainErrorOf(createReport(ctx, { title: "Bad quarter", periodKind: "quarter", periodStart: "2031-02-01", periodEnd: "2031-04-30" }));
    expect(wrong.code).toBe("VALIDATION");
  });

  it("publishes a correction that supersedes the report; both stay visible and link to each other", async () => {
    const api = await callerAs(scratch.db, admin);
    const correction = await api.reports.create({ title: `Transparency report ${YEAR} (corrected)`, ...PERIOD, supersedesReportId: published.reportId });
    expect(correction.slug).toBe(`${YEAR}-2`);
    // A second correction of the same report is refused while the first exists.
    const again = await domainErrorOf(createReport(await actingAs(scratch.db, admin), { title: "Another correction", ...PERIOD, supersedesReportId: published.reportId }));
    expect(again.code).toBe("ALREADY_EXISTS");
    const visitor = await callerAs(scratch.db, null);
    // Not published yet: the original shows no correction, the draft is not public.
    expect((await visitor.reports.bySlug({ slug: published.slug })).supersededBy).toBeNull();
    await expect(visitor.reports.bySlug({ slug: correction.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await api.reports.publish({ reportId: correction.reportId, version: correction.version });
    const [first, second, list] = await Promise.all([visitor.reports.bySlug({ slug: published.slug }), visitor.reports.bySlug({ slug: correction.slug }), visitor.reports.published({ page: 1 })]);
    expect(first.supersededBy).toEqual({ slug: correction.slug, title: `Transparency report ${YEAR} (corrected)` });
    expect(second.supersedes).toEqual({ slug: published.slug, title: `Transparency report ${YEAR}` });
    expect(second.report.methodology).toBe(first.report.methodology);
    expect(second.figures.programmes.total).toBe(23);
    expect(list.items.map((i) => [i.slug, i.supersedesSlug, i.supersededBySlug])).toEqual([
      [correction.slug, published.slug, null],
      [published.slug, null, correction.slug],
    ]);
  });
});

describe("suppression of small counts", () => {
  let slug: string;
  let route: typeof ReportRoute | undefined;
  const load = async (path: string) => {
    // Route handlers read the database through getDb(): point it at this file's database.
    route ??= await withEnvironment({ DATABASE_URL: scratch.url }, () => import("../../app/api/open/reports/[report]/route"));
    return route.GET(new Request(`http://localhost${path}`), { params: Promise.resolve({ report: path.split("/").pop()! }) });
  };

  beforeAll(async () => {
    const api = await callerAs(scratch.db, admin);
    // The calendar quarter of today, so that today's fixtures fall in it.
    const q0 = Math.floor(new Date().getUTCMonth() / 3) * 3;
    const end = new Date(Date.UTC(YEAR, q0 + 3, 0)).toISOString().slice(0, 10);
    const start = `${YEAR}-${String(q0 + 1).padStart(2, "0")}-01`;
    const draft = await api.reports.create({ title: "This quarter", periodKind: "quarter", periodStart: start, periodEnd: end, suppressionThreshold: 5 });
    slug = (await api.reports.publish({ reportId: draft.reportId, version: draft.version })).slug;
  });

  /** Every count shown (numbers only) in a public figures object. */
  function shownCounts(value: unknown, key = ""): number[] {
    if (Array.isArray(value)) return value.flatMap((v) => shownCounts(v, key));
    if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => shownCounts(v, k));
    return typeof value === "number" && !["amount", "approvalRate", "medianDaysToDecision", "threshold", "formatVersion"].includes(key) ? [value] : [];
  }

  it("shows no count below the threshold in bySlug, though the exact figures have some", async () => {
    const [stored] = await scratch.db.select().from(transparencyReports).where(eq(transparencyReports.slug, slug));
    const exact = stored!.figures as unknown as ReportFigures;
    expect(exact.reviews.recusals).toBe(2);
    expect(exact.agreements.inForce).toBe(2);
    const page = await (await callerAs(scratch.db, null)).reports.bySlug({ slug });
    expect(shownCounts(page.figures).filter((n) => n < 5)).toEqual([]);
    expect(page.figures.reviews.recusals).toBe("<5");
    expect(page.figures.agreements.inForce).toBe("<5");
    expect(page.figures.institutions.byCountry.find((b) => b.key === "CN")?.count).toBe("<5");
  });

  it("serves the same suppressed figures as JSON, linking to its JSON Schema", async () => {
    const response = await load(`/api/open/reports/${slug}.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { $schema: string; slug: string; figures: PublicFigures };
    expect(body.$schema).toBe("http://localhost/api/open/reports.schema.json");
    expect(body.slug).toBe(slug);
    expect(shownCounts(body.figures).filter((n) => n < 5)).toEqual([]);
    expect(body.figures.reviews.recusals).toBe("<5");
    const page = await (await callerAs(scratch.db, null)).reports.bySlug({ slug });
    expect(body.figures).toEqual(JSON.parse(JSON.stringify(page.figures)));
  });

  it("serves the same suppressed figures as CSV", async () => {
    const response = await load(`/api/open/reports/${slug}.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("section,figure,key,name,currency,value");
    expect(lines).toContain("reviews,recusals,,,,<5");
    expect(lines).toContain("agreements,inForce,,,,<5");
    const values = lines
      .slice(1)
      .filter((l) => !l.startsWith("report,") && !/\.amount,|approvalRate,|medianDaysToDecision,/.test(l))
      .map((l) => l.split(",").pop()!);
    expect(values.filter((v) => /^\d+$/.test(v) && Number(v) < 5)).toEqual([]);
    expect(values.filter((v) => v === "<5").length).toBeGreaterThan(3);
  });

  it("answers 404 for a draft, an unknown slug or another extension", async () => {
    const ctx = await actingAs(scratch.db, admin);
    const draft = await createReport(ctx, { title: "Unpublished", periodKind: "custom", periodStart: "2032-03-01", periodEnd: "2032-03-31" });
    for (const path of [`/api/open/reports/${draft.slug}.json`, `/api/open/reports/${draft.slug}.csv`, "/api/open/reports/1999-q1.json", `/api/open/reports/${slug}.xml`]) {
      expect((await load(path)).status).toBe(404);
    }
  });
});
