// A proposer never learns who reviewed their proposal: after a full review cycle (a recusal,
// reviews, changes requested, a resubmission, a decision) nothing any procedure returns to
// the lead's or a co-lead's people names a panel member, nor any confidential comment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignPanel } from "../../server/reviews/assign-panel";
import { decideProgramme } from "../../server/reviews/decide-programme";
import { recuse } from "../../server/reviews/recuse";
import { submitReview } from "../../server/reviews/submit-review";
import { addMembership, createInstitution, createProgramme, createReviewer, createUser, type User } from "../factories";
import { openTestDb } from "./support/db";
import { outcomeOf } from "./support/errors";
import { callerAs, type Caller } from "./support/personas";
import { acting, proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

let world: ProposalWorld;
let panel: User[];
let coLeadMember: User;
let programmeId: string;
const CONFIDENTIAL = "CONFIDENTIAL: the lead's last grant report was late";
/** Every response the proposer received while taking part in the cycle. */
const proposerResponses: unknown[] = [];

const SCORES = { relevance: 4, feasibility: 3, inclusiveness: 4, mutual_benefit: 5, sustainability: 3, data_governance: 4 };

async function reviewAll(reviewers: User[]) {
  for (const r of reviewers) {
    await submitReview(await acting(db, r), { programmeId, scores: SCORES, commentsToProposer: `Advice for the proposer from a reviewer`, confidentialComments: CONFIDENTIAL, recommendation: "revise" });
  }
}

beforeAll(async () => {
  world = await proposalWorld(db, 0);
  panel = await Promise.all(Array.from({ length: 4 }, () => createReviewer(db)));
  const [first, second, leaving, chair] = panel as [User, User, User, User];
  const coLead = await createInstitution(db, { countryCode: "TZ" });
  coLeadMember = await createUser(db);
  await addMembership(db, { institutionId: coLead.id, userId: coLeadMember.id });

  const asProposer = await callerAs(db, world.proposer);
  const draft = await createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, coLeadInstitutionIds: [coLead.id] });
  programmeId = draft.id;
  const submitted = await asProposer.programmes.submit({ programmeId, version: draft.version });
  proposerResponses.push(submitted);

  const asAdmin = await acting(db, world.admin);
  let { version } = await assignPanel(asAdmin, { programmeId, version: submitted.version, reviewerIds: [first.id, second.id, leaving.id], chairId: chair.id });
  await asAdmin.runDeferred();
  const asLeaving = await acting(db, leaving);
  await recuse(asLeaving, { programmeId, reason: "I supervised the lead's PI." });
  await asLeaving.runDeferred();
  await reviewAll([first, second]);
  const asChair = await acting(db, chair);
  ({ version } = await decideProgramme(asChair, { programmeId, version, outcome: "request_changes", letter: "Please add a data management plan." }));
  await asChair.runDeferred();

  const updated = await asProposer.programmes.update({ programmeId, version, title: draft.title, summary: "Two years of hands-on training, now with a data management plan." });
  const resubmitted = await asProposer.programmes.submit({ programmeId, version: updated.version });
  proposerResponses.push(updated, resubmitted);
  await reviewAll([first, second]);
  const asChairAgain = await acting(db, chair);
  await decideProgramme(asChairAgain, { programmeId, version: resubmitted.version, outcome: "approve", letter: "Approved: congratulations." });
  await asChairAgain.runDeferred();
});

afterAll(async () => {
  await handle.close();
});

/** What a lead or co-lead person can read about the programme, through every procedure open to them. */
async function everythingReadableBy(caller: Caller, { leadMember }: { leadMember: boolean }) {
  return [
    await caller.programmes.byId({ programmeId }),
    await caller.programmes.revisionDiff({ programmeId, from: 1, to: 2 }),
    await caller.reviews.sheet({ programmeId }),
    await caller.notifications.list(),
    await caller.account.me(),
    await caller.account.myMemberships(),
    ...(leadMember ? [await caller.programmes.forInstitution({ institutionId: world.lead.id })] : []),
  ];
}

function leaks(responses: unknown[]) {
  const json = JSON.stringify(responses);
  const secrets = panel.flatMap((p) => [p.id, p.name, p.email]).concat(CONFIDENTIAL);
  return secrets.filter((s) => json.includes(s));
}

describe("a proposer after a full review cycle", () => {
  it("reads the decisions, the letters and the comments meant for them", async () => {
    const proposerCaller = await callerAs(db, world.proposer);
    const view = await proposerCaller.programmes.byId({ programmeId });
    expect(view.programme.status).toBe("approved");
    expect(view.decisions.map((d) => [d.revisionNumber, d.outcome, d.letter])).toEqual([
      [1, "request_changes", "Please add a data management plan."],
      [2, "approve", "Approved: congratulations."],
    ]);
    expect(view.feedback).toHaveLength(4);
    expect(view.feedback.every((f) => f.comments === "Advice for the proposer from a reviewer")).toBe(true);
    expect(view.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect((await proposerCaller.notifications.list()).items.map((n) => n.kind)).toContain("programmeDecided");
  });

  it("finds no reviewer id, name or email and no confidential comment in any response", async () => {
    const responses = [...proposerResponses, ...(await everythingReadableBy(await callerAs(db, world.proposer), { leadMember: true }))];
    expect(responses.length).toBeGreaterThanOrEqual(9);
    expect(leaks(responses)).toEqual([]);
  });

  it("finds none either as another member of the lead, or as a member of the co-lead", async () => {
    for (const [person, leadMember] of [
      [world.member, true],
      [coLeadMember, false],
    ] as const) {
      const caller = await callerAs(db, person);
      expect((await caller.programmes.byId({ programmeId })).canSeePrivate).toBe(true);
      expect(leaks(await everythingReadableBy(caller, { leadMember }))).toEqual([]);
    }
  });

  it("is refused every procedure that lists panels or reviewers", async () => {
    const caller = await callerAs(db, world.proposer);
    expect(await outcomeOf(caller.reviews.myAssignments())).toBe("FORBIDDEN");
    expect(await outcomeOf(caller.reviews.desk())).toBe("FORBIDDEN");
    expect(await outcomeOf(caller.reviews.suggestPanel({ programmeId }))).toBe("FORBIDDEN");
  });

  it("shows a visitor an open programme without its revisions, decisions, feedback or timeline", async () => {
    const open = await createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, status: "open" });
    const view = await (await callerAs(db, null)).programmes.byId({ programmeId: open.id });
    expect(view).toMatchObject({ canSeePrivate: false, revisions: [], decisions: [], feedback: [], timeline: [] });
    expect(view.can).toEqual({ edit: false, submit: false, withdraw: false, review: false, decide: false, assign: false });
  });

  it("is a check that would catch a leak: the chair's own sheet does name the reviewers", async () => {
    const sheet = await (await callerAs(db, panel[3]!)).reviews.sheet({ programmeId });
    expect(leaks([sheet])).toEqual(expect.arrayContaining([panel[0]!.name, panel[1]!.name, CONFIDENTIAL]));
  });
});
