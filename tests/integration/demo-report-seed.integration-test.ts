// The whole demo seed (as scripts/seed.ts runs it), played into its own scratch database: at least
// 60 programmes from 25+ verified institutions in every Global South region, a published demo
// report whose main figures — agreements included — are real numbers above the suppression
// threshold (not "<5"), every audit entry chained, and a review desk that the listed demo
// accounts can complete.
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../../db/client";
import { auditLog, countries, institutions, programmes, reviewerProfiles, transparencyReports, users } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import type { UseCaseContext } from "../../server/context";
import type { ReportFigures } from "../../server/reports/figures";
import { suppressFigures } from "../../server/reports/suppress";
import { assignPanel } from "../../server/reviews/assign-panel";
import { decideProgramme } from "../../server/reviews/decide-programme";
import { reviewerCandidates } from "../../server/reviews/queries";
import { DEFAULT_RUBRIC, ensureDefaultRubric } from "../../server/reviews/rubric";
import { submitReview } from "../../server/reviews/submit-review";
import { DEMO_ACCOUNTS, DEMO_EMAIL_DOMAIN, seedDemoData } from "../../scripts/seed/demo";
import { seedDemoAgreements } from "../../scripts/seed/demo-agreements";
import { seedDemoLifecycle } from "../../scripts/seed/demo-lifecycle";
import { seedDemoMatching } from "../../scripts/seed/demo-matching";
import { seedDemoProgrammes } from "../../scripts/seed/demo-programmes";
import { seedDemoReports } from "../../scripts/seed/demo-reports";
import { dropScratchDatabase, freshScratchDatabase } from "../factories/catalogue";
import { scratchDatabaseName } from "./support/databases";

const SCRATCH = scratchDatabaseName("demo_report_seed");
let handle: DbHandle;
let seconds = 0;

beforeAll(async () => {
  handle = await freshScratchDatabase(SCRATCH);
  const started = Date.now();
  await ensureDefaultRubric(handle.db);
  await seedDemoData(handle.db);
  await seedDemoProgrammes(handle.db);
  await seedDemoLifecycle(handle.db);
  await seedDemoAgreements(handle.db);
  await seedDemoReports(handle.db);
  await seedDemoMatching(handle.db);
  seconds = (Date.now() - started) / 1000;
}, 300_000);

afterAll(async () => {
  await handle?.close();
  await dropScratchDatabase(SCRATCH);
});

async function publishedFigures(): Promise<ReportFigures> {
  const [row] = await handle.db
    .select({ figures: transparencyReports.figures })
    .from(transparencyReports)
    .where(eq(transparencyReports.status, "published"))
    .orderBy(desc(transparencyReports.publishedAt))
    .limit(1);
  expect(row?.figures).toBeTruthy();
  return row!.figures as ReportFigures;
}

const countOf = (buckets: readonly { key: string; count: number | string }[], key: string) => buckets.find((b) => b.key === key)?.count;

