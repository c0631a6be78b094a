// Every (status × event) of the programme lifecycle, driven through the real use cases on the
// real database: allowed events move to the right status with one audit entry; refused ones
// leave the programme, its revisions, decisions, panel and audit trail exactly as they were.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROGRAMME_STATUSES, type ProgrammeStatus } from "../../db/schema/programmes";
import { submitProgramme } from "../../server/programmes/submit-programme";
import { programmeMachine, type ProgrammeEvent } from "../../server/programmes/transitions";
import { withdrawProgramme } from "../../server/programmes/withdraw-programme";
import { cancelProgramme } from "../../server/programmes/cancel-programme";
import { completeProgramme } from "../../server/programmes/complete-programme";
import { publishProgramme } from "../../server/programmes/publish-programme";
import { setFlagshipProgramme } from "../../server/programmes/set-flagship-programme";
import { updateProgramme } from "../../server/programmes/update-programme";
import { startProgramme } from "../../server/programmes/start-programme";
import { assignPanel } from "../../server/reviews/assign-panel";
import { decideProgramme } from "../../server/reviews/decide-programme";
import { PROGRAMME_LIFECYCLE } from "../programme-lifecycle";
import { inviteCoLead } from "../../server/coauthoring/invite-co-lead";
import { leaveCoLead, removeCoLead } from "../../server/coauthoring/remove-co-lead";
import { saveSection } from "../../server/coauthoring/save-section";
import { addMembership, addPanel, createInstitution, createProgramme, createReviewer, createUser, STARTED_DATES, type Institution, type Programme, type User } from "../factories";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting, programmeAudit, programmeState, proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

// Written out by hand (PRODUCT.md, tests/programme-lifecycle.ts): where each allowed event leads; absent = refused.
const EXPECTED = PROGRAMME_LIFECYCLE;
const EVENTS = Object.keys(programmeMachine.transitions) as ProgrammeEvent[];

/**
 * Pairs no use case can express, each covered by its own test below: submitProgramme picks
 * submit or resubmit from the status itself, and assignPanel picks startReview on a submitted
 * proposal and assignPanel (more reviewers, the status stays) on one under review.
 */
const NOT_EXPRESSIBLE = ["draft:resubmit", "changes_requested:submit", "under_review:startReview", "submitted:assignPanel"];
const PAIRS = PROGRAMME_STATUSES.flatMap((from) => EVENTS.map((event) => ({ from, event, to: EXPECTED[from][event] })));
const DRIVEN = PAIRS.filter((p) => !NOT_EXPRESSIBLE.includes(`${p.from}:${p.event}`));

let world: ProposalWorld;
/** Co-lead of every programme of this file (with a member), and a verified institution to invite. */
let coLead: Institution;
let coLeadMember: User;
let invitee: Institution;

beforeAll(async () => {
  world = await proposalWorld(db, 2);
  [coLeadMember] = await Promise.all([createUser(db)]);
  [coLead, invitee] = await Promise.all([createInstitution(db, { createdByUserId: coLeadMember!.id }), createInstitution(db, { createdByUserId: world.proposer.id })]);
  await addMembership(db, { institutionId: coLead.id, userId: coLeadMember!.id });
});

afterAll(async () => {
  await handle.close();
});

/** A programme of the world's lead in `status`; once reviewed, with a panel of two and a chair. */
async function programmeIn(status: ProgrammeStatus): Promise<Programme> {
  // An open one's start date has come, so that start is refused only by the machine or the permission.
  const dates = status === "open" ? STARTED_DATES : {};
  const programme = await createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, status, coLeadInstitutionIds: [coLead.id], ...dates });
  if (!["draft", "submitted", "withdrawn"].includes(status)) {
    await addPanel(db, programme.id, { reviewers: world.reviewers, chair: await createReviewer(db), assignedBy: world.admin });
  }
  return programme;
}

const OUTCOME = { requestChanges: "request_changes", approve: "approve", reject: "reject" } as const;

/** Causes `event` on the programme through the use case that does it, as the person who may. */
async function drive(event: ProgrammeEvent, p: Programme) {
  const ref = { programmeId: p.id, version: p.version };
  switch (event) {
    case "submit":
    case "resubmit":
      return submitProgramme(await acting(db, world.proposer), ref);
    case "withdraw":
      return withdrawProgramme(await acting(db, world.proposer), ref);
    case "startReview": {
      const [reviewer, chair] = await Promise.all([createReviewer(db), createReviewer(db)]);
      return assignPanel(await acting(db, world.admin), { ...ref, reviewerIds: [reviewer.id], chairId: chair.id });
    }
    // A panel at work has its chair already: one more reviewer.
    case "assignPanel":
      return assignPanel(await acting(db, world.admin), { ...ref, reviewerIds: [(await createReviewer(db)).id] });
    case "requestChanges":
    case "approve":
    case "reject":
      return decideProgramme(await acting(db, world.admin), { ...ref, outcome: OUTCOME[event], letter: "Dear applicants, …", overrideReason: "Transition check" });
    // After approval: the lead's owner (the world's proposer) runs the programme.
    case "publish":
      return publishProgramme(await acting(db, world.proposer), ref);
    case "start":
      return startProgramme(await acting(db, world.proposer), ref);
    case "complete":
      return completeProgramme(await acting(db, world.proposer), {
        ...ref,
        results: p.outcomes.map((o) => ({ metric: o.metric, target: o.target, achieved: o.target, description: o.description })),
        narrative: "Every cohort finished on time.",
      });
    case "cancel":
      return cancelProgramme(await acting(db, world.proposer), { ...ref, reason: "Transition check" });
    // Events that keep the state: the proposer saves the text, an admin marks a flagship.
    case "edit":
      return updateProgramme(await acting(db, world.proposer), { ...ref, title: `${p.title} (edited)` });
    case "setFlagship":
      return setFlagshipProgramme(await acting(db, world.admin), { ...ref, flagship: !p.isFlagship });
    // Co-authoring: the co-lead's member saves a section; the lead invites and removes; the co-lead leaves.
    case "coauthor":
      return saveSection(await acting(db, coLeadMember), { programmeId: p.id, section: "basics", version: p.basicsVersion, values: { title: `${p.title} (co-authored)` } });
    case "inviteCoLead":
      return inviteCoLead(await acting(db, world.proposer), { ...ref, institutionId: invitee.id });
    case "removeCoLead":
      return removeCoLead(await acting(db, world.proposer), { ...ref, institutionId: coLead.id });
    case "leaveCoLead":
      return leaveCoLead(await acting(db, coLeadMember), { ...ref, institutionId: coLead.id });
  }
}

