// Deciding on a proposal through the real use case: the chair decides once the quorum is met,
// an admin may decide without it only with a reason, and two people deciding at the same
// moment leave exactly one decision.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideProgramme, type DecideInput } from "../../server/reviews/decide-programme";
import { addPanel, addReview, createProgramme, createReviewer, type Programme, type User } from "../factories";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting, programmeAudit, programmeState, proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

let world: ProposalWorld;
let chair: User;

beforeAll(async () => {
  world = await proposalWorld(db, 3);
  chair = await createReviewer(db);
});

afterAll(async () => {
  await handle.close();
});

/** A proposal under review (revision `revision`) with three reviewers and the chair; `reviewed` of them submitted a review of `reviewedRevision`. */
async function underReview({ reviewed = 2, revision = 1, reviewedRevision = revision }: { reviewed?: number; revision?: number; reviewedRevision?: number } = {}): Promise<Programme> {
  const programme = await createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, status: "under_review", currentRevision: revision });
  const seats = await addPanel(db, programme.id, { reviewers: world.reviewers, chair, assignedBy: world.admin });
  for (const seat of seats.slice(0, reviewed)) await addReview(db, { assignment: seat, revisionNumber: reviewedRevision });
  return programme;
}

const decision = (p: Programme, overrides: Partial<DecideInput> = {}): DecideInput => ({ programmeId: p.id, version: p.version, outcome: "approve", letter: "Dear applicants, we are pleased…", ...overrides });

/** Refused with `code`, and nothing about the programme changed. */
async function expectRefused(user: User, input: DecideInput, code: string) {
  const before = await programmeState(db, input.programmeId);
  const error = await domainErrorOf(decideProgramme(await acting(db, user), input));
  expect(error.code).toBe(code);
  expect(await programmeState(db, input.programmeId)).toEqual(before);
  return error;
}

const DECISION_ACTIONS = ["programme.approve", "programme.reject", "programme.requestChanges"];

describe("a chair and an admin deciding at the same moment", () => {
  it.each(Array.from({ length: 10 }, (_, i) => i + 1))("leaves exactly one decision and one status change; the other gets CONFLICT (run %i of 10)", async () => {
    const programme = await underReview();
    const [asChair, asAdmin] = await Promise.all([acting(db, chair), acting(db, world.admin)]);

    const results = await Promise.allSettled([
      decideProgramme(asChair, decision(programme, { outcome: "approve", letter: "Approved by the chair." })),
      decideProgramme(asAdmin, decision(programme, { outcome: "reject", letter: "Rejected by the admin.", overrideReason: "Deciding in the chair's place" })),
    ]);

    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const winner = results.findIndex((r) => r.status === "fulfilled");
    expect((results[1 - winner] as PromiseRejectedResult).reason).toMatchObject({ name: "DomainError", code: "CONFLICT" });
    const [outcome, status, decidedBy] = winner === 0 ? ["approve", "approved", chair.id] : ["reject", "rejected", world.admin.id];
    const after = await programmeState(db, programme.id);
    expect(after.row).toMatchObject({ status, version: programme.version + 1 });
    expect(after.decisions).toHaveLength(1);
    expect(after.decisions[0]).toMatchObject({ revisionNumber: 1, outcome, decidedByUserId: decidedBy });
    const changes = (await programmeAudit(db, programme.id)).filter((a) => DECISION_ACTIONS.includes(a.action));
    expect(changes).toHaveLength(1);
    expect(changes[0]?.actorUserId).toBe(decidedBy);
  });
});

