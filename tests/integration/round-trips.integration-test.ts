// Each procedure of proposals & review makes at most 3 sequential database round trips — its
// atomic write counted as the requests its driver needs (support/round-trips.ts) — whatever the
// amount of data: measured through the real router over 1,000 and then 2,000
// seeded proposals with their panels and reviews, from before the viewer is loaded (as every
// request does) to the end of the call. Side effects handed to ctx.defer are not run.
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, platformSettings, programmeDecisions, programmeRevisions, programmes, reviewAssignments, reviews } from "../../db/schema";
import { DEFAULT_EMAIL_PREFERENCES } from "../../server/notifications/email-preferences";
import { DEFAULT_RUBRIC } from "../../server/reviews/rubric";
import { appRouter } from "../../server/trpc/root";
import { addDecision, addPanel, addPanels, addReviews, createProgramme, createProgrammes, createReviewer, type User } from "../factories";
import { openTestDb } from "./support/db";
import { BUDGET, describeCost, expectWithinBudget, type RequestCost, requestCostOf } from "./support/round-trips";
import type { Caller } from "./support/personas";
import { proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;
const BATCH_OF_PROPOSALS = 1000;

let world: ProposalWorld;
let reviewer: User;
let others: User[];
let chair: User;

/** Adds `n` proposals under review, each with the full panel and two submitted reviews, and `n` notifications for the proposer. */
async function seed(n: number) {
  const ids = await createProgrammes(db, n, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, status: "under_review" });
  const seats = await addPanels(db, ids, { reviewers: [reviewer, ...others], chair, assignedBy: world.admin });
  await addReviews(db, seats.filter((s) => others.some((o) => o.id === s.reviewerUserId)).map((assignment) => ({ assignment })));
  const path = (id: string) => `/proposals/${id}`;
  for (let i = 0; i < ids.length; i += 500) {
    await db.insert(notifications).values(ids.slice(i, i + 500).map((id) => ({ userId: world.proposer.id, kind: "programmeDecided", params: { reference: "T", title: "T" }, path: path(id) })));
  }
}

/** The objects one round of measurements acts on (fresh each round: mutations use them up). */
async function targets() {
  const ofLead = { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id };
  const [toEdit, toSubmit, toWithdraw, toSuggest, toAssign] = await Promise.all([
    createProgramme(db, ofLead),
    createProgramme(db, ofLead),
    createProgramme(db, ofLead),
    createProgramme(db, { ...ofLead, status: "submitted" }),
    createProgramme(db, { ...ofLead, status: "submitted" }),
  ]);
  const reviewed = await createProgramme(db, { ...ofLead, status: "under_review", currentRevision: 2 });
  const seats = await addPanel(db, reviewed.id, { reviewers: [reviewer, ...others], chair, assignedBy: world.admin });
  await addReviews(db, seats.filter((s) => others.some((o) => o.id === s.reviewerUserId)).map((assignment) => ({ assignment, revisionNumber: 2 })));
  await addDecision(db, { programmeId: reviewed.id, revisionNumber: 1, outcome: "request_changes", decidedBy: chair });
  const [fresh, freshChair] = await Promise.all([createReviewer(db), createReviewer(db)]);
  return { toEdit, toSubmit, toWithdraw, toSuggest, toAssign, reviewed, fresh, freshChair };
}
type Targets = Awaited<ReturnType<typeof targets>>;

const SCORES = Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.code, 4]));

