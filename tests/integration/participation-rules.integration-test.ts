// Applying to an open programme and deciding on applications, through the real use cases on
// the real database: every refusal leaves no application and no audit entry behind.
import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, institutions, participations, programmes } from "../../db/schema";
import { todayUtc } from "../../server/agreements/in-force";
import { applyToProgramme } from "../../server/participation/apply-to-programme";
import { decideApplication } from "../../server/participation/decide-application";
import { leaveProgramme } from "../../server/participation/leave-programme";
import { listApplicationsAwaitingDecision } from "../../server/participation/list-awaiting-decision";
import { listInstitutionApplications } from "../../server/participation/list-for-institution";
import { listProgrammeApplications } from "../../server/participation/list-for-programme";
import { withdrawApplication } from "../../server/participation/withdraw-application";
import { createInstitution, createProgramme } from "../factories";
import { addParticipation, addPendingApplications, createApplicant, createOpenProgramme, type Applicant } from "../factories/participation";
import { auditEntriesOf, openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting, notificationsOf, programmeRow, proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

let world: ProposalWorld;
let applicant: Applicant;

beforeAll(async () => {
  world = await proposalWorld(db, 0);
  applicant = await createApplicant(db);
});

afterAll(async () => {
  await handle.close();
});

const ofLead = () => ({ leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id });
const applyInput = (programmeId: string, institutionId: string) => ({
  programmeId,
  institutionId,
  motivation: "Our data science lab has trained 300 people and wants to join.",
  contactName: "Amina Odhiambo",
  contactEmail: "amina@example.test",
});

/** Everything an application attempt could write for this programme: its applications and their audit entries. */
async function writtenFor(programmeId: string) {
  const rows = await db.select().from(participations).where(eq(participations.programmeId, programmeId));
  const ids = rows.map((r) => r.id);
  const [audit] = ids.length ? await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.objectType, "participation"), inArray(auditLog.objectId, ids))) : [{ n: 0 }];
  return { applications: rows.length, audit: audit?.n ?? 0 };
}

async function refusedApply(programmeId: string, institutionId: string, as = applicant.member) {
  const before = await writtenFor(programmeId);
  const error = await domainErrorOf(applyToProgramme(await acting(db, as), applyInput(programmeId, institutionId)));
  expect(await writtenFor(programmeId)).toEqual(before);
  return error;
}

describe("applying", () => {
  it("creates a pending application with one audit entry, and tells the lead's members after the response", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const ctx = await acting(db, applicant.member);

    const result = await applyToProgramme(ctx, applyInput(programme.id, applicant.institution.id));

    expect(result).toEqual({ participationId: expect.any(String) as string, status: "pending" });
    const [row] = await db.select().from(participations).where(eq(participations.id, result.participationId));
    expect(row).toMatchObject({
      programmeId: programme.id,
      institutionId: applicant.institution.id,
      status: "pending",
      appliedByUserId: applicant.member.id,
      contactEmail: "amina@example.test",
      version: 1,
    });
    expect((await auditEntriesOf(db, "participation", result.participationId)).map((a) => [a.action, a.changes])).toEqual([
      ["participation.apply", { status: { before: null, after: "pending" } }],
    ]);
    // The notification is written in the same atomic write as the application (nothing waits for later):
    // both of the lead's members get it, the applicant does not.
    expect(ctx.deferredCount()).toBe(0);
    for (const person of [world.proposer, world.member]) {
      const notes = (await notificationsOf(db, person.id)).filter((n) => n.kind === "applicationReceived" && n.path === `/proposals/${programme.id}`);
      expect(notes.map((n) => n.params)).toEqual([{ institution: applicant.institution.name, reference: programme.reference, title: programme.title }]);
    }
    expect((await notificationsOf(db, applicant.member.id)).filter((n) => n.kind === "applicationReceived")).toEqual([]);
  });

  it("lets an intergovernmental organisation seated outside the Global South apply (exempt)", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const igo = await createApplicant(db, { countryCode: "CH", type: "intergovernmental_organisation" });
    const result = await applyToProgramme(await acting(db, igo.member), applyInput(programme.id, igo.institution.id));
    expect(result.status).toBe("pending");
  });

  it("accepts an application on the deadline day itself", async () => {
    const programme = await createOpenProgramme(db, { ...ofLead(), applicationDeadline: todayUtc() });
    expect((await applyToProgramme(await acting(db, applicant.member), applyInput(programme.id, applicant.institution.id))).status).toBe("pending");
  });
});