describe("the quorum", () => {
  it("refuses a chair with fewer than two submitted reviews (QUORUM_NOT_MET) and changes nothing", async () => {
    const programme = await underReview({ reviewed: 1 });
    const error = await expectRefused(chair, decision(programme), "QUORUM_NOT_MET");
    expect(error.details).toEqual({ quorum: 2, submitted: 1 });
  });

  it("does not count reviews of an earlier revision towards the quorum", async () => {
    const programme = await underReview({ reviewed: 3, revision: 2, reviewedRevision: 1 });
    const error = await expectRefused(chair, decision(programme), "QUORUM_NOT_MET");
    expect(error.details).toEqual({ quorum: 2, submitted: 0 });
  });

  it("lets the chair decide once two reviews are in: one decision with the letter, no override reason", async () => {
    const programme = await underReview({ reviewed: 2 });

    const result = await decideProgramme(await acting(db, chair), decision(programme, { outcome: "request_changes", letter: "Please add a data plan." }));

    expect(result).toEqual({ programmeId: programme.id, status: "changes_requested", version: programme.version + 1 });
    const after = await programmeState(db, programme.id);
    expect(after.row.status).toBe("changes_requested");
    expect(after.row.decidedAt).toBeInstanceOf(Date);
    expect(after.decisions).toEqual([expect.objectContaining({ revisionNumber: 1, outcome: "request_changes", letter: "Please add a data plan.", decidedByUserId: chair.id, overrideReason: null })]);
    const [entry] = (await programmeAudit(db, programme.id)).slice(-1);
    expect(entry).toMatchObject({ action: "programme.requestChanges", actorUserId: chair.id, context: { reason: null, reviews: 2 } });
  });

  it("refuses an admin deciding without quorum unless a reason is given (VALIDATION on overrideReason)", async () => {
    const programme = await underReview({ reviewed: 0 });
    for (const overrideReason of [undefined, "", "   "]) {
      const error = await expectRefused(world.admin, decision(programme, { overrideReason }), "VALIDATION");
      expect(error.fields).toEqual({ overrideReason: ["validation.reasonRequired"] });
    }
  });

  it("lets an admin decide without quorum with a reason, and stores the reason with the decision and in the audit entry", async () => {
    const programme = await underReview({ reviewed: 0 });

    await decideProgramme(await acting(db, world.admin), decision(programme, { outcome: "reject", overrideReason: "  The lead withdrew its partners  " }));

    const after = await programmeState(db, programme.id);
    expect(after.row.status).toBe("rejected");
    expect(after.decisions).toEqual([expect.objectContaining({ outcome: "reject", decidedByUserId: world.admin.id, overrideReason: "The lead withdrew its partners" })]);
    const [entry] = (await programmeAudit(db, programme.id)).slice(-1);
    expect(entry).toMatchObject({ action: "programme.reject", actorUserId: world.admin.id, context: { reason: "The lead withdrew its partners", reviews: 0 } });
  });

  it("asks an admin for a reason even with quorum met, since they decide in the chair's place", async () => {
    const programme = await underReview({ reviewed: 3 });
    const error = await expectRefused(world.admin, decision(programme), "VALIDATION");
    expect(error.fields).toEqual({ overrideReason: ["validation.reasonRequired"] });
  });
});

describe("who may decide", () => {
  it("refuses a reviewer of the panel who is not its chair (FORBIDDEN) and the proposer (FORBIDDEN)", async () => {
    const programme = await underReview({ reviewed: 3 });
    await expectRefused(world.reviewers[0]!, decision(programme), "FORBIDDEN");
    await expectRefused(world.proposer, decision(programme), "FORBIDDEN");
  });

  it("refuses a reviewer with no seat on the panel as if the proposal did not exist (NOT_FOUND)", async () => {
    const programme = await underReview({ reviewed: 3 });
    await expectRefused(await createReviewer(db), decision(programme), "NOT_FOUND");
  });

  it("refuses an empty letter (VALIDATION on letter) and a decision based on another version than the stored one (CONFLICT)", async () => {
    const programme = await underReview({ reviewed: 2 });
    const error = await expectRefused(chair, decision(programme, { letter: "  " }), "VALIDATION");
    expect(error.fields).toEqual({ letter: ["validation.letterRequired"] });
    await expectRefused(chair, decision(programme, { version: programme.version + 1 }), "CONFLICT");
  });
});
