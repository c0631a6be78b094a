import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { configFromEnv, createDb } from "../../db/client";
import { loadReferenceData } from "../../db/reference/load";
import {
  DEMO_ACCOUNTS,
  DEMO_INSTITUTIONS,
  DEMO_MEMBERSHIPS,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoId,
  readDemoDataSetting,
  seedDemoData,
  type DemoSeedSummary,
} from "../../scripts/seed/demo";
import { DEMO_PROGRAMMES, seedDemoProgrammes, type DemoProgrammesSummary } from "../../scripts/seed/demo-programmes";
import {
  auditLog,
  INSTITUTION_TYPES,
  institutions,
  memberships,
  notifications,
  platformRoles,
  programmeDecisions,
  programmeRevisions,
  programmes,
  reviewAssignments,
  reviews,
  users,
} from "../../db/schema";
import { verifyPassword } from "../../server/accounts/passwords";
import { ensureDefaultRubric } from "../../server/reviews/rubric";

const handle = createDb(configFromEnv());
const { db } = handle;
const emails = DEMO_USERS.map((u) => u.email);
const institutionIds = DEMO_INSTITUTIONS.map((i) => demoId(`institution:${i.key}`));
const membershipIds = DEMO_MEMBERSHIPS.map((m) => demoId(`membership:${m.key}`));

// Counted on the demo rows only: other test files write to the same database.
async function demoCounts() {
  const [[u], [i], [m], [a]] = await Promise.all([
    db.select({ n: count() }).from(users).where(inArray(users.email, emails)),
    db.select({ n: count() }).from(institutions).where(inArray(institutions.id, institutionIds)),
    db.select({ n: count() }).from(memberships).where(inArray(memberships.id, membershipIds)),
    db.select({ n: count() }).from(auditLog).where(inArray(auditLog.objectId, institutionIds)),
  ]);
  return { users: u?.n, institutions: i?.n, memberships: m?.n, auditEntries: a?.n };
}

/** The demo proposals (title + lead institution) and everything the review phase wrote about them. */
async function demoProgrammeRows() {
  const leads = [...new Set(DEMO_PROGRAMMES.map((p) => demoId(`institution:${p.lead}`)))];
  const rows = await db
    .select()
    .from(programmes)
    .where(and(inArray(programmes.title, DEMO_PROGRAMMES.map((p) => p.content.title)), inArray(programmes.leadInstitutionId, leads)));
  return rows.filter((r) => DEMO_PROGRAMMES.some((p) => p.content.title === r.title && demoId(`institution:${p.lead}`) === r.leadInstitutionId));
}

async function demoProgrammeCounts() {
  const ids = (await demoProgrammeRows()).map((r) => r.id);
  const paths = ids.flatMap((id) => [`/review-desk/${id}`, `/reviews/${id}`, `/proposals/${id}`]);
  const [[r], [a], [v], [d], [e], [n]] = await Promise.all([
    db.select({ n: count() }).from(programmeRevisions).where(inArray(programmeRevisions.programmeId, ids)),
    db.select({ n: count() }).from(reviewAssignments).where(inArray(reviewAssignments.programmeId, ids)),
    db.select({ n: count() }).from(reviews).where(inArray(reviews.programmeId, ids)),
    db.select({ n: count() }).from(programmeDecisions).where(inArray(programmeDecisions.programmeId, ids)),
    db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.objectType, "programme"), inArray(auditLog.objectId, ids))),
    db.select({ n: count() }).from(notifications).where(inArray(notifications.path, paths)),
  ]);
  return { programmes: ids.length, revisions: r?.n, assignments: a?.n, reviews: v?.n, decisions: d?.n, auditEntries: e?.n, notifications: n?.n };
}

