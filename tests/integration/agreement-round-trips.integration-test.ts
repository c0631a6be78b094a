// Each agreements procedure makes at most 3 sequential database round trips (viewer load
// included; its atomic write counted as the requests its driver needs, support/round-trips.ts), whatever the amount of data: measured through the real router with 300 and then 600
// further agreement versions (with parties and signatures) on the measured programme and its
// institutions. Side effects handed to ctx.defer (notifications) are collected, not run.
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/ids";
import { agreementParties, agreements, agreementSignatures } from "../../db/schema";
import { appRouter } from "../../server/trpc/root";
import { DEFAULT_TEST_PASSWORD, type User } from "../factories";
import { agreementWorld, completePilotContent, IMPACT_ASSESSMENT, insertAgreement, type AgreementWorld } from "../factories/agreements";
import { openTestDb } from "./support/db";
import { BUDGET, describeCost, expectWithinBudget, type RequestCost, requestCostOf } from "./support/round-trips";
import type { Caller } from "./support/personas";

const handle = openTestDb();
const { db } = handle;
const BATCH = 300;

let w: AgreementWorld;

/** Adds `n` agreement versions in force (terminated, so the programme is not affected) with both parties and their signatures. */
async function seed(n: number) {
  const content = completePilotContent(w);
  const rows = Array.from({ length: n }, () => ({
    id: newId(),
    reference: `RT-${newId().slice(0, 12)}`,
    programmeId: w.programme.id,
    status: "terminated" as const,
    title: "Bulk agreement",
    content,
    impactAssessment: IMPACT_ASSESSMENT,
    contentHash: "a".repeat(64),
    canonicalContent: "{}",
    signingRound: 1,
    partiesToSign: 2,
    signaturesGiven: 2,
    createdByUserId: w.leadOwner.id,
  }));
  for (let i = 0; i < rows.length; i += 200) {
    const batch = rows.slice(i, i + 200);
    await db.insert(agreements).values(batch);
    await db.insert(agreementParties).values(batch.flatMap((r) => [w.lead.id, w.partner.id].map((institutionId) => ({ agreementId: r.id, institutionId, role: "both" as const }))));
    await db.insert(agreementSignatures).values(
      batch.flatMap((r) => [
        { agreementId: r.id, institutionId: w.lead.id, userId: w.leadSignatory.id, signingRound: 1, contentHash: r.contentHash },
        { agreementId: r.id, institutionId: w.partner.id, userId: w.partnerSignatory.id, signingRound: 1, contentHash: r.contentHash },
      ]),
    );
  }
}

async function targets() {
  const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  const [toEdit, toAssess, toSend, toSign, toFinish, toVoid, toTerminate, toAmend] = await Promise.all([
    insertAgreement(w),
    insertAgreement(w, { impactAssessment: null }),
    insertAgreement(w),
    insertAgreement(w, { status: "pending_signatures" }),
    insertAgreement(w, { status: "pending_signatures", signedBy: [{ institutionId: w.partner.id, userId: w.partnerSignatory.id }] }),
    insertAgreement(w, { status: "pending_signatures", signedBy: [{ institutionId: w.partner.id, userId: w.partnerSignatory.id }] }),
    insertAgreement(w, { status: "in_force" }),
    insertAgreement(w, { status: "in_force" }),
  ]);
  // An amendment in force expiring soon, with its parent: byId reads the diff, the chain and warns (deferred).
  const parent = await insertAgreement(w, { status: "superseded" });
  const toRead = await insertAgreement(w, { status: "in_force", reference: parent.reference, versionNumber: 2, parentAgreementId: parent.id, content: completePilotContent(w, { expiryDate: soon }) });
  return { toEdit, toAssess, toSend, toSign, toFinish, toVoid, toTerminate, toAmend, toRead };
}
type Targets = Awaited<ReturnType<typeof targets>>;

