// The reviewer's workspace, the admin's review desk and the rubric, through the real use cases.
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, rubricCriteria } from "../../db/schema";
import { listMyAssignments, listReviewDesk, WORKSPACE_PAGE_SIZE } from "../../server/reviews/list-review-work";
import { recuse } from "../../server/reviews/recuse";
import { DEFAULT_RUBRIC, listRubric, updateRubric } from "../../server/reviews/rubric";
import { submitReview } from "../../server/reviews/submit-review";
import { addPanel, addReview, createProgramme, createReviewer, type Programme, type User } from "../factories";
import { domainErrorOf } from "./support/errors";
import { acting, programmeState, withProposalWorld, type ProposalWorld } from "./support/programmes";

const fixture = withProposalWorld(0);
const { db } = fixture;
let world: ProposalWorld;
beforeAll(() => {
  world = fixture.world;
});

const proposal = (overrides: Partial<Programme> = {}) =>
  createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, status: "under_review", ...overrides });

/** Seats `me` on a proposal beside `others` reviewers, `reviewedByOthers` of whom have submitted. */
async function seat(me: User, { role = "reviewer", reviewedByOthers = 0, submittedAt = new Date() }: { role?: "reviewer" | "chair"; reviewedByOthers?: number; submittedAt?: Date } = {}) {
  const programme = await proposal({ submittedAt });
  const others = await Promise.all(Array.from({ length: 2 }, () => createReviewer(db)));
  const seats = await addPanel(db, programme.id, role === "chair" ? { reviewers: others, chair: me } : { reviewers: [me, ...others] });
  for (const s of seats.filter((s) => s.reviewerUserId !== me.id).slice(0, reviewedByOthers)) await addReview(db, { assignment: s });
  return programme;
}

const SCORES = Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.code, 4]));

describe("a reviewer's assignments", () => {
  it("list every seat with its review counts, and 'next' is the proposal still needing my review with the fewest reviews", async () => {
    const me = await createReviewer(db);
    const busiest = await seat(me, { reviewedByOthers: 2 });
    const fewest = await seat(me, { reviewedByOthers: 0 });
    const middle = await seat(me, { reviewedByOthers: 1 });
    const reviewed = await seat(me);
    await submitReview(await acting(db, me), { programmeId: reviewed.id, scores: SCORES, commentsToProposer: "Fine.", confidentialComments: "", recommendation: "approve" });
    const recused = await seat(me);
    await recuse(await acting(db, me), { programmeId: recused.id, reason: "Conflict discovered." });
    const chaired = await seat(me, { role: "chair" });

    const { items, nextProgrammeId } = await listMyAssignments(await acting(db, me));

    const byId = new Map(items.map((i) => [i.programmeId, i]));
    expect(items).toHaveLength(6);
    expect(byId.get(busiest.id)).toMatchObject({ role: "reviewer", seat: "active", reviews: 2, mine: 0, needsMyReview: true, leadName: world.lead.name, revision: 1 });
    expect(byId.get(middle.id)).toMatchObject({ reviews: 1, needsMyReview: true });
    expect(byId.get(fewest.id)).toMatchObject({ reviews: 0, needsMyReview: true });
    expect(byId.get(reviewed.id)).toMatchObject({ reviews: 1, mine: 1, needsMyReview: false });
    expect(byId.get(recused.id)).toMatchObject({ seat: "recused", needsMyReview: false });
    expect(byId.get(chaired.id)).toMatchObject({ role: "chair", needsMyReview: false });
    expect(nextProgrammeId).toBe(fewest.id);
  });

  it("is paged: a page past my seats is empty but still counts them and still names 'next' from all of them", async () => {
    const me = await createReviewer(db);
    const waiting = await seat(me);
    await seat(me, { role: "chair" });

    const first = await listMyAssignments(await acting(db, me), 1);
    const second = await listMyAssignments(await acting(db, me), 2);

    expect(first).toMatchObject({ total: 2, page: 1, pageSize: WORKSPACE_PAGE_SIZE, nextProgrammeId: waiting.id });
    expect(first.items).toHaveLength(2);
    expect(second).toMatchObject({ items: [], page: 2, nextProgrammeId: waiting.id, next: { programmeId: waiting.id, reference: waiting.reference } });
  });

  it("puts the seats that wait for my review first, then the newest submissions: a new assignment is never pushed past the first page", async () => {
    const me = await createReviewer(db);
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    const oldWaiting = await seat(me, { submittedAt: day(1) });
    const oldChaired = await seat(me, { role: "chair", submittedAt: day(2) });
    const newChaired = await seat(me, { role: "chair", submittedAt: day(3) });
    const newWaiting = await seat(me, { submittedAt: day(4) });

    const { items } = await listMyAssignments(await acting(db, me));

    expect(items.map((i) => i.programmeId)).toEqual([newWaiting.id, oldWaiting.id, newChaired.id, oldChaired.id]);
  });

  it("confirms a recusal named in the address only when I hold that recused seat, whichever page it is on", async () => {
    const me = await createReviewer(db);
    const recused = await seat(me, { submittedAt: new Date(Date.UTC(2020, 0, 1)) });
    await recuse(await acting(db, me), { programmeId: recused.id, reason: "Conflict discovered." });
    const active = await seat(me);

    expect((await listMyAssignments(await acting(db, me), 2, recused.reference)).recused).toBe(recused.reference);
    // An active seat, a proposal I never sat on, or nothing named: no confirmation.
    expect((await listMyAssignments(await acting(db, me), 1, active.reference)).recused).toBeNull();
    expect((await listMyAssignments(await acting(db, await createReviewer(db)), 1, recused.reference)).recused).toBeNull();
    expect((await listMyAssignments(await acting(db, me))).recused).toBeNull();
  });

  it("has no 'next' when nothing needs my review, and is refused to a user without the reviewer role", async () => {
    const me = await createReviewer(db);
    await seat(me, { role: "chair" });
    expect((await listMyAssignments(await acting(db, me))).nextProgrammeId).toBeNull();
    expect((await domainErrorOf(listMyAssignments(await acting(db, world.proposer)))).code).toBe("FORBIDDEN");
  });
});

