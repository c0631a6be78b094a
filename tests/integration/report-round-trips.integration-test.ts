// Every procedure of the reports router makes at most 3 sequential database round trips (its
// atomic write counted as the requests its driver needs, support/round-trips.ts), counted from before the viewer is loaded (as every request does) to the end of the call;
// side effects handed to ctx.defer (the admins' notification) are collected, not run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCaller } from "../../server/trpc/root";
import { createAdmin, type User } from "../factories";
import { createReport, uniquePeriod, type Report } from "../factories/reports";
import { openTestDb } from "./support/db";
import { BUDGET, costOf, describeCost, expectWithinBudget, type RequestCost } from "./support/round-trips";
import { requestContextOf, TEST_META, type Caller } from "./support/personas";
import { collectDeferred } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

let admin: User;
let draft: Report;
let toPublish: Report;
let published: Report;

const MEASURED: Record<string, { as: () => User | null; call: (api: Caller) => Promise<unknown> }> = {
  "reports.create": { as: () => admin, call: (api) => api.reports.create({ title: "Measured report", ...uniquePeriod() }) },
  "reports.update": {
    as: () => admin,
    call: (api) =>
      api.reports.update({
        reportId: draft.id,
        version: draft.version,
        title: "Measured edit",
        narrative: "Edited.",
        methodology: draft.methodology,
        periodKind: "custom",
        periodStart: draft.periodStart,
        periodEnd: draft.periodEnd,
        suppressionThreshold: 5,
      }),
  },
  "reports.publish": { as: () => admin, call: (api) => api.reports.publish({ reportId: toPublish.id, version: toPublish.version }) },
  "reports.adminList": { as: () => admin, call: (api) => api.reports.adminList() },
  "reports.adminById": { as: () => admin, call: (api) => api.reports.adminById({ reportId: draft.id }) },
  "reports.liveFigures": { as: () => admin, call: (api) => api.reports.liveFigures({ periodStart: "2026-01-01", periodEnd: "2026-12-31" }) },
  "reports.published": { as: () => null, call: (api) => api.reports.published({ page: 1 }) },
  "reports.bySlug": { as: () => null, call: (api) => api.reports.bySlug({ slug: published.slug }) },
};

const measured: Record<string, RequestCost & { deferred: number }> = {};

async function roundTripsOf(user: User | null, call: (api: Caller) => Promise<unknown>) {
  const deferred = collectDeferred();
  // As the HTTP handler builds it: the viewer and the user's mutation count, in one wave. A visitor's
  // request loads no viewer from the database; count the same trip anyway (the budget includes it).
  const cost = await costOf(handle, async () =>
    call(createCaller(user ? await requestContextOf(db, user, deferred.defer) : { db, viewer: null, meta: TEST_META, defer: deferred.defer })),
  );
  return { ...cost, trips: cost.trips + (user ? 0 : 1), deferred: deferred.tasks.length };
}

beforeAll(async () => {
  admin = await createAdmin(db);
  [draft, toPublish, published] = await Promise.all([
    createReport(db, { createdByUserId: admin.id }),
    createReport(db, { createdByUserId: admin.id }),
    createReport(db, { createdByUserId: admin.id, status: "published" }),
  ]);
  for (const [name, m] of Object.entries(MEASURED)) measured[name] = await roundTripsOf(m.as(), m.call);
});

afterAll(async () => {
  console.log(Object.entries(measured).map(([name, m]) => `${name.padEnd(22)} ${describeCost(handle, m)} sequential round trips (${handle.driver}), ${m.deferred} deferred`).join("\n"));
  await handle.close();
});

describe("sequential database round trips of the reports router", () => {
  it("measures every procedure of the router", () => {
    const routed = Object.keys(appRouter._def.procedures).filter((p) => p.startsWith("reports."));
    expect(routed.filter((p) => !(p in MEASURED))).toEqual([]);
  });

  it.each(Object.keys(MEASURED))(`%s makes at most ${BUDGET} (its write as its driver needs)`, (name) => {
    expect(measured[name]!.trips).toBeGreaterThanOrEqual(2);
    expectWithinBudget(handle, measured[name]!);
  });

  it("publishing tells the admins in its own atomic write: nothing is left for after the response", () => {
    expect(measured["reports.publish"]!.deferred).toBe(0);
  });
});
