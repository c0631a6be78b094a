// Writing and reading reviews through the real use cases: other reviews stay hidden until
// one's own is in, one review per revision, every criterion scored, the weighted score
// frozen, the chair sees each reviewer's own mean, and a recused reviewer is out.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rubricCriteria } from "../../db/schema";
import { getReviewSheet } from "../../server/reviews/get-review-sheet";
import { recuse } from "../../server/reviews/recuse";
import { DEFAULT_RUBRIC } from "../../server/reviews/rubric";
import { submitReview, type SubmitReviewInput } from "../../server/reviews/submit-review";
import { addPanel, addReview, createProgramme, createReviewer, type Programme, type User } from "../factories";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting, programmeAudit, programmeState, proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

let world: ProposalWorld;

/** The seeded rubric (weights 20/20/15/15/15/15), put back in case another test changed it. */
async function seededRubric() {
  for (const c of DEFAULT_RUBRIC) await db.update(rubricCriteria).set({ weight: c.weight, active: true }).where(eq(rubricCriteria.code, c.code));
}

beforeAll(async () => {
  world = await proposalWorld(db, 0);
  await seededRubric();
});

afterAll(async () => {
  await handle.close();
});

type Panel = { programme: Programme; reviewers: User[]; chair: User };

/** A proposal under review with three fresh reviewers and a fresh chair. */
async function panel(status: Programme["status"] = "under_review"): Promise<Panel> {
  const programme = await createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, status });
  const [chair, ...reviewers] = await Promise.all(Array.from({ length: 4 }, () => createReviewer(db)));
  await addPanel(db, programme.id, { reviewers, chair: chair!, assignedBy: world.admin });
  return { programme, reviewers, chair: chair! };
}

const SCORES = { relevance: 5, feasibility: 4, inclusiveness: 3, mutual_benefit: 2, sustainability: 1, data_governance: 5 };
const review = (p: Programme, overrides: Partial<SubmitReviewInput> = {}): SubmitReviewInput => ({
  programmeId: p.id,
  scores: SCORES,
  commentsToProposer: "Strong plan; widen the spillover.",
  confidentialComments: "The budget looks padded.",
  recommendation: "revise",
  ...overrides,
});

const sheetOf = async (user: User, p: Programme) => getReviewSheet(await acting(db, user), p.id);
const submitAs = async (user: User, input: SubmitReviewInput) => submitReview(await acting(db, user), input);

describe("other reviews", () => {
  it("stay hidden from a reviewer until they submit their own, then show without names or confidential comments", async () => {
    const { programme, reviewers } = await panel();
    const [me, other] = reviewers as [User, User];
    await submitAs(other, review(programme, { commentsToProposer: "The other reviewer's comments." }));

    const before = await sheetOf(me, programme);
    expect(before).toMatchObject({ reviews: [], reviewCount: 1, myReview: null, seat: { role: "reviewer", status: "active" }, can: { review: true } });

    await submitAs(me, review(programme));
    const after = await sheetOf(me, programme);

    expect(after.myReview).toMatchObject({ revisionNumber: 1, commentsToProposer: "Strong plan; widen the spillover." });
    expect(after.reviews).toEqual([
      { label: "#1", scores: SCORES, weightedScore: 3.45, recommendation: "revise", commentsToProposer: "The other reviewer's comments.", confidentialComments: null, reviewerMean: null, reviewerReviewCount: null, formerReviewer: false },
    ]);
    expect(after.can.review).toBe(false);
    const json = JSON.stringify(after);
    for (const secret of [other.id, other.name, other.email]) expect(json).not.toContain(secret);
  });
});