const AUDIT_ACTION: Record<ProgrammeEvent, string> = {
  submit: "programme.submit",
  resubmit: "programme.resubmit",
  startReview: "programme.assign_panel",
  assignPanel: "programme.assign_panel",
  requestChanges: "programme.requestChanges",
  approve: "programme.approve",
  reject: "programme.reject",
  withdraw: "programme.withdraw",
  publish: "programme.publish",
  start: "programme.start",
  complete: "programme.complete",
  cancel: "programme.cancel",
  edit: "programme.edit",
  setFlagship: "programme.setFlagship",
  coauthor: "programme.editSection",
  inviteCoLead: "programme.inviteCoLead",
  removeCoLead: "programme.removeCoLead",
  leaveCoLead: "programme.leaveCoLead",
};

describe("the programme lifecycle, status by event", () => {
  it("covers every status and event of the machine, and drives all but the four pairs no use case can express", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...programmeMachine.states].sort());
    expect(PAIRS).toHaveLength(11 * 18);
    expect(DRIVEN.filter((p) => p.to)).toHaveLength(30);
    expect(DRIVEN.filter((p) => !p.to)).toHaveLength(198 - 30 - 4);
  });

  it.each(DRIVEN.filter((p) => p.to).map((p) => [p.event, p.from, p.to!] as const))(
    "%s moves a %s programme to %s, with version + 1 and exactly one new audit entry",
    async (event, from, to) => {
      const programme = await programmeIn(from);
      const before = await programmeState(db, programme.id);

      const result = await drive(event, programme);

      expect(result).toMatchObject({ programmeId: programme.id, status: to, version: programme.version + 1 });
      const after = await programmeState(db, programme.id);
      expect(after.row).toMatchObject({ status: to, version: programme.version + 1 });
      expect(after.auditCount).toBe(before.auditCount + 1);
      const [entry] = (await programmeAudit(db, programme.id)).slice(-1);
      expect(entry).toMatchObject({ action: AUDIT_ACTION[event] });
      // A change of state records it; events that keep the state record what they changed instead.
      // (An added reviewer is an assign_panel entry, whose status change stays where it was.)
      if (from !== to || event === "assignPanel") expect(entry).toMatchObject({ changes: { status: { before: from, after: to } } });
      else expect(Object.keys(entry!.changes)).not.toContain("status");
    },
  );

  it.each(DRIVEN.filter((p) => !p.to).map((p) => [p.event, p.from] as const))(
    "%s of a %s programme is refused with INVALID_TRANSITION and changes nothing",
    async (event, from) => {
      const programme = await programmeIn(from);
      const before = await programmeState(db, programme.id);

      const error = await domainErrorOf(drive(event, programme));

      expect(error.code).toBe("INVALID_TRANSITION");
      expect(error.details).toMatchObject({ machine: "programme", from });
      expect(await programmeState(db, programme.id)).toEqual(before);
    },
  );
});

describe("the pairs decided by the status itself", () => {
  it("submitting a draft is a first submission (revision 1), never a resubmission", async () => {
    const programme = await programmeIn("draft");
    await drive("resubmit", programme);
    const after = await programmeState(db, programme.id);
    expect(after.row).toMatchObject({ status: "submitted", currentRevision: 1 });
    expect(after.revisions.map((r) => r.number)).toEqual([1]);
    expect((await programmeAudit(db, programme.id)).map((a) => a.action)).toEqual(["programme.submit"]);
  });

  it("submitting a proposal sent back for changes is a resubmission (next revision, back under review)", async () => {
    const programme = await programmeIn("changes_requested");
    await drive("submit", programme);
    const after = await programmeState(db, programme.id);
    expect(after.row).toMatchObject({ status: "under_review", currentRevision: 2 });
    expect(after.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect((await programmeAudit(db, programme.id)).map((a) => a.action)).toEqual(["programme.resubmit"]);
  });

  it("assigning more reviewers to a proposal under review keeps it under review, with one audit entry", async () => {
    const programme = await programmeIn("under_review");
    const before = await programmeState(db, programme.id);
    const reviewer = await createReviewer(db);

    await assignPanel(await acting(db, world.admin), { programmeId: programme.id, version: programme.version, reviewerIds: [reviewer.id] });

    const after = await programmeState(db, programme.id);
    expect(after.row).toMatchObject({ status: "under_review", version: programme.version + 1 });
    expect(after.assignments).toHaveLength(before.assignments.length + 1);
    expect(after.auditCount).toBe(before.auditCount + 1);
  });
});