describe("refusals, each leaving nothing written", () => {
  it.each(["pending", "suspended", "rejected"] as const)("a member of a %s institution: INSTITUTION_NOT_ACTIVE", async (status) => {
    const programme = await createOpenProgramme(db, ofLead());
    const other = await createApplicant(db, { status });
    const error = await refusedApply(programme.id, other.institution.id, other.member);
    expect(error.code).toBe("INSTITUTION_NOT_ACTIVE");
  });

  it("an institution of a country outside the G77 + China: INELIGIBLE_COUNTRY", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const french = await createApplicant(db, { countryCode: "FR" });
    const error = await refusedApply(programme.id, french.institution.id, french.member);
    expect(error.code).toBe("INELIGIBLE_COUNTRY");
    expect(error.details).toEqual({ country: "FR" });
  });

  it("a second application while the first is pending, and after it was accepted: ALREADY_APPLIED", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const other = await createApplicant(db);
    await applyToProgramme(await acting(db, other.member), applyInput(programme.id, other.institution.id));
    expect((await refusedApply(programme.id, other.institution.id, other.owner)).code).toBe("ALREADY_APPLIED");

    const programme2 = await createOpenProgramme(db, ofLead());
    await addParticipation(db, { programmeId: programme2.id, institutionId: other.institution.id, appliedByUserId: other.member.id, status: "accepted" });
    expect((await refusedApply(programme2.id, other.institution.id, other.member)).code).toBe("ALREADY_APPLIED");
  });

  it("two applications of the same institution at the same moment: exactly one is stored", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const other = await createApplicant(db);
    const [c1, c2] = await Promise.all([acting(db, other.member), acting(db, other.owner)]);
    const results = await Promise.allSettled([
      applyToProgramme(c1, applyInput(programme.id, other.institution.id)),
      applyToProgramme(c2, applyInput(programme.id, other.institution.id)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "ALREADY_APPLIED" });
    expect(await writtenFor(programme.id)).toEqual({ applications: 1, audit: 1 });
  });

  it("after withdrawing, the institution may apply again", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const other = await createApplicant(db);
    const first = await applyToProgramme(await acting(db, other.member), applyInput(programme.id, other.institution.id));
    await withdrawApplication(await acting(db, other.member), { participationId: first.participationId, version: 1 });
    const second = await applyToProgramme(await acting(db, other.member), applyInput(programme.id, other.institution.id));
    expect(second.participationId).not.toBe(first.participationId);
    expect(await writtenFor(programme.id)).toEqual({ applications: 2, audit: 3 });
  });

  it("a programme whose places are all taken: PROGRAMME_FULL", async () => {
    const programme = await createOpenProgramme(db, { ...ofLead(), capacity: 1 });
    const taken = await createApplicant(db);
    await addParticipation(db, { programmeId: programme.id, institutionId: taken.institution.id, appliedByUserId: taken.member.id, status: "accepted" });
    const error = await refusedApply(programme.id, applicant.institution.id);
    expect(error.code).toBe("PROGRAMME_FULL");
  });

  it("a deadline that has passed: DEADLINE_PASSED", async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const programme = await createOpenProgramme(db, { ...ofLead(), applicationDeadline: yesterday });
    expect((await refusedApply(programme.id, applicant.institution.id)).code).toBe("DEADLINE_PASSED");
  });

  it.each(["active", "completed", "cancelled"] as const)("a %s programme (not open): INVALID_TRANSITION", async (status) => {
    const programme = await createOpenProgramme(db, { ...ofLead(), status });
    const error = await refusedApply(programme.id, applicant.institution.id);
    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.details).toMatchObject({ from: status, event: "apply" });
  });

  it("a programme not published yet is, to an outsider, not found", async () => {
    const programme = await createProgramme(db, { ...ofLead(), status: "approved" });
    expect((await refusedApply(programme.id, applicant.institution.id)).code).toBe("NOT_FOUND");
  });

  it("the lead or a co-lead applying to its own programme: VALIDATION", async () => {
    const coLead = await createApplicant(db);
    const programme = await createOpenProgramme(db, { ...ofLead(), coLeadInstitutionIds: [coLead.institution.id] });
    const own = await refusedApply(programme.id, world.lead.id, world.member);
    expect(own.code).toBe("VALIDATION");
    expect(own.fields).toEqual({ institutionId: ["participation.validation.ownProgramme"] });
    expect((await refusedApply(programme.id, coLead.institution.id, coLead.member)).code).toBe("VALIDATION");
  });

  it("applying for an institution one is not a member of: NOT_FOUND", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const stranger = await createInstitution(db);
    expect((await refusedApply(programme.id, stranger.id)).code).toBe("NOT_FOUND");
  });
});