describe("the review desk", () => {
  it("lists a waiting proposal with its panel size, chair and review count, and leaves out drafts and decided ones", async () => {
    // Submitted long ago, so it is among the oldest the desk shows whatever else waits.
    const longAgo = new Date("2001-01-01T00:00:00Z");
    const me = await createReviewer(db);
    const waiting = await seat(me, { reviewedByOthers: 1, submittedAt: longAgo });
    const draft = await proposal({ status: "draft", submittedAt: longAgo });
    const decided = await proposal({ status: "approved", submittedAt: longAgo });

    const desk = await listReviewDesk(await acting(db, world.admin));

    expect(desk.find((d) => d.programmeId === waiting.id)).toMatchObject({ status: "under_review", panelSize: 3, hasChair: 0, reviews: 1, leadName: world.lead.name, leadCountry: "KE" });
    expect(desk.map((d) => d.programmeId)).not.toContain(draft.id);
    expect(desk.map((d) => d.programmeId)).not.toContain(decided.id);
    expect((await domainErrorOf(listReviewDesk(await acting(db, me)))).code).toBe("FORBIDDEN");
  });
});

describe("the rubric", () => {
  it("changes weights and switches criteria off for new reviews only, with one audit entry; submitted reviews keep their score", async () => {
    const asAdmin = await acting(db, world.admin);
    const me = await createReviewer(db);
    const [before, after] = [await seat(me), await seat(me)];
    const scores = { ...SCORES, feasibility: 1 };
    await submitReview(await acting(db, me), { programmeId: before.id, scores, commentsToProposer: "Ok.", confidentialComments: "", recommendation: "revise" });
    const changed = DEFAULT_RUBRIC.map((c) => ({ code: c.code, weight: c.code === "feasibility" ? 80 : c.weight, active: c.code !== "data_governance" }));
    try {
      expect(await updateRubric(asAdmin, { criteria: changed })).toEqual({ updated: 6 });
      expect((await listRubric(asAdmin)).map((c) => [c.code, c.weight, c.active])).toEqual(changed.map((c) => [c.code, c.weight, c.active]));
      const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, "review.configure_rubric"), eq(auditLog.actorUserId, world.admin.id))).orderBy(desc(auditLog.id)).limit(1);
      expect(entry?.changes).toMatchObject({ feasibility: { before: { weight: 20, active: true }, after: { weight: 80, active: true } }, data_governance: { after: { active: false } } });

      await submitReview(await acting(db, me), { programmeId: after.id, scores, commentsToProposer: "Ok.", confidentialComments: "", recommendation: "revise" });

      // (4·20 + 1·80 + 4·15·3) / (20 + 80 + 15·3), data_governance off: 340 / 145 = 2.34
      expect((await programmeState(db, after.id)).reviews[0]).toMatchObject({ weightedScore: 2.34, scores: { feasibility: 1 } });
      expect((await programmeState(db, after.id)).reviews[0]?.scores).not.toHaveProperty("data_governance");
      // (4·20 + 1·20 + 4·15·4) / 100 = 3.40, as frozen before the change
      expect((await programmeState(db, before.id)).reviews[0]?.weightedScore).toBe(3.4);
    } finally {
      for (const c of DEFAULT_RUBRIC) await db.update(rubricCriteria).set({ weight: c.weight, active: true }).where(eq(rubricCriteria.code, c.code));
    }
  });

  it("is configured by admins only", async () => {
    const reviewer = await createReviewer(db);
    expect((await domainErrorOf(listRubric(await acting(db, reviewer)))).code).toBe("FORBIDDEN");
    expect((await domainErrorOf(updateRubric(await acting(db, reviewer), { criteria: [{ code: "relevance", weight: 99, active: true }] }))).code).toBe("FORBIDDEN");
    const [relevance] = await db.select().from(rubricCriteria).where(eq(rubricCriteria.code, "relevance"));
    expect(relevance?.weight).toBe(20);
  });
});
