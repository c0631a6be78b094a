// The programme after approval — publish, start, complete, cancel, flagship — through the real
// use cases on the real database: what each stores, who is told, and what start needs when the
// programme shares data (an agreement in force, decided at read time).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/ids";
import { agreements } from "../../db/schema";
import { cancelProgramme } from "../../server/programmes/cancel-programme";
import { completeProgramme } from "../../server/programmes/complete-programme";
import { lifecycleActions } from "../../server/programmes/lifecycle-actions";
import { publishProgramme } from "../../server/programmes/publish-programme";
import { setFlagshipProgramme } from "../../server/programmes/set-flagship-programme";
import { startProgramme } from "../../server/programmes/start-programme";
import { todayUtc } from "../../server/agreements/in-force";
import { createProgramme, type Programme } from "../factories";
import { addParticipation, createApplicant, createOpenProgramme, createStartableProgramme, FUTURE_DATES, type Applicant } from "../factories/participation";
import { domainErrorOf } from "./support/errors";
import { openTestDb } from "./support/db";
import { acting, notificationsOf, programmeAudit, programmeState, proposalWorld, type ProposalWorld } from "./support/programmes";
import { viewerOf } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

let world: ProposalWorld;
let participant: Applicant;
let declined: Applicant;

beforeAll(async () => {
  world = await proposalWorld(db, 0);
  [participant, declined] = await Promise.all([createApplicant(db), createApplicant(db)]);
});

afterAll(async () => {
  await handle.close();
});

const ofLead = () => ({ leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id });
const ref = (p: Programme) => ({ programmeId: p.id, version: p.version });

/** An agreement row for the programme, as the agreements workflow leaves it (status and dates only matter here). */
async function addAgreement(programmeId: string, status: "draft" | "pending_signatures" | "in_force", expiryDate: string | null = null) {
  await db.insert(agreements).values({
    id: newId(),
    reference: `T-${newId().slice(0, 14)}`,
    programmeId,
    status,
    title: "Data-sharing agreement for the lifecycle test",
    content: {},
    expiryDate,
    createdByUserId: world.proposer.id,
  });
}

describe("publishing", () => {
  it("opens an approved programme, stamps publishedAt, writes one audit entry and tells the lead's members", async () => {
    const programme = await createProgramme(db, { ...ofLead(), status: "approved" });
    const ctx = await acting(db, world.proposer);
    expect(await publishProgramme(ctx, ref(programme))).toEqual({ programmeId: programme.id, status: "open", version: programme.version + 1 });
    const { row } = await programmeState(db, programme.id);
    expect(row).toMatchObject({ status: "open", publishedAt: expect.any(Date) as Date });
    await ctx.runDeferred();
    const notes = (await notificationsOf(db, world.member.id)).filter((n) => n.kind === "programmeStatusChanged" && n.path === `/proposals/${programme.id}`);
    expect(notes.map((n) => n.params)).toEqual([{ reference: programme.reference, title: programme.title, status: "open" }]);
  });

  it("a plain member of the lead may not publish (FORBIDDEN); a stale page gets CONFLICT", async () => {
    const programme = await createProgramme(db, { ...ofLead(), status: "approved" });
    expect((await domainErrorOf(publishProgramme(await acting(db, world.member), ref(programme)))).code).toBe("FORBIDDEN");
    expect((await domainErrorOf(publishProgramme(await acting(db, world.proposer), { programmeId: programme.id, version: programme.version + 3 }))).code).toBe("CONFLICT");
    expect((await programmeState(db, programme.id)).row.status).toBe("approved");
  });
});