async function userByEmail(email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

let firstCounts: Awaited<ReturnType<typeof demoCounts>>;
let firstProgrammeCounts: Awaited<ReturnType<typeof demoProgrammeCounts>>;
let secondRun: DemoSeedSummary;
let secondProgrammesRun: DemoProgrammesSummary;

// As scripts/seed.ts does it, twice (the database may already hold the demo data of an earlier run).
beforeAll(async () => {
  await loadReferenceData(db);
  await ensureDefaultRubric(db);
  await seedDemoData(db);
  await seedDemoProgrammes(db);
  firstCounts = await demoCounts();
  firstProgrammeCounts = await demoProgrammeCounts();
  secondRun = await seedDemoData(db);
  secondProgrammesRun = await seedDemoProgrammes(db);
}, 90_000);

afterAll(async () => {
  await handle.close();
});

describe("the demo seed", () => {
  it("creates every demo user, institution and membership", () => {
    expect(firstCounts).toMatchObject({
      users: DEMO_USERS.length,
      institutions: DEMO_INSTITUTIONS.length,
      memberships: DEMO_MEMBERSHIPS.length,
    });
    expect(firstCounts.auditEntries).toBeGreaterThan(0);
  });

  it("seals every audit entry it writes into the tamper-evident chain (npm run audit:verify passes on npm start)", async () => {
    const [row] = await db
      .select({ all: count(), unchained: sql<number>`sum(${auditLog.chainSeq} is null)` })
      .from(auditLog)
      .where(sql`json_value(${auditLog.context}, '$.source') = 'demo-seed'`);
    expect(Number(row!.all)).toBeGreaterThan(0);
    expect(Number(row!.unchained)).toBe(0);
  });

  it("leaves the same users, institutions, memberships and audit entries when run twice", async () => {
    expect(secondRun).toEqual({ usersCreated: 0, institutionsCreated: 0, membershipsCreated: 0, auditEntries: 0 });
    expect(await demoCounts()).toEqual(firstCounts);
  });

  it("records that demo data is loaded and which accounts to offer on the sign-in page", async () => {
    const setting = await readDemoDataSetting(db);
    expect(setting).toEqual({ loaded: true, accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD });
    const keys = new Set(setting?.accounts.map((a) => a.roleLabelKey));
    for (const key of ["admin", "reviewer", "owner", "member", "signatory", "no_institution"]) expect(keys).toContain(key);
  });

  it("gives every demo account the one documented password", async () => {
    const admin = await userByEmail("admin@demo.southbridge.org");
    expect(await verifyPassword(admin.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("makes the admin an admin and the five demo reviewers reviewers", async () => {
    const holders = await db
      .select({ email: users.email, role: platformRoles.role })
      .from(platformRoles)
      .innerJoin(users, eq(users.id, platformRoles.userId))
      .where(inArray(users.email, emails));
    expect(holders.filter((h) => h.role === "admin").map((h) => h.email)).toEqual(["admin@demo.southbridge.org"]);
    expect(holders.filter((h) => h.role === "reviewer").map((h) => h.email).sort()).toEqual(
      ["reviewer", "reviewer2", "reviewer3", "reviewer4", "reviewer5"].map((l) => `${l}@demo.southbridge.org`).sort(),
    );
  });

  it("leaves the unverified user without a verified email and the user without an institution without memberships", async () => {
    expect((await userByEmail("unverified@demo.southbridge.org")).emailVerifiedAt).toBeNull();
    const loner = await userByEmail("no-institution@demo.southbridge.org");
    const [row] = await db.select({ n: count() }).from(memberships).where(eq(memberships.userId, loner.id));
    expect(row?.n).toBe(0);
  });

  it("covers every institution type and every institution status", async () => {
    const rows = await db.select().from(institutions).where(inArray(institutions.id, institutionIds));
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(INSTITUTION_TYPES));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["pending", "verified", "rejected", "suspended"]));
    expect(rows.find((r) => r.status === "rejected")?.statusReason).toBeTruthy();
  });

  it("covers every membership state, with a signatory who is not an owner", async () => {
    const rows = await db.select().from(memberships).where(inArray(memberships.id, membershipIds));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["requested", "invited", "active", "declined", "removed"]));
    const signatory = await userByEmail("signatory@demo.southbridge.org");
    const [membership] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, signatory.id), eq(memberships.status, "active")));
    expect(membership).toMatchObject({ role: "member", isSignatory: true });
  });
});

