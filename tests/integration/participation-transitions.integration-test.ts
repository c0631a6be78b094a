// Every (status × event) of the participation workflow, driven through the real use cases on the
// real database: allowed events move to the right status with exactly one audit entry and the
// right change of the programme's places; refused ones leave the application, the programme and
// the audit trail exactly as they were.
import { count, and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, participations, PARTICIPATION_STATUSES, type ParticipationStatus } from "../../db/schema";
import { applyToProgramme } from "../../server/participation/apply-to-programme";
import { decideApplication } from "../../server/participation/decide-application";
import { leaveProgramme } from "../../server/participation/leave-programme";
import { participationMachine, type ParticipationEvent } from "../../server/participation/transitions";
import { withdrawApplication } from "../../server/participation/withdraw-application";
import { addParticipation, createApplicant, createOpenProgramme, type Applicant, type Participation } from "../factories/participation";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting, programmeRow, proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

// Written out by hand (PRODUCT.md): where each allowed event leads; absent = refused.
const EXPECTED: Record<ParticipationStatus, Partial<Record<ParticipationEvent, ParticipationStatus>>> = {
  pending: { accept: "accepted", decline: "declined", withdraw: "withdrawn" },
  accepted: { leave: "left" },
  declined: {},
  withdrawn: {},
  left: {},
};
/** How each allowed event changes the programme's places taken. */
const PLACES: Partial<Record<ParticipationEvent, number>> = { accept: +1, leave: -1 };
const EVENTS = Object.keys(participationMachine.transitions) as ParticipationEvent[];
const PAIRS = PARTICIPATION_STATUSES.flatMap((from) => EVENTS.map((event) => ({ from, event, to: EXPECTED[from][event] })));

let world: ProposalWorld;
let applicant: Applicant;

beforeAll(async () => {
  world = await proposalWorld(db, 0);
  applicant = await createApplicant(db);
});

afterAll(async () => {
  await handle.close();
});

/** An application of the applicant in `status` to a new open programme of the world's lead. */
async function applicationIn(status: ParticipationStatus): Promise<Participation> {
  const programme = await createOpenProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id });
  return addParticipation(db, { programmeId: programme.id, institutionId: applicant.institution.id, appliedByUserId: applicant.member.id, status });
}

/** Causes `event` through the use case that does it, as the person who may: the lead's member decides, the applicant's member withdraws or leaves. */
async function drive(event: ParticipationEvent, p: Participation) {
  const ref = { participationId: p.id, version: p.version };
  switch (event) {
    case "accept":
    case "decline":
      return decideApplication(await acting(db, world.member), { ...ref, decision: event });
    case "withdraw":
      return withdrawApplication(await acting(db, applicant.member), ref);
    case "leave":
      return leaveProgramme(await acting(db, applicant.member), { ...ref, reason: "Transition check" });
  }
}

async function state(p: Participation) {
  const [[row], programme, [audit]] = await Promise.all([
    db.select().from(participations).where(eq(participations.id, p.id)),
    programmeRow(db, p.programmeId),
    db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.objectType, "participation"), eq(auditLog.objectId, p.id))),
  ]);
  return { row, programme, auditCount: audit?.n ?? 0 };
}

describe("the participation workflow, status by event", () => {
  it("covers every status and event of the machine", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...participationMachine.states].sort());
    expect(PAIRS).toHaveLength(5 * 4);
    expect(PAIRS.filter((p) => p.to)).toHaveLength(4);
  });

  it("creates an application as pending with one audit entry (apply)", async () => {
    const programme = await createOpenProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id });
    const other = await createApplicant(db);
    const { participationId, status } = await applyToProgramme(await acting(db, other.member), {
      programmeId: programme.id,
      institutionId: other.institution.id,
      motivation: "We want to take part in this programme.",
      contactName: "A Contact",
      contactEmail: "a.contact@example.test",
    });
    expect(status).toBe(participationMachine.create.apply.to);
    const [row] = await db.select().from(participations).where(eq(participations.id, participationId));
    expect(row).toMatchObject({ status: "pending", version: 1 });
  });

  it.each(PAIRS.filter((p) => p.to).map((p) => [p.event, p.from, p.to!] as const))(
    "%s moves a %s application to %s, with version + 1, one audit entry and the places changed accordingly",
    async (event, from, to) => {
      const p = await applicationIn(from);
      const before = await state(p);

      const result = await drive(event, p);

      expect(result).toEqual({ participationId: p.id, status: to, version: p.version + 1 });
      const after = await state(p);
      expect(after.row).toMatchObject({ status: to, version: p.version + 1 });
      expect(after.auditCount).toBe(before.auditCount + 1);
      expect(after.programme.acceptedCount).toBe(before.programme.acceptedCount + (PLACES[event] ?? 0));
      expect(after.programme.version).toBe(before.programme.version);
      const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.objectType, "participation"), eq(auditLog.objectId, p.id)));
      expect(entry).toMatchObject({ action: `participation.${event}`, changes: { status: { before: from, after: to } } });
    },
  );

  it.each(PAIRS.filter((p) => !p.to).map((p) => [p.event, p.from] as const))("%s of a %s application is refused with INVALID_TRANSITION and changes nothing", async (event, from) => {
    const p = await applicationIn(from);
    const before = await state(p);

    const error = await domainErrorOf(drive(event, p));

    expect(error.code).toBe("INVALID_TRANSITION");
    expect(error.details).toEqual({ machine: "participation", from, event });
    expect(await state(p)).toEqual(before);
  });
});