describe("deciding, withdrawing, leaving", () => {
  it("accepting takes a place and tells the applicant's members; declining keeps the reason and takes none", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const [one, two] = await Promise.all([createApplicant(db), createApplicant(db)]);
    const a1 = await addParticipation(db, { programmeId: programme.id, institutionId: one.institution.id, appliedByUserId: one.member.id });
    const a2 = await addParticipation(db, { programmeId: programme.id, institutionId: two.institution.id, appliedByUserId: two.member.id });

    const ctx = await acting(db, world.member);
    expect(await decideApplication(ctx, { participationId: a1.id, version: a1.version, decision: "accept" })).toEqual({ participationId: a1.id, status: "accepted", version: 2 });
    await decideApplication(ctx, { participationId: a2.id, version: a2.version, decision: "decline", reason: "  Our places go to universities first.  " });

    expect((await programmeRow(db, programme.id)).acceptedCount).toBe(1);
    const rows = await db.select().from(participations).where(eq(participations.programmeId, programme.id));
    expect(rows.find((r) => r.id === a1.id)).toMatchObject({ status: "accepted", decidedByUserId: world.member.id, decidedAt: expect.any(Date) as Date, reason: null });
    expect(rows.find((r) => r.id === a2.id)).toMatchObject({ status: "declined", reason: "Our places go to universities first." });
    expect((await auditEntriesOf(db, "participation", a2.id)).map((a) => [a.action, a.context.reason])).toEqual([["participation.decline", "Our places go to universities first."]]);

    await ctx.runDeferred();
    const decided = (await notificationsOf(db, one.owner.id)).filter((n) => n.kind === "applicationDecided");
    expect(decided.map((n) => n.params.decision)).toEqual(["accepted"]);
    expect((await notificationsOf(db, two.member.id)).filter((n) => n.kind === "applicationDecided").map((n) => n.params.decision)).toEqual(["declined"]);
  });

  it("accepting into a full programme: PROGRAMME_FULL, nothing changed", async () => {
    const programme = await createOpenProgramme(db, { ...ofLead(), capacity: 1 });
    const [one, two] = await Promise.all([createApplicant(db), createApplicant(db)]);
    await addParticipation(db, { programmeId: programme.id, institutionId: one.institution.id, appliedByUserId: one.member.id, status: "accepted" });
    const pending = await addParticipation(db, { programmeId: programme.id, institutionId: two.institution.id, appliedByUserId: two.member.id });
    const error = await domainErrorOf(decideApplication(await acting(db, world.proposer), { participationId: pending.id, version: 1, decision: "accept" }));
    expect(error.code).toBe("PROGRAMME_FULL");
    expect((await db.select().from(participations).where(eq(participations.id, pending.id)))[0]).toEqual(pending);
    expect((await programmeRow(db, programme.id)).acceptedCount).toBe(1);
    expect(await auditEntriesOf(db, "participation", pending.id)).toEqual([]);
  });

  it("a decision on a stale version: CONFLICT", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const other = await createApplicant(db);
    const pending = await addParticipation(db, { programmeId: programme.id, institutionId: other.institution.id, appliedByUserId: other.member.id });
    const error = await domainErrorOf(decideApplication(await acting(db, world.proposer), { participationId: pending.id, version: 7, decision: "decline" }));
    expect(error.code).toBe("CONFLICT");
  });

  it("an applicant cannot decide on its own application; the lead cannot withdraw it", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const other = await createApplicant(db);
    const pending = await addParticipation(db, { programmeId: programme.id, institutionId: other.institution.id, appliedByUserId: other.member.id });
    expect((await domainErrorOf(decideApplication(await acting(db, other.owner), { participationId: pending.id, version: 1, decision: "accept" }))).code).toBe("NOT_FOUND");
    expect((await domainErrorOf(withdrawApplication(await acting(db, world.proposer), { participationId: pending.id, version: 1 }))).code).toBe("NOT_FOUND");
  });

  it("leaving frees the place, in one write with the audit entry", async () => {
    const programme = await createOpenProgramme(db, { ...ofLead(), capacity: 1 });
    const other = await createApplicant(db);
    const accepted = await addParticipation(db, { programmeId: programme.id, institutionId: other.institution.id, appliedByUserId: other.member.id, status: "accepted" });
    expect((await programmeRow(db, programme.id)).acceptedCount).toBe(1);
    await leaveProgramme(await acting(db, other.member), { participationId: accepted.id, version: accepted.version, reason: "Our funding ended." });
    expect((await programmeRow(db, programme.id)).acceptedCount).toBe(0);
    expect((await auditEntriesOf(db, "participation", accepted.id)).map((a) => [a.action, a.context.reason])).toEqual([["participation.leave", "Our funding ended."]]);
    // The place is free again: another institution may apply.
    expect((await applyToProgramme(await acting(db, applicant.member), applyInput(programme.id, applicant.institution.id))).status).toBe("pending");
  });

  it("leaving a completed programme: INVALID_TRANSITION, nothing changed", async () => {
    const programme = await createOpenProgramme(db, ofLead());
    const other = await createApplicant(db);
    const accepted = await addParticipation(db, { programmeId: programme.id, institutionId: other.institution.id, appliedByUserId: other.member.id, status: "accepted" });
    await db.update(programmes).set({ status: "completed" }).where(eq(programmes.id, programme.id));
    const error = await domainErrorOf(leaveProgramme(await acting(db, other.member), { participationId: accepted.id, version: accepted.version }));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect((await programmeRow(db, programme.id)).acceptedCount).toBe(1);
  });
});