describe("starting", () => {
  it("a data-sharing programme without an agreement in force: AGREEMENT_NOT_IN_FORCE, and nothing changed", async () => {
    const programme = await createStartableProgramme(db, { ...ofLead(), involvesDataSharing: true });
    // A draft and an agreement awaiting signatures are not in force.
    await addAgreement(programme.id, "draft");
    await addAgreement(programme.id, "pending_signatures");
    const before = await programmeState(db, programme.id);
    const ctx = await acting(db, world.proposer);

    const error = await domainErrorOf(startProgramme(ctx, ref(programme)));

    expect(error.code).toBe("AGREEMENT_NOT_IN_FORCE");
    expect(await programmeState(db, programme.id)).toEqual(before);
    expect(ctx.deferredCount()).toBe(0);
  });

  it("an agreement signed by every party but past its expiry date is not in force either", async () => {
    const programme = await createStartableProgramme(db, { ...ofLead(), involvesDataSharing: true });
    await addAgreement(programme.id, "in_force", "2020-12-31");
    const before = await programmeState(db, programme.id);
    expect((await domainErrorOf(startProgramme(await acting(db, world.proposer), ref(programme)))).code).toBe("AGREEMENT_NOT_IN_FORCE");
    expect(await programmeState(db, programme.id)).toEqual(before);
  });

  it("with an agreement in force, the programme starts (stamping startedAt) and the audit entry says so", async () => {
    const programme = await createStartableProgramme(db, { ...ofLead(), involvesDataSharing: true });
    await addAgreement(programme.id, "in_force", "2099-12-31");
    expect((await startProgramme(await acting(db, world.proposer), ref(programme))).status).toBe("active");
    expect((await programmeState(db, programme.id)).row).toMatchObject({ status: "active", startedAt: expect.any(Date) as Date });
    const [entry] = (await programmeAudit(db, programme.id)).slice(-1);
    expect(entry).toMatchObject({ action: "programme.start", context: { agreementInForce: true } });
  });

  it("a programme without data sharing needs no agreement; participants are told on their dashboard, the declined are not", async () => {
    const programme = await createStartableProgramme(db, ofLead());
    await addParticipation(db, { programmeId: programme.id, institutionId: participant.institution.id, appliedByUserId: participant.member.id, status: "accepted" });
    await addParticipation(db, { programmeId: programme.id, institutionId: declined.institution.id, appliedByUserId: declined.member.id, status: "declined" });
    const ctx = await acting(db, world.proposer);
    await startProgramme(ctx, ref(programme));
    await ctx.runDeferred();
    for (const person of [participant.owner, participant.member]) {
      const notes = (await notificationsOf(db, person.id)).filter((n) => n.kind === "programmeStatusChanged" && n.params.reference === programme.reference);
      expect(notes.map((n) => [n.params.status, n.path])).toEqual([["active", "/dashboard"]]);
    }
    expect((await notificationsOf(db, declined.member.id)).filter((n) => n.params.reference === programme.reference)).toEqual([]);
    expect((await notificationsOf(db, world.proposer.id)).filter((n) => n.params.reference === programme.reference).map((n) => n.path)).toEqual([`/proposals/${programme.id}`]);
  });
});

describe("dates", () => {
  it("a programme whose start date lies ahead cannot start: NOT_STARTED_YET with its start date, and nothing changed", async () => {
    const programme = await createOpenProgramme(db, { ...ofLead(), ...FUTURE_DATES });
    const before = await programmeState(db, programme.id);
    const ctx = await acting(db, world.proposer);
    const error = await domainErrorOf(startProgramme(ctx, ref(programme)));
    expect([error.code, error.details]).toEqual(["NOT_STARTED_YET", { startDate: FUTURE_DATES.startDate }]);
    expect(await programmeState(db, programme.id)).toEqual(before);
    expect(ctx.deferredCount()).toBe(0);
  });

  it("nor complete (a programme started before the rule existed): NOT_STARTED_YET, and nothing changed", async () => {
    const programme = await createProgramme(db, { ...ofLead(), status: "active", ...FUTURE_DATES });
    const before = await programmeState(db, programme.id);
    const error = await domainErrorOf(
      completeProgramme(await acting(db, world.proposer), { ...ref(programme), results: [{ metric: "people_trained", target: 200, achieved: 200, description: "" }], narrative: "Every cohort finished on time." }),
    );
    expect(error.code).toBe("NOT_STARTED_YET");
    expect(await programmeState(db, programme.id)).toEqual(before);
  });

  it("starts on its start date (today, by the UTC calendar)", async () => {
    const today = todayUtc();
    const programme = await createOpenProgramme(db, { ...ofLead(), applicationDeadline: today, startDate: today });
    expect((await startProgramme(await acting(db, world.proposer), ref(programme))).status).toBe("active");
  });
});

describe("completing", () => {
  it("stores the outcome report (each expected outcome with what was achieved, and the narrative) and stamps closedAt", async () => {
    const programme = await createProgramme(db, {
      ...ofLead(),
      status: "active",
      outcomes: [
        { metric: "people_trained", target: 200, description: "Data scientists trained" },
        { metric: "models_delivered", target: 3, description: "Crop models" },
      ],
    });
    await completeProgramme(await acting(db, world.proposer), {
      ...ref(programme),
      results: [
        { metric: "models_delivered", target: 3, achieved: 4, description: "" },
        { metric: "people_trained", target: 200, achieved: 187, description: "" },
      ],
      narrative: "Four cohorts finished; one model more than planned.",
    });
    const { row } = await programmeState(db, programme.id);
    expect(row).toMatchObject({
      status: "completed",
      closedAt: expect.any(Date) as Date,
      outcomeReport: {
        results: [
          { metric: "people_trained", target: 200, achieved: 187, description: "Data scientists trained" },
          { metric: "models_delivered", target: 3, achieved: 4, description: "Crop models" },
        ],
        narrative: "Four cohorts finished; one model more than planned.",
      },
    });
  });

  it("refuses a report that leaves out an expected outcome (VALIDATION on results), changing nothing", async () => {
    const programme = await createProgramme(db, { ...ofLead(), status: "active" });
    const before = await programmeState(db, programme.id);
    const error = await domainErrorOf(
      completeProgramme(await acting(db, world.proposer), { ...ref(programme), results: [{ metric: "other", target: 1, achieved: 1, description: "" }], narrative: "A narrative long enough." }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fields).toEqual({ results: ["programmes.lifecycle.validation.results"] });
    expect(await programmeState(db, programme.id)).toEqual(before);
  });
});

describe("cancelling", () => {
  it("the lead's owner cancels an open programme with a reason, stored and audited", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    await cancelProgramme(await acting(db, world.proposer), { ...ref(programme), reason: "  The funder withdrew.  " });
    expect((await programmeState(db, programme.id)).row).toMatchObject({ status: "cancelled", cancellationReason: "The funder withdrew.", closedAt: expect.any(Date) as Date });
    const [entry] = (await programmeAudit(db, programme.id)).slice(-1);
    expect(entry).toMatchObject({ action: "programme.cancel", context: { reason: "The funder withdrew." } });
  });

  it("an admin may cancel an active programme; a blank reason is refused", async () => {
    const programme = await createProgramme(db, { ...ofLead(), status: "active" });
    const admin = await acting(db, world.admin);
    expect((await domainErrorOf(cancelProgramme(admin, { ...ref(programme), reason: "   " }))).code).toBe("VALIDATION");
    expect((await cancelProgramme(admin, { ...ref(programme), reason: "Breach of the code of conduct." })).status).toBe("cancelled");
  });
});