/** Every procedure measured, in the order measured (the reviewed proposal is read, reviewed, left by one reviewer, then decided). */
/** How many times the proposer's email preferences were saved (their version). */
let savedPreferences = 0;
const MEASURED: Record<string, { as: () => User; call: (api: Caller, t: Targets) => Promise<unknown> }> = {
  "programmes.create": { as: () => world.proposer, call: (api) => api.programmes.create({ leadInstitutionId: world.lead.id, title: "Measured proposal" }) },
  "programmes.update": { as: () => world.proposer, call: (api, t) => api.programmes.update({ programmeId: t.toEdit.id, version: t.toEdit.version, title: "Measured edit" }) },
  "programmes.submit": { as: () => world.proposer, call: (api, t) => api.programmes.submit({ programmeId: t.toSubmit.id, version: t.toSubmit.version }) },
  "programmes.withdraw": { as: () => world.proposer, call: (api, t) => api.programmes.withdraw({ programmeId: t.toWithdraw.id, version: t.toWithdraw.version }) },
  "programmes.byId": { as: () => world.proposer, call: (api, t) => api.programmes.byId({ programmeId: t.reviewed.id }) },
  "programmes.revisionDiff": { as: () => chair, call: (api, t) => api.programmes.revisionDiff({ programmeId: t.reviewed.id, from: 1, to: 2 }) },
  "programmes.forInstitution": { as: () => world.proposer, call: (api) => api.programmes.forInstitution({ institutionId: world.lead.id }) },
  "reviews.desk": { as: () => world.admin, call: (api) => api.reviews.desk() },
  "reviews.suggestPanel": { as: () => world.admin, call: (api, t) => api.reviews.suggestPanel({ programmeId: t.toSuggest.id }) },
  "reviews.assignPanel": {
    as: () => world.admin,
    call: (api, t) => api.reviews.assignPanel({ programmeId: t.toAssign.id, version: t.toAssign.version, reviewerIds: [t.fresh.id], chairId: t.freshChair.id }),
  },
  "reviews.myAssignments": { as: () => reviewer, call: (api) => api.reviews.myAssignments() },
  "reviews.sheet": { as: () => chair, call: (api, t) => api.reviews.sheet({ programmeId: t.reviewed.id }) },
  "reviews.submit": {
    as: () => reviewer,
    call: (api, t) => api.reviews.submit({ programmeId: t.reviewed.id, scores: SCORES, commentsToProposer: "Measured.", confidentialComments: "", recommendation: "approve" }),
  },
  "reviews.recuse": { as: () => others[1]!, call: (api, t) => api.reviews.recuse({ programmeId: t.reviewed.id, reason: "Measured recusal." }) },
  "reviews.decide": { as: () => chair, call: (api, t) => api.reviews.decide({ programmeId: t.reviewed.id, version: t.reviewed.version, outcome: "approve", letter: "Measured decision." }) },
  "reviews.rubric": { as: () => world.admin, call: (api) => api.reviews.rubric() },
  "reviews.updateRubric": { as: () => world.admin, call: (api) => api.reviews.updateRubric({ criteria: DEFAULT_RUBRIC.map((c) => ({ code: c.code, weight: c.weight, active: true })) }) },
  "notifications.list": { as: () => world.proposer, call: (api) => api.notifications.list() },
  "notifications.markRead": { as: () => world.proposer, call: (api) => api.notifications.markRead({}) },
  "reference.sectors": { as: () => world.proposer, call: (api) => api.reference.sectors() },
  "reference.mechanisms": { as: () => world.proposer, call: (api) => api.reference.mechanisms() },
  "notifications.preferences": { as: () => world.proposer, call: (api) => api.notifications.preferences() },
  // Measured once per round: the first saves (version 0, an insert), the second updates (version 1).
  "notifications.updatePreferences": {
    as: () => world.proposer,
    call: (api) => api.notifications.updatePreferences({ ...DEFAULT_EMAIL_PREFERENCES, reports: savedPreferences % 2 ? "off" : "digest", version: savedPreferences++ }),
  },
};

/** Sequential round trips of one request: loading the viewer, then the call; deferred side effects are collected, not run. */
const roundTripsOf = (user: User, call: (api: Caller) => Promise<unknown>) => requestCostOf(handle, user, call);

async function measureAll() {
  const t = await targets();
  const result: Record<string, RequestCost & { deferred: number }> = {};
  for (const [name, m] of Object.entries(MEASURED)) result[name] = await roundTripsOf(m.as(), (api) => m.call(api, t));
  return result;
}

const measured: { proposals: number; result: Awaited<ReturnType<typeof measureAll>> }[] = [];