const MEASURED: Record<string, { as: () => User; call: (api: Caller, t: Targets) => Promise<unknown> }> = {
  "agreements.templates": { as: () => w.leadMember, call: (api) => api.agreements.templates() },
  "agreements.create": { as: () => w.leadMember, call: (api) => api.agreements.create({ programmeId: w.programme.id, template: "pilot_personal_data", title: "Measured agreement" }) },
  "agreements.byId": { as: () => w.leadMember, call: (api, t) => api.agreements.byId({ agreementId: t.toRead.id }) },
  "agreements.update": {
    as: () => w.leadMember,
    call: (api, t) => api.agreements.update({ agreementId: t.toEdit.id, version: t.toEdit.version, title: "Measured edit", content: completePilotContent(w, { retentionPeriod: "Twelve months." }) }),
  },
  "agreements.update (voids a signature)": {
    as: () => w.leadMember,
    call: (api, t) => api.agreements.update({ agreementId: t.toVoid.id, version: t.toVoid.version, title: "Measured edit", content: completePilotContent(w) }),
  },
  "agreements.recordImpactAssessment": {
    as: () => w.leadMember,
    call: (api, t) => api.agreements.recordImpactAssessment({ agreementId: t.toAssess.id, version: t.toAssess.version, assessment: IMPACT_ASSESSMENT }),
  },
  "agreements.send": { as: () => w.leadMember, call: (api, t) => api.agreements.send({ agreementId: t.toSend.id, version: t.toSend.version }) },
  "agreements.sign": {
    as: () => w.leadSignatory,
    call: (api, t) => api.agreements.sign({ agreementId: t.toSign.id, institutionId: w.lead.id, contentHash: t.toSign.contentHash!, password: DEFAULT_TEST_PASSWORD }),
  },
  "agreements.sign (last, into force)": {
    as: () => w.leadSignatory,
    call: (api, t) => api.agreements.sign({ agreementId: t.toFinish.id, institutionId: w.lead.id, contentHash: t.toFinish.contentHash!, password: DEFAULT_TEST_PASSWORD }),
  },
  "agreements.terminate": { as: () => w.leadSignatory, call: (api, t) => api.agreements.terminate({ agreementId: t.toTerminate.id, version: t.toTerminate.version, reason: "Measured termination." }) },
  "agreements.amend": { as: () => w.leadMember, call: (api, t) => api.agreements.amend({ agreementId: t.toAmend.id }) },
  "agreements.verify": { as: () => w.partnerMember, call: (api, t) => api.agreements.verify({ agreementId: t.toRead.id }) },
  "agreements.forProgramme": { as: () => w.leadMember, call: (api) => api.agreements.forProgramme({ programmeId: w.programme.id }) },
  "agreements.forInstitution": { as: () => w.partnerMember, call: (api) => api.agreements.forInstitution({ institutionId: w.partner.id }) },
};

const roundTripsOf = (user: User, call: (api: Caller) => Promise<unknown>) => requestCostOf(handle, user, call);

async function measureAll() {
  const t = await targets();
  const result: Record<string, RequestCost & { deferred: number }> = {};
  for (const [name, m] of Object.entries(MEASURED)) result[name] = await roundTripsOf(m.as(), (api) => m.call(api, t));
  const [finished] = await db.select({ status: agreements.status }).from(agreements).where(eq(agreements.id, t.toFinish.id));
  return { result, lastSignatureBroughtIntoForce: finished?.status === "in_force" };
}

const measured: { agreements: number; result: Record<string, RequestCost & { deferred: number }>; lastSignatureBroughtIntoForce: boolean }[] = [];

beforeAll(async () => {
  w = await agreementWorld(db);
  for (let round = 0; round < 2; round++) {
    await seed(BATCH);
    const size = await db.$count(agreements, eq(agreements.programmeId, w.programme.id));
    measured.push({ agreements: size, ...(await measureAll()) });
  }
}, 240_000);

afterAll(async () => {
  const cell = (m: (typeof measured)[number], name: string) => (m.result[name] ? describeCost(handle, m.result[name]) : "-").padEnd(40);
  const rows = Object.keys(MEASURED).map((name) => `${name.padEnd(40)} ${measured.map((m) => cell(m, name)).join("")}${measured[0]?.result[name]?.deferred ?? 0}`);
  console.log([`${"procedure".padEnd(40)} ${measured.map((m) => `${m.agreements} agreements (${handle.driver})`.padEnd(40)).join("")}deferred tasks`, ...rows].join("\n"));
  // Take the bulk rows out again so they do not swamp other lists in the shared database.
  const bulk = db.select({ id: agreements.id }).from(agreements).where(eq(agreements.title, "Bulk agreement"));
  const ids = (await bulk).map((r) => r.id).filter(Boolean);
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await db.delete(agreementSignatures).where(inArray(agreementSignatures.agreementId, chunk));
    await db.delete(agreementParties).where(inArray(agreementParties.agreementId, chunk));
    await db.delete(agreements).where(inArray(agreements.id, chunk));
  }
  await handle.close();
}, 120_000);

describe("sequential database round trips per request", () => {
  it("measures every procedure of the agreements router over two data sizes", () => {
    const routed = Object.keys(appRouter._def.procedures).filter((p) => p.startsWith("agreements."));
    expect(routed.filter((p) => !(p in MEASURED))).toEqual([]);
    expect(measured[0]!.agreements).toBeGreaterThanOrEqual(BATCH);
    expect(measured[1]!.agreements).toBeGreaterThanOrEqual(2 * BATCH);
    expect(measured.map((m) => m.lastSignatureBroughtIntoForce)).toEqual([true, true]);
  });

  it.each(Object.keys(MEASURED))(`%s makes at most ${BUDGET} (its write as its driver needs), the same number at both sizes`, (name) => {
    const [small, large] = measured.map((m) => m.result[name]!);
    expectWithinBudget(handle, small!);
    expect(large).toEqual(small);
  });

  it("writes its notifications in the same atomic write as the change: nothing is left for after the response", () => {
    const deferred = measured[0]!.result;
    expect(deferred["agreements.send"]!.deferred).toBe(0);
    expect(deferred["agreements.sign (last, into force)"]!.deferred).toBe(0);
    expect(deferred["agreements.update (voids a signature)"]!.deferred).toBe(0);
    // Reading never writes: the expiry warning is the scheduled job agreement-expiry-warnings.
    expect(deferred["agreements.byId"]!.deferred).toBe(0);
  });
});
