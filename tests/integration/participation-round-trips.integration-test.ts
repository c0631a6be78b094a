// Each procedure of the programme lifecycle after approval and of participation makes at most 3
// sequential database round trips (viewer load included; its atomic write counted as the requests
// its driver needs, support/round-trips.ts), whatever the amount of data: measured
// through the real router with 300 and then 600 applications around the measured programmes.
// Side effects handed to ctx.defer (notifications) are collected, not run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/ids";
import { agreements, participations } from "../../db/schema";
import { appRouter, createCaller } from "../../server/trpc/root";
import { createInstitution, createProgramme, type Programme, type User } from "../factories";
import { addParticipation, createApplicant, createOpenProgramme, createStartableProgramme, type Applicant } from "../factories/participation";
import { openTestDb } from "./support/db";
import { BUDGET, costOf, describeCost, expectWithinBudget, type RequestCost } from "./support/round-trips";
import { requestContextOf, type Caller } from "./support/personas";
import { collectDeferred, proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;
const BATCH = 300;

let world: ProposalWorld;
let applicant: Applicant;
let crowd: Programme;

/** Adds `n` pending applications: half from new institutions to the lead's crowded programme, half from the applicant's institution to new programmes of the lead. */
async function seed(n: number) {
  const institutions = await Promise.all(Array.from({ length: n / 2 }, () => createInstitution(db, { createdByUserId: world.admin.id })));
  const others = await Promise.all(Array.from({ length: n / 2 }, () => createOpenProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id })));
  const row = (programmeId: string, institutionId: string) => ({
    id: newId(),
    programmeId,
    institutionId,
    status: "pending" as const,
    motivation: "Bulk application for the round-trip measurement.",
    contactName: "Bulk Contact",
    contactEmail: "bulk@example.test",
    appliedByUserId: world.admin.id,
  });
  await db.insert(participations).values([...institutions.map((i) => row(crowd.id, i.id)), ...others.map((p) => row(p.id, applicant.institution.id))]);
}

/** Fresh objects for one round of measurements (mutations use them up). */
async function targets() {
  const ofLead = { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id };
  const [toPublish, toStart, toShare, toComplete, toCancel, toFlag, toApply] = await Promise.all([
    createProgramme(db, { ...ofLead, status: "approved" }),
    createStartableProgramme(db, ofLead),
    createStartableProgramme(db, { ...ofLead, involvesDataSharing: true }),
    createProgramme(db, { ...ofLead, status: "active" }),
    createOpenProgramme(db, ofLead),
    createOpenProgramme(db, ofLead),
    createOpenProgramme(db, ofLead),
  ]);
  await db.insert(agreements).values({ id: newId(), reference: `T-${newId().slice(0, 14)}`, programmeId: toShare.id, status: "in_force", title: "Measured agreement", content: {}, createdByUserId: world.proposer.id });
  const [a, b, c, d] = await Promise.all([createApplicant(db), createApplicant(db), createApplicant(db), createApplicant(db)]);
  const pendingToAccept = await addParticipation(db, { programmeId: crowd.id, institutionId: a.institution.id, appliedByUserId: a.member.id });
  const pendingToDecline = await addParticipation(db, { programmeId: crowd.id, institutionId: b.institution.id, appliedByUserId: b.member.id });
  const pendingToWithdraw = await addParticipation(db, { programmeId: crowd.id, institutionId: c.institution.id, appliedByUserId: c.member.id });
  const acceptedToLeave = await addParticipation(db, { programmeId: crowd.id, institutionId: d.institution.id, appliedByUserId: d.member.id, status: "accepted" });
  return { toPublish, toStart, toShare, toComplete, toCancel, toFlag, toApply, c: c, d: d, pendingToAccept, pendingToDecline, pendingToWithdraw, acceptedToLeave };
}
type Targets = Awaited<ReturnType<typeof targets>>;

const v = (p: { id: string; version: number }) => ({ programmeId: p.id, version: p.version });