describe("the demo proposals", () => {
  const steps = DEMO_PROGRAMMES.flatMap((p) => p.steps);
  const expected = {
    programmes: DEMO_PROGRAMMES.length,
    revisions: steps.filter((s) => s.kind === "submit").length,
    assignments: steps.reduce((n, s) => n + (s.kind === "assign" ? s.reviewers.length + (s.chair ? 1 : 0) : 0), 0),
    reviews: steps.filter((s) => s.kind === "review").length,
    decisions: steps.filter((s) => s.kind === "decide").length,
  };

  it("creates every demo proposal with the revisions, panels, reviews and decisions of its story", () => {
    expect(firstProgrammeCounts).toMatchObject(expected);
    expect(firstProgrammeCounts.auditEntries).toBeGreaterThan(expected.programmes + expected.revisions + expected.reviews);
    expect(firstProgrammeCounts.notifications).toBeGreaterThan(0);
  });

  it("leaves the same proposals, revisions, assignments, reviews, decisions, audit entries and notifications when run twice", async () => {
    expect(secondProgrammesRun).toEqual({ programmesCreated: 0, notificationsCreated: 0 });
    expect(await demoProgrammeCounts()).toEqual(firstProgrammeCounts);
  });

  it("has a proposal in every status of the review phase, each where its story ends, with a generated reference", async () => {
    const rows = await demoProgrammeRows();
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["draft", "submitted", "under_review", "changes_requested", "approved", "rejected", "withdrawn"]),
    );
    for (const story of DEMO_PROGRAMMES) expect(rows.find((r) => r.title === story.content.title)?.status).toBe(story.finalStatus);
    for (const row of rows) expect(row.reference).toMatch(/^PRG-\d{4}-\d{4}$/);
    expect(rows.some((r) => r.status === "under_review" && r.currentRevision === 2)).toBe(true);
    expect(rows.some((r) => r.status === "approved" && r.currentRevision === 2)).toBe(true);
    expect(rows.find((r) => r.status === "draft")?.currentRevision).toBe(0);
  });

  it("gives each panel one chair, records a recusal with its reason and never seats a member of the lead or a co-lead", async () => {
    const rows = await demoProgrammeRows();
    const seats = await db.select().from(reviewAssignments).where(inArray(reviewAssignments.programmeId, rows.map((r) => r.id)));
    const memberOf = await db
      .select({ userId: memberships.userId, institutionId: memberships.institutionId })
      .from(memberships)
      .where(and(inArray(memberships.userId, [...new Set(seats.map((s) => s.reviewerUserId))]), eq(memberships.status, "active")));
    for (const row of rows) {
      const panel = seats.filter((s) => s.programmeId === row.id);
      if (panel.length === 0) continue;
      expect(panel.filter((s) => s.role === "chair")).toHaveLength(1);
      const parties = [row.leadInstitutionId, ...row.coLeadInstitutionIds];
      for (const seat of panel) {
        expect(memberOf.some((m) => m.userId === seat.reviewerUserId && parties.includes(m.institutionId))).toBe(false);
      }
    }
    const recused = seats.filter((s) => s.status === "recused");
    expect(recused).toHaveLength(1);
    expect(recused[0]?.recusalReason).toBeTruthy();
  });

  it("gives every review scores and comments, and every decision a letter after the quorum of reviews", async () => {
    const ids = (await demoProgrammeRows()).map((r) => r.id);
    const [written, decided] = await Promise.all([
      db.select().from(reviews).where(inArray(reviews.programmeId, ids)),
      db.select().from(programmeDecisions).where(inArray(programmeDecisions.programmeId, ids)),
    ]);
    for (const r of written) {
      expect(r.weightedScore).toBeGreaterThanOrEqual(1);
      expect(r.weightedScore).toBeLessThanOrEqual(5);
      expect(r.commentsToProposer.length).toBeGreaterThan(20);
      expect(r.confidentialComments.length).toBeGreaterThan(0);
    }
    expect(new Set(written.map((r) => r.recommendation))).toEqual(new Set(["approve", "revise", "reject"]));
    expect(new Set(decided.map((d) => d.outcome))).toEqual(new Set(["approve", "request_changes", "reject"]));
    for (const d of decided) {
      expect(d.letter.length).toBeGreaterThan(100);
      expect(d.overrideReason).toBeNull();
      expect(written.filter((r) => r.programmeId === d.programmeId && r.revisionNumber === d.revisionNumber).length).toBeGreaterThanOrEqual(2);
    }
  });
});