beforeAll(async () => {
  world = await proposalWorld(db, 0);
  const panel = await Promise.all(Array.from({ length: 4 }, () => createReviewer(db)));
  [reviewer, chair, ...others] = panel as [User, User, User, User];
  for (let round = 0; round < 2; round++) {
    await seed(BATCH_OF_PROPOSALS);
    measured.push({ proposals: await db.$count(programmes, eq(programmes.leadInstitutionId, world.lead.id)), result: await measureAll() });
  }
}, 240_000);

afterAll(async () => {
  const cell = (m: (typeof measured)[number], name: string) => (m.result[name] ? describeCost(handle, m.result[name]) : "-").padEnd(40);
  const rows = Object.keys(MEASURED).map((name) => `${name.padEnd(28)} ${measured.map((m) => cell(m, name)).join("")}${measured[0]?.result[name]?.deferred ?? 0}`);
  console.log([`${"procedure".padEnd(28)} ${measured.map((m) => `${m.proposals} proposals (${handle.driver})`.padEnd(40)).join("")}deferred tasks`, ...rows].join("\n"));
  // The proposals seeded here would swamp the shared review desk: take them out again.
  const ids = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.leadInstitutionId, world.lead.id));
  await db.delete(reviews).where(inArray(reviews.programmeId, ids));
  await db.delete(reviewAssignments).where(inArray(reviewAssignments.programmeId, ids));
  await db.delete(programmeDecisions).where(inArray(programmeDecisions.programmeId, ids));
  await db.delete(programmeRevisions).where(inArray(programmeRevisions.programmeId, ids));
  await db.delete(programmes).where(eq(programmes.leadInstitutionId, world.lead.id));
  await db.delete(notifications).where(eq(notifications.userId, world.proposer.id));
  await handle.close();
}, 120_000);

describe("sequential database round trips per request", () => {
  it("measures every procedure of programmes, reviews and notifications, and the new reference lists", () => {
    // The lifecycle after approval (publish, start, complete, cancel, setFlagship) is measured with
    // participation, over applications: participation-round-trips.integration-test.ts.
    const lifecycle = ["programmes.publish", "programmes.start", "programmes.complete", "programmes.cancel", "programmes.setFlagship"];
    const routed = Object.keys(appRouter._def.procedures).filter((p) => /^(programmes|reviews|notifications)\./.test(p) && !lifecycle.includes(p));
    expect(routed.filter((p) => !(p in MEASURED))).toEqual([]);
    expect(measured.map((m) => m.proposals)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(measured[0]!.proposals).toBeGreaterThanOrEqual(BATCH_OF_PROPOSALS);
    expect(measured[1]!.proposals).toBeGreaterThanOrEqual(2 * BATCH_OF_PROPOSALS);
  });

  it.each(Object.keys(MEASURED))(`%s makes at most ${BUDGET} (its write as its driver needs) with 1,000 and with 2,000 proposals, the same number both times`, (name) => {
    const [first, second] = measured.map((m) => m.result[name]!);
    expect(first!.trips).toBeGreaterThanOrEqual(2);
    expectWithinBudget(handle, first!);
    expect(second).toEqual(first);
  });
});

describe("sequential round trips under the same-country policy", () => {
  it.each(["reviews.suggestPanel", "reviews.assignPanel"])(`%s still makes at most ${BUDGET} (its write as its driver needs)`, async (name) => {
    const [previous] = await db.select().from(platformSettings).where(eq(platformSettings.key, "review_policy"));
    const value = { sameCountry: true };
    await db.insert(platformSettings).values({ key: "review_policy", value }).onDuplicateKeyUpdate({ set: { value } });
    try {
      const t = await targets();
      const cost = await roundTripsOf(world.admin, (api) => MEASURED[name]!.call(api, t));
      console.log(`${name} with the same-country policy: ${describeCost(handle, cost)} sequential round trips`);
      expectWithinBudget(handle, cost);
    } finally {
      if (previous) await db.update(platformSettings).set({ value: previous.value }).where(eq(platformSettings.key, "review_policy"));
      else await db.delete(platformSettings).where(eq(platformSettings.key, "review_policy"));
    }
  });
});