describe("the lists", () => {
  it("shows the lead its programme's applications with capacity and places taken; the applicant its own; the lead what awaits its decision", async () => {
    const lead = await createApplicant(db);
    const programme = await createOpenProgramme(db, { leadInstitutionId: lead.institution.id, createdByUserId: lead.owner.id, capacity: 3 });
    const [one, two] = await Promise.all([createApplicant(db), createApplicant(db)]);
    const accepted = await addParticipation(db, { programmeId: programme.id, institutionId: one.institution.id, appliedByUserId: one.member.id, status: "accepted" });
    const pending = await addParticipation(db, { programmeId: programme.id, institutionId: two.institution.id, appliedByUserId: two.member.id });

    const forProgramme = await listProgrammeApplications(await acting(db, lead.member), { programmeId: programme.id });
    expect(forProgramme.capacity).toBe(3);
    expect(forProgramme.acceptedCount).toBe(1);
    expect(forProgramme.items.map((i) => [i.id, i.status, i.institutionName, i.countryCode]).sort()).toEqual(
      [
        [accepted.id, "accepted", one.institution.name, "KE"],
        [pending.id, "pending", two.institution.name, "KE"],
      ].sort(),
    );

    const ours = await listInstitutionApplications(await acting(db, two.member), { institutionId: two.institution.id });
    expect(ours).toEqual([expect.objectContaining({ id: pending.id, programmeId: programme.id, reference: programme.reference, title: programme.title, programmeStatus: "open", status: "pending", version: 1 })]);

    const waiting = await listApplicationsAwaitingDecision(await acting(db, lead.owner), { institutionId: lead.institution.id });
    expect(waiting).toEqual([expect.objectContaining({ id: pending.id, programmeId: programme.id, reference: programme.reference, institutionName: two.institution.name, version: 1 })]);

    // An applicant cannot read the lead's list.
    expect((await domainErrorOf(listProgrammeApplications(await acting(db, two.member), { programmeId: programme.id }))).code).toBe("NOT_FOUND");
  });

  it("pages the applications to a programme, 100 at a time, pending ones first", async () => {
    const programme = await createOpenProgramme(db, { ...ofLead(), capacity: 500 });
    const early = await createApplicant(db);
    const declinedEarly = await addParticipation(db, { programmeId: programme.id, institutionId: early.institution.id, appliedByUserId: early.member.id, status: "declined", createdAt: new Date(Date.now() + 60_000) });
    await addPendingApplications(db, programme.id, 104, world.admin);
    const ctx = await acting(db, world.member);

    const first = await listProgrammeApplications(ctx, { programmeId: programme.id });
    const second = await listProgrammeApplications(ctx, { programmeId: programme.id, page: 2 });

    expect({ page: first.page, pageSize: first.pageSize, total: first.total, n: first.items.length }).toEqual({ page: 1, pageSize: 100, total: 105, n: 100 });
    expect(first.items.every((i) => i.status === "pending")).toBe(true);
    expect(second.items.map((i) => i.status)).toEqual(["pending", "pending", "pending", "pending", "declined"]);
    expect(second.items.at(-1)!.id).toBe(declinedEarly.id);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(105);
  });

  it("a member of a suspended lead still reads its lists (reading is not acting) but cannot decide", async () => {
    const lead = await createApplicant(db);
    const programme = await createOpenProgramme(db, { leadInstitutionId: lead.institution.id, createdByUserId: lead.owner.id });
    const other = await createApplicant(db);
    const pending = await addParticipation(db, { programmeId: programme.id, institutionId: other.institution.id, appliedByUserId: other.member.id });
    await db.update(institutions).set({ status: "suspended" }).where(eq(institutions.id, lead.institution.id));
    expect((await listProgrammeApplications(await acting(db, lead.member), { programmeId: programme.id })).items).toHaveLength(1);
    expect((await domainErrorOf(decideApplication(await acting(db, lead.member), { participationId: pending.id, version: 1, decision: "accept" }))).code).toBe("INSTITUTION_NOT_ACTIVE");
  });
});
