// The round-trip budget of a request, on the driver the suite runs over (see docs/ARCHITECTURE.md,
// "Round trips"). A request waits on the database at most three times — the viewer, one wave of
// reads, one atomic write — and the atomic write counts as the round trips its driver needs for
// it (atomicWriteTrips in db/client.ts):
//
//   budget = 3 − writes + atomicWriteTrips(driver, writes, statements)
//          = 3                          on mysql2 (an atomic write is one multi-statement request)
//          = 3 − 1 + (n + 2) = n + 4    on PlanetScale, for a request whose atomic write has n
//                                       statements (BEGIN, each statement, COMMIT: one HTTP request each)
//          = 3                          on both, for a request that only reads.
import { expect } from "vitest";
import { atomicWriteTrips, type DbHandle } from "../../../db/client";
import { createCaller } from "../../../server/trpc/root";
import { requestContextOf, type Caller, type Person } from "./personas";
import { collectDeferred } from "./programmes";

export const BUDGET = 3;

/** What one request cost: sequential round trips, and the atomic writes among them. */
export type RequestCost = { trips: number; writes: number; statements: number; writeTrips: number };

/** Measures `call` on `handle`, which nothing else may be using meanwhile. */
export async function costOf(handle: DbHandle, call: () => Promise<unknown>): Promise<RequestCost> {
  const counter = handle.roundTrips;
  if (counter.inFlight !== 0) throw new Error("a query is still in flight: the count would be wrong");
  const before = { ...counter };
  await call();
  return {
    trips: counter.sequential - before.sequential,
    writes: counter.atomicWrites - before.atomicWrites,
    statements: counter.atomicStatements - before.atomicStatements,
    writeTrips: counter.atomicTrips - before.atomicTrips,
  };
}

/** The most sequential round trips a request that made these atomic writes may take on `handle`'s driver. */
export function budgetOf(handle: DbHandle, cost: RequestCost): number {
  return BUDGET - cost.writes + atomicWriteTrips(handle.driver, cost.writes, cost.statements);
}

/** At most one atomic write, costing exactly what its driver needs, and the request within its budget. */
export function expectWithinBudget(handle: DbHandle, cost: RequestCost) {
  expect(cost.writes).toBeLessThanOrEqual(1);
  expect(cost.writeTrips).toBe(atomicWriteTrips(handle.driver, cost.writes, cost.statements));
  expect(cost.trips).toBeLessThanOrEqual(budgetOf(handle, cost));
}

/** "3", or "3 (PlanetScale: 6 = 3 − 1 + BEGIN + 2 statements + COMMIT)": for the printed tables. */
export function describeCost(handle: DbHandle, cost: RequestCost): string {
  const budget = budgetOf(handle, cost);
  const write = cost.writes ? `, write of ${cost.statements} statements: ${cost.writeTrips}` : "";
  return `${cost.trips} of ${budget}${write}`;
}

/**
 * The cost of one request as the HTTP handler builds it — the viewer and the user's mutation count
 * in one wave, then the call — and how many tasks it deferred (collected, not run).
 */
export async function requestCostOf(handle: DbHandle, user: Person, call: (api: Caller) => Promise<unknown>) {
  const deferred = collectDeferred();
  const cost = await costOf(handle, async () => call(createCaller(await requestContextOf(handle.db, user, deferred.defer))));
  return { ...cost, deferred: deferred.tasks.length };
}