describe("the demo seed at full size", () => {
  it("seeds at least 60 programmes led by 25+ verified institutions from every Global South region", async () => {
    console.log(`demo seed (without reference data): ${seconds.toFixed(1)} s`);
    const [total] = await handle.db.select({ n: count() }).from(programmes);
    expect(total!.n).toBeGreaterThanOrEqual(60);
    const verified = await handle.db
      .select({ id: institutions.id, region: countries.region })
      .from(institutions)
      .innerJoin(countries, eq(countries.iso2, institutions.countryCode))
      .where(eq(institutions.status, "verified"));
    expect(verified.length).toBeGreaterThanOrEqual(25);
    expect(new Set(verified.map((v) => v.region))).toEqual(new Set(["Africa", "Americas", "Asia", "Oceania"]));
    const leads = await handle.db.selectDistinct({ id: programmes.leadInstitutionId }).from(programmes);
    expect(leads.length).toBeGreaterThanOrEqual(25);
  });

  it("publishes a demo report whose main figures are real numbers, not \"<5\"", async () => {
    const exact = await publishedFigures();
    const shown = suppressFigures(exact);
    expect(shown.threshold).toBe(5);
    expect(shown.programmes.total).toBeGreaterThanOrEqual(60);
    for (const status of ["open", "active", "completed", "approved", "cancelled", "rejected"]) expect(countOf(shown.programmes.byStatus, status), status).toBeGreaterThanOrEqual(5);
    for (const region of ["Africa", "Asia", "Americas", "Oceania"]) expect(countOf(shown.programmes.byRegion, region), region).toBeGreaterThanOrEqual(5);
    for (const area of ["capacity_building", "application", "data_governance"]) expect(countOf(shown.programmes.byWorkingArea, area), area).toBeGreaterThanOrEqual(5);
    expect(shown.programmes.byMechanism.filter((b) => typeof b.count === "number").length).toBeGreaterThanOrEqual(5);
    expect(shown.institutions.total).toBeGreaterThanOrEqual(25);
    expect(shown.participation.applicationsTotal).toBeGreaterThanOrEqual(100);
    for (const status of ["accepted", "pending", "declined", "withdrawn", "left"]) expect(countOf(shown.participation.applicationsByStatus, status), status).toBeGreaterThanOrEqual(5);
    expect(shown.participation.institutionsParticipating).toBeGreaterThanOrEqual(5);
    expect(countOf(shown.decisions.byOutcome, "approve")).toBeGreaterThanOrEqual(5);
    expect(countOf(shown.decisions.byOutcome, "reject")).toBeGreaterThanOrEqual(5);
    expect(shown.decisions.approvalRate).not.toBeNull();
  });

  it("publishes real figures for the agreements too: the agreements in force and every cross-border flow they name are 5 or more", async () => {
    const shown = suppressFigures(await publishedFigures());
    expect(shown.agreements.inForce).toBeGreaterThanOrEqual(5);
    expect(shown.agreements.flows.length).toBeGreaterThan(0);
    for (const flow of shown.agreements.flows) expect(flow.count, `${flow.from} → ${flow.to}`).toBeGreaterThanOrEqual(5);
  });

  it("chains every audit entry it wrote", async () => {
    const [all] = await handle.db.select({ n: count() }).from(auditLog);
    const [unchained] = await handle.db.select({ n: count() }).from(auditLog).where(isNull(auditLog.chainSeq));
    expect(all!.n).toBeGreaterThan(500);
    expect(unchained!.n).toBe(0);
  });

  it("lets the listed demo accounts complete the review desk: panel of two and a chair, quorum 2, decision", async () => {
    const listed = DEMO_ACCOUNTS.filter((a) => a.roleLabelKey === "reviewer").map((a) => a.email);
    expect(listed).toHaveLength(3);
    const people = await handle.db.select({ id: users.id, email: users.email, sessionVersion: users.sessionVersion }).from(users).where(inArray(users.email, [...listed, `admin@${DEMO_EMAIL_DOMAIN}`]));
    const ctx = async (email: string): Promise<UseCaseContext> => {
      const p = people.find((x) => x.email === email)!;
      const viewer = await loadViewer(handle.db, p.id, p.sessionVersion);
      return { db: handle.db, viewer: viewer!, meta: { ip: null, userAgent: "test", locale: "en" }, defer: () => {} };
    };
    const id = (email: string) => people.find((x) => x.email === email)!.id;
    const [awaiting] = await handle.db.select({ id: programmes.id, version: programmes.version }).from(programmes).where(eq(programmes.status, "submitted")).limit(1);
    expect(awaiting).toBeTruthy();
    // Each listed reviewer has room for one more panel: their load is below the capacity of their profile.
    const [profiles, candidates] = await Promise.all([
      handle.db.select({ userId: reviewerProfiles.userId, capacity: reviewerProfiles.capacity }).from(reviewerProfiles),
      reviewerCandidates(handle.db, awaiting!.id),
    ]);
    for (const email of listed) {
      const load = candidates.find((c) => c.userId === id(email))!.load;
      expect(load, email).toBeLessThan(profiles.find((p) => p.userId === id(email))!.capacity);
    }
    const [r1, r2, chair] = listed as [string, string, string];
    await assignPanel(await ctx(`admin@${DEMO_EMAIL_DOMAIN}`), { programmeId: awaiting!.id, version: awaiting!.version, reviewerIds: [id(r1), id(r2)], chairId: id(chair) });
    for (const email of [r1, r2]) {
      await submitReview(await ctx(email), {
        programmeId: awaiting!.id,
        scores: Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.code, 4])),
        recommendation: "approve",
        commentsToProposer: "A clear plan with partners in every country it reaches.",
        confidentialComments: "Approve.",
      });
    }
    const [now] = await handle.db.select({ version: programmes.version }).from(programmes).where(eq(programmes.id, awaiting!.id));
    await decideProgramme(await ctx(chair), { programmeId: awaiting!.id, version: now!.version, outcome: "approve", letter: "Dear colleagues, the panel approves the proposal after two reviews; you may publish it when ready." });
    const [after] = await handle.db.select({ status: programmes.status }).from(programmes).where(and(eq(programmes.id, awaiting!.id)));
    expect(after?.status).toBe("approved");
  });
});
