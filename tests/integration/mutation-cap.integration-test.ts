// Issue #11, finding 3 (a cap on all mutations, and the HTTP answer of a throttled call): every
// signed-in user's session may make at most 300 mutations in any 10 minutes; the count is taken in the
// same wave as the viewer's read (no round trip of its own). A throttled call answers 429 with
// Retry-After through tRPC's fetch adapter, configured with the route's own responseMeta.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { throttleBuckets } from "../../db/schema";
import { keyHash } from "../../server/throttle/keys";
import { LIMITS } from "../../server/throttle/limits";
import { mutationKey } from "../../server/throttle/mutation-quota";
import { trpcResponseMeta } from "../../server/trpc/response-meta";
import { appRouter, createCaller } from "../../server/trpc/root";
import { createUser, uniqueSuffix, type User } from "../factories";
import { openTestDb } from "./support/db";
import { outcomeOf } from "./support/errors";
import { callerAs, contextFor, requestContextOf } from "./support/personas";

const handle = openTestDb();
const { db, roundTrips } = handle;

afterAll(async () => {
  await handle.close();
});

const rule = LIMITS.mutationsPerUser;

/** The user has already made `n` mutations in the current minute (as 300 real calls would leave it). */
async function alreadyMade(user: User, n: number) {
  const slice = rule.sliceSeconds * 1000;
  const windowStart = new Date(Math.floor(Date.now() / slice) * slice);
  await db.insert(throttleBuckets).values({ purpose: rule.purpose, keyHash: keyHash(mutationKey({ userId: user.id, sessionVersion: user.sessionVersion })), windowStart, n, updatedAt: new Date() }).onDuplicateKeyUpdate({ set: { n } });
}

async function countOf(user: User) {
  const rows = await db.select({ n: throttleBuckets.n }).from(throttleBuckets).where(and(eq(throttleBuckets.purpose, rule.purpose), eq(throttleBuckets.keyHash, keyHash(mutationKey({ userId: user.id, sessionVersion: user.sessionVersion })))));
  return rows.reduce((sum, r) => sum + r.n, 0);
}

describe("the per-user cap on mutations", () => {
  it("counts each mutation of a signed-in user, not their reads", async () => {
    const user = await createUser(db);
    const api = await callerAs(db, user);
    await api.notifications.markRead({});
    await api.notifications.markRead({});
    await api.notifications.list();
    expect(await countOf(user)).toBe(2);
  });

  it("refuses the 301st mutation in 10 minutes with RATE_LIMITED, and still answers reads", async () => {
    const user = await createUser(db);
    await alreadyMade(user, rule.limit - 1);
    const api = await callerAs(db, user);
    expect(await outcomeOf(api.notifications.markRead({}))).toBe("ok");
    expect(await outcomeOf(api.notifications.markRead({}))).toBe("TOO_MANY_REQUESTS");
    expect(await outcomeOf(api.notifications.list())).toBe("ok");
    // Somebody else is not affected.
    expect(await outcomeOf((await callerAs(db, await createUser(db))).notifications.markRead({}))).toBe("ok");
  });

  it("costs no round trip of its own: counted in the same wave as the viewer", async () => {
    const user = await createUser(db);
    const start = roundTrips.sequential;
    const ctx = await requestContextOf(db, user);
    expect(roundTrips.sequential - start).toBe(1);
    await createCaller(ctx).notifications.markRead({});
    // One wave for the viewer and the count, one for the write itself.
    expect(roundTrips.sequential - start).toBe(2);
    expect(await countOf(user)).toBe(1);
  });

  it("is checked from the count taken with the viewer: over the cap, the use case never runs", async () => {
    const user = await createUser(db);
    await alreadyMade(user, rule.limit);
    const ctx = await requestContextOf(db, user);
    expect(ctx.mutationQuota).toMatchObject({ limited: true });
    const start = roundTrips.sequential;
    expect(await outcomeOf(createCaller(ctx).notifications.markRead({}))).toBe("TOO_MANY_REQUESTS");
    expect(roundTrips.sequential - start).toBe(0);
  });
});

describe("a throttled call over HTTP", () => {
  const post = (path: string, body: unknown, ip: string) =>
    fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
      router: appRouter,
      createContext: () => contextFor(db, null, { ip, userAgent: "vitest", locale: "en" }),
      responseMeta: trpcResponseMeta,
    });

  it("answers 429 with Retry-After in seconds, and the domain code with its details", async () => {
    const email = `http-${uniqueSuffix()}@example.test`;
    const ip = `198.18.0.1-${uniqueSuffix()}`;
    for (let i = 0; i < 3; i++) expect((await post("account.requestPasswordReset", { email, locale: "en" }, ip)).status).toBe(200);
    const response = await post("account.requestPasswordReset", { email, locale: "en" }, ip);
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(65 * 60);
    const body = (await response.json()) as { error: { data: { code: string; domainCode: string; details: Record<string, number> } } };
    expect(body.error.data).toMatchObject({ code: "TOO_MANY_REQUESTS", domainCode: "RATE_LIMITED", details: { retryAfterSeconds: retryAfter } });
  });

  it("sets no Retry-After on any other answer", async () => {
    const ok = await post("account.requestPasswordReset", { email: `http-${uniqueSuffix()}@example.test`, locale: "en" }, `198.18.0.2-${uniqueSuffix()}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("retry-after")).toBeNull();
    const invalid = await post("account.requestPasswordReset", { email: "not an email", locale: "en" }, `198.18.0.3-${uniqueSuffix()}`);
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("retry-after")).toBeNull();
  });
});