describe("submitting a review", () => {
  it("stores the scores of the active criteria and the weighted score for the seeded weights (3.45), with one audit entry", async () => {
    const { programme, reviewers } = await panel();
    const before = await programmeState(db, programme.id);

    const result = await submitAs(reviewers[0]!, review(programme, { scores: { ...SCORES, not_a_criterion: 5 } }));

    expect(result).toEqual({ reviewId: expect.any(String) as string, revision: 1 });
    const after = await programmeState(db, programme.id);
    expect(after.reviews).toEqual([
      expect.objectContaining({ id: result.reviewId, reviewerUserId: reviewers[0]!.id, revisionNumber: 1, scores: SCORES, weightedScore: 3.45, recommendation: "revise" }),
    ]);
    expect(after.auditCount).toBe(before.auditCount + 1);
    expect(after.row).toEqual(before.row);
  });

  it("refuses a second review of the same revision (ALREADY_EXISTS) and keeps the first", async () => {
    const { programme, reviewers } = await panel();
    await submitAs(reviewers[0]!, review(programme));
    const before = await programmeState(db, programme.id);

    const error = await domainErrorOf(submitAs(reviewers[0]!, review(programme, { recommendation: "reject" })));

    expect(error.code).toBe("ALREADY_EXISTS");
    expect(await programmeState(db, programme.id)).toEqual(before);
    expect(before.reviews.map((r) => r.recommendation)).toEqual(["revise"]);
  });

  it("refuses a review missing a criterion's score or scoring out of range, naming each as scores.<code>", async () => {
    const { programme, reviewers } = await panel();
    const before = await programmeState(db, programme.id);
    const { data_governance: _missing, ...incomplete } = SCORES;

    const error = await domainErrorOf(submitAs(reviewers[0]!, review(programme, { scores: { ...incomplete, feasibility: 0 } })));

    expect(error.code).toBe("VALIDATION");
    expect(error.fields).toEqual({ "scores.feasibility": ["validation.score"], "scores.data_governance": ["validation.score"] });
    expect(await programmeState(db, programme.id)).toEqual(before);
  });

  it("refuses a review while the proposal is not under review (INVALID_TRANSITION)", async () => {
    const { programme, reviewers } = await panel("changes_requested");
    const before = await programmeState(db, programme.id);
    expect((await domainErrorOf(submitAs(reviewers[0]!, review(programme)))).code).toBe("INVALID_TRANSITION");
    expect(await programmeState(db, programme.id)).toEqual(before);
  });

  it("refuses a reviewer with no seat on the panel as if the proposal did not exist (NOT_FOUND)", async () => {
    const { programme } = await panel();
    const outsider = await createReviewer(db);
    expect((await domainErrorOf(submitAs(outsider, review(programme)))).code).toBe("NOT_FOUND");
    expect((await domainErrorOf(sheetOf(outsider, programme))).code).toBe("NOT_FOUND");
    expect((await programmeState(db, programme.id)).reviews).toEqual([]);
  });
});

describe("the chair's view", () => {
  it("shows every review with the reviewer's name, confidential comments and their mean over all their reviews", async () => {
    const { programme, reviewers, chair } = await panel();
    const seasoned = reviewers[0]!;
    for (const weightedScore of [2, 4]) {
      const elsewhere = await createProgramme(db, { status: "approved" });
      const [seat] = await addPanel(db, elsewhere.id, { reviewers: [seasoned], assignedBy: world.admin });
      await addReview(db, { assignment: seat!, weightedScore });
    }
    await submitAs(seasoned, review(programme));
    await submitAs(reviewers[1]!, review(programme, { scores: { ...SCORES, relevance: 1 } }));

    const sheet = await sheetOf(chair, programme);

    expect(sheet.seat).toEqual({ role: "chair", status: "active" });
    expect(sheet.can).toMatchObject({ review: false, decide: true });
    expect(sheet.reviews).toHaveLength(2);
    const mine = sheet.reviews.find((r) => r.label === seasoned.name);
    expect(mine).toMatchObject({ weightedScore: 3.45, confidentialComments: "The budget looks padded.", reviewerReviewCount: 3 });
    expect(mine?.reviewerMean).toBeCloseTo((2 + 4 + 3.45) / 3, 5);
    expect(sheet.reviews.find((r) => r.label === reviewers[1]!.name)).toMatchObject({ weightedScore: 2.65, reviewerMean: 2.65, reviewerReviewCount: 1 });
  });
});

describe("recusal", () => {
  it("sets the seat to recused with the reason and one audit entry; the reviewer can no longer review or read the proposal", async () => {
    const { programme, reviewers } = await panel();
    const leaving = reviewers[0]!;
    const before = await programmeState(db, programme.id);

    expect(await recuse(await acting(db, leaving), { programmeId: programme.id, reason: "I advised the lead last year." })).toEqual({ programmeId: programme.id, status: "recused" });

    const after = await programmeState(db, programme.id);
    expect(after.assignments.find((a) => a.reviewerUserId === leaving.id)).toMatchObject({ status: "recused", recusalReason: "I advised the lead last year." });
    expect(after.assignments.filter((a) => a.status === "recused")).toHaveLength(1);
    expect(after.auditCount).toBe(before.auditCount + 1);
    expect((await programmeAudit(db, programme.id)).at(-1)).toMatchObject({ action: "review.recuse", actorUserId: leaving.id, context: { reason: "I advised the lead last year." } });
    expect(after.row).toEqual(before.row);

    expect((await domainErrorOf(submitAs(leaving, review(programme)))).code).toBe("NOT_FOUND");
    expect((await domainErrorOf(sheetOf(leaving, programme))).code).toBe("NOT_FOUND");
    expect((await domainErrorOf(recuse(await acting(db, leaving), { programmeId: programme.id, reason: "Again" }))).code).toBe("NOT_FOUND");
    expect(await programmeState(db, programme.id)).toEqual(after);
  });

  it("refuses a recusal without a reason (VALIDATION) and changes nothing", async () => {
    const { programme, reviewers } = await panel();
    const before = await programmeState(db, programme.id);
    const error = await domainErrorOf(recuse(await acting(db, reviewers[0]!), { programmeId: programme.id, reason: "  " }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fields).toEqual({ reason: ["validation.reasonRequired"] });
    expect(await programmeState(db, programme.id)).toEqual(before);
  });
});
