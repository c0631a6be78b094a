// Every procedure of the matching router makes at most 3 sequential database round trips (its
// atomic write counted as the requests its driver needs, support/round-trips.ts), counted from
// before the viewer is loaded to the end of the call: a batch is read in one wave (proposals,
// reviewers with profiles, bids, past texts, regions, policy) and committed in one atomic write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../server/trpc/root";
import { createAdmin, createProgramme, createReviewer, type Programme, type User } from "../factories";
import { openTestDb } from "./support/db";
import { committablePanel } from "./support/matrix-matching";
import { BUDGET, describeCost, expectWithinBudget, type RequestCost, requestCostOf } from "./support/round-trips";
import type { Caller } from "./support/personas";
import { proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

let world: ProposalWorld;
let admin: User;
let reviewer: User;
let open: Programme;
let batch: Awaited<ReturnType<typeof committablePanel>>;

const PROFILE = { sectors: ["health"], workingAreas: ["application" as const], countriesKnown: ["KE"], regionsKnown: ["Africa" as const], languages: ["en"], capacity: 5, unavailable: [], chairEligible: true };

const MEASURED: Record<string, { as: () => User; call: (api: Caller) => Promise<unknown> }> = {
  "matching.myProfile": { as: () => reviewer, call: (api) => api.matching.myProfile() },
  "matching.updateProfile": { as: () => reviewer, call: (api) => api.matching.updateProfile({ ...PROFILE, version: 0 }) },
  "matching.openForBids": { as: () => reviewer, call: (api) => api.matching.openForBids({ page: 1 }) },
  "matching.bid": { as: () => reviewer, call: (api) => api.matching.bid({ programmeId: open.id, bid: "eager" }) },
  "matching.profiles": { as: () => admin, call: (api) => api.matching.profiles({ page: 1 }) },
  "matching.previewBatch": { as: () => admin, call: (api) => api.matching.previewBatch({ excludeLeadCountry: false }) },
  "matching.commitBatch": { as: () => admin, call: (api) => api.matching.commitBatch({ excludeLeadCountry: false, panels: [batch.panel] }) },
};

const measured: Record<string, RequestCost & { deferred: number }> = {};

const roundTripsOf = (user: User, call: (api: Caller) => Promise<unknown>) => requestCostOf(handle, user, call);

beforeAll(async () => {
  world = await proposalWorld(db, 0);
  [admin, reviewer] = await Promise.all([createAdmin(db), createReviewer(db)]);
  const ofLead = { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id };
  [open, batch] = await Promise.all([createProgramme(db, { ...ofLead, status: "submitted" }), committablePanel(db, ofLead)]);
  for (const [name, m] of Object.entries(MEASURED)) measured[name] = await roundTripsOf(m.as(), m.call);
}, 120_000);

afterAll(async () => {
  console.log(Object.entries(measured).map(([name, m]) => `${name.padEnd(24)} ${describeCost(handle, m)} sequential round trips (${handle.driver})`).join("\n"));
  await handle.close();
});

describe("sequential database round trips of the matching router", () => {
  it("measures every procedure of the router", () => {
    const routed = Object.keys(appRouter._def.procedures).filter((p) => p.startsWith("matching."));
    expect(routed.filter((p) => !(p in MEASURED))).toEqual([]);
  });

  it.each(Object.keys(MEASURED))(`%s makes at most ${BUDGET} (its write as its driver needs)`, (name) => {
    expect(measured[name]!.trips).toBeGreaterThanOrEqual(2);
    expectWithinBudget(handle, measured[name]!);
  });

  it("tells the assigned people in the commit itself, leaving nothing to after the response", () => {
    expect(measured["matching.commitBatch"]!.deferred).toBe(0);
  });
});