const MEASURED: Record<string, { as: (t: Targets) => User; call: (api: Caller, t: Targets) => Promise<unknown> }> = {
  "programmes.publish": { as: () => world.proposer, call: (api, t) => api.programmes.publish(v(t.toPublish)) },
  "programmes.start": { as: () => world.proposer, call: (api, t) => api.programmes.start(v(t.toStart)) },
  "programmes.start (data sharing, agreement in force)": { as: () => world.proposer, call: (api, t) => api.programmes.start(v(t.toShare)) },
  "programmes.complete": {
    as: () => world.proposer,
    call: (api, t) =>
      api.programmes.complete({
        ...v(t.toComplete),
        results: t.toComplete.outcomes.map((o) => ({ metric: o.metric, target: o.target, achieved: o.target, description: o.description })),
        narrative: "Measured completion narrative.",
      }),
  },
  "programmes.cancel": { as: () => world.proposer, call: (api, t) => api.programmes.cancel({ ...v(t.toCancel), reason: "Measured cancellation." }) },
  "programmes.setFlagship": { as: () => world.admin, call: (api, t) => api.programmes.setFlagship({ ...v(t.toFlag), flagship: true }) },
  "participation.applyTo": {
    as: () => applicant.member,
    call: (api, t) =>
      api.participation.applyTo({ programmeId: t.toApply.id, institutionId: applicant.institution.id, motivation: "Measured application motivation.", contactName: "Measured Contact", contactEmail: "m@example.test" }),
  },
  "participation.decide (accept)": { as: () => world.member, call: (api, t) => api.participation.decide({ participationId: t.pendingToAccept.id, version: 1, decision: "accept" }) },
  "participation.decide (decline)": { as: () => world.member, call: (api, t) => api.participation.decide({ participationId: t.pendingToDecline.id, version: 1, decision: "decline", reason: "Measured." }) },
  "participation.withdraw": { as: (t) => t.c.member, call: (api, t) => api.participation.withdraw({ participationId: t.pendingToWithdraw.id, version: 1 }) },
  "participation.leave": { as: (t) => t.d.member, call: (api, t) => api.participation.leave({ participationId: t.acceptedToLeave.id, version: t.acceptedToLeave.version }) },
  "participation.forProgramme": { as: () => world.member, call: (api) => api.participation.forProgramme({ programmeId: crowd.id }) },
  "participation.forProgramme (page 2)": { as: () => world.member, call: (api) => api.participation.forProgramme({ programmeId: crowd.id, page: 2 }) },
  "participation.forInstitution": { as: () => applicant.member, call: (api) => api.participation.forInstitution({ institutionId: applicant.institution.id }) },
  "participation.awaitingDecision": { as: () => world.member, call: (api) => api.participation.awaitingDecision({ institutionId: world.lead.id }) },
};

async function roundTripsOf(user: User, call: (api: Caller) => Promise<unknown>) {
  const deferred = collectDeferred();
  // As the HTTP handler builds it: the viewer and the user's mutation count, in one wave.
  return costOf(handle, async () => call(createCaller(await requestContextOf(db, user, deferred.defer))));
}

const measured: { applications: number; trips: Record<string, RequestCost> }[] = [];

beforeAll(async () => {
  world = await proposalWorld(db, 0);
  applicant = await createApplicant(db);
  crowd = await createOpenProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, capacity: 10_000 });
  for (let round = 1; round <= 2; round++) {
    await seed(BATCH);
    const t = await targets();
    const trips: Record<string, RequestCost> = {};
    for (const [name, m] of Object.entries(MEASURED)) trips[name] = await roundTripsOf(m.as(t), (api) => m.call(api, t));
    measured.push({ applications: round * BATCH, trips });
  }
}, 240_000);

afterAll(async () => {
  console.log(
    [
      `${"procedure".padEnd(52)}${measured.map((m) => `${m.applications} apps (${handle.driver})`.padEnd(40)).join("")}`,
      ...Object.keys(MEASURED).map((n) => `${n.padEnd(52)}${measured.map((m) => (m.trips[n] ? describeCost(handle, m.trips[n]) : "-").padEnd(40)).join("")}`),
    ].join("\n"),
  );
  await handle.close();
});

describe("sequential database round trips per request (lifecycle and participation)", () => {
  it("measures every procedure of the participation router and the lifecycle procedures of the programmes router", () => {
    const names = new Set(Object.keys(MEASURED).map((n) => n.split(" ")[0]));
    const lifecycle = ["programmes.publish", "programmes.start", "programmes.complete", "programmes.cancel", "programmes.setFlagship"];
    const routed = Object.keys(appRouter._def.procedures).filter((p) => p.startsWith("participation.") || lifecycle.includes(p));
    expect(routed).toHaveLength(12);
    expect(routed.filter((p) => !names.has(p))).toEqual([]);
  });

  it.each(Object.keys(MEASURED))(`%s makes at most ${BUDGET} (its write as its driver needs) with ${BATCH} and ${2 * BATCH} applications, the same number both times`, (name) => {
    const [first, second] = measured.map((m) => m.trips[name]!);
    expect(first!.trips).toBeGreaterThanOrEqual(2);
    expectWithinBudget(handle, first!);
    expect(second).toEqual(first);
  });
});