describe("flagship", () => {
  it("an admin marks an open programme as flagship: audited, not a status change; setting it again writes nothing", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const admin = await acting(db, world.admin);
    expect(await setFlagshipProgramme(admin, { ...ref(programme), flagship: true })).toEqual({ programmeId: programme.id, status: "open", version: programme.version + 1 });
    expect((await programmeState(db, programme.id)).row).toMatchObject({ status: "open", isFlagship: true });
    expect((await programmeAudit(db, programme.id)).map((a) => [a.action, a.changes])).toEqual([["programme.setFlagship", { isFlagship: { before: false, after: true } }]]);

    const again = await setFlagshipProgramme(admin, { programmeId: programme.id, version: programme.version + 1, flagship: true });
    expect(again.version).toBe(programme.version + 1);
    expect(await programmeAudit(db, programme.id)).toHaveLength(1);
  });

  it("refuses a cancelled programme (INVALID_TRANSITION) and a lead's owner (FORBIDDEN)", async () => {
    const cancelled = await createProgramme(db, { ...ofLead(), status: "cancelled" });
    expect((await domainErrorOf(setFlagshipProgramme(await acting(db, world.admin), { ...ref(cancelled), flagship: true }))).code).toBe("INVALID_TRANSITION");
    const open = await createOpenProgramme(db, ofLead());
    expect((await domainErrorOf(setFlagshipProgramme(await acting(db, world.proposer), { ...ref(open), flagship: true }))).code).toBe("FORBIDDEN");
  });
});

describe("the buttons a page may show", () => {
  it("offers the lead's owner exactly what the machine and the permission table allow", async () => {
    const [owner, member, admin] = await Promise.all([viewerOf(db, world.proposer), viewerOf(db, world.member), viewerOf(db, world.admin)]);
    const p = { leadInstitutionId: world.lead.id, coLeadInstitutionIds: [], involvesDataSharing: true, startDate: null };
    expect(lifecycleActions(owner, { ...p, status: "approved" })).toMatchObject({ publish: true, start: false, cancel: false, setFlagship: false });
    expect(lifecycleActions(owner, { ...p, status: "open" })).toMatchObject({ publish: false, start: true, startNeedsAgreement: true, cancel: true, complete: false, decideApplications: true });
    expect(lifecycleActions(member, { ...p, status: "open" })).toMatchObject({ start: false, cancel: false, decideApplications: true });
    expect(lifecycleActions(admin, { ...p, status: "active" })).toMatchObject({ complete: false, cancel: true, setFlagship: true, decideApplications: false, listApplications: true });
    expect(lifecycleActions(null, { ...p, status: "open" })).toMatchObject({ start: false, setFlagship: false, listApplications: false });
  });

  it("offers no start before the start date, but says when the programme can start", async () => {
    const owner = await viewerOf(db, world.proposer);
    const p = { leadInstitutionId: world.lead.id, coLeadInstitutionIds: [], involvesDataSharing: false, status: "open" as const };
    expect(lifecycleActions(owner, { ...p, startDate: "2027-03-01" }, "2027-02-28")).toMatchObject({ start: false, startsOn: "2027-03-01", cancel: true });
    expect(lifecycleActions(owner, { ...p, startDate: "2027-03-01" }, "2027-03-01")).toMatchObject({ start: true, startsOn: null });
    expect(lifecycleActions(owner, { ...p, status: "active", startDate: "2027-03-01" }, "2027-02-28")).toMatchObject({ complete: false, startsOn: "2027-03-01" });
  });
});

