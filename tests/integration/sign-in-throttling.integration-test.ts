// Issue #11, finding 3 (sign-in): 50 wrong passwords and then the right one used to sign in.
// Failed sign-ins now back off per email address and per client address, in the database:
// 5 failures → 1 minute, doubling, at most 15 minutes, never a permanent lock; while backed off
// even the right password is refused; the right password resets the account's count. The back-
// off is ended by rewinding the bucket row (no sleeping).
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, throttleBuckets } from "../../db/schema";
import { authenticate } from "../../server/accounts/authenticate";
import { authOptions } from "../../server/auth/options";
import type { RequestMeta } from "../../server/context";
import { keyHash } from "../../server/throttle/keys";
import { LIMITS } from "../../server/throttle/limits";
import { createUser, DEFAULT_TEST_PASSWORD, uniqueSuffix } from "../factories";
import { openTestDb } from "./support/db";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

const WRONG = "Not-the-password-2026";
/** A client address of its own for each test (documentation range), so tests never share a budget. */
const metaFrom = (): RequestMeta => ({ ip: `198.51.100.${Math.floor(Math.random() * 250) + 1}-${uniqueSuffix()}`, userAgent: "vitest", locale: "en" });

const signIn = (email: string, password: string, meta: RequestMeta) => authenticate(db, { email, password }, meta);

/** Ends a back-off as time would: the bucket's block lies in the past. */
async function rewind(purpose: string, key: string) {
  await db
    .update(throttleBuckets)
    .set({ blockedUntil: new Date(Date.now() - 1000) })
    .where(and(eq(throttleBuckets.purpose, purpose), eq(throttleBuckets.keyHash, keyHash(key))));
}

describe("signing in with wrong passwords", () => {
  it("refuses the right password after 50 wrong ones while backed off, and accepts it after the back-off", async () => {
    const user = await createUser(db);
    const meta = metaFrom();
    const outcomes: string[] = [];
    for (let i = 0; i < 50; i++) {
      const result = await signIn(user.email, WRONG, meta);
      outcomes.push(result.ok ? "ok" : result.reason);
    }
    // Five checked failures, then every attempt is refused without checking the password.
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("invalid_credentials"));
    expect(new Set(outcomes.slice(5))).toEqual(new Set(["rate_limited"]));

    const refused = await signIn(user.email, DEFAULT_TEST_PASSWORD, meta);
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(refused.ok === false && refused.reason === "rate_limited" && refused.retryAfterSeconds).toBeGreaterThan(50);
    expect(refused.ok === false && refused.reason === "rate_limited" && refused.retryAfterSeconds).toBeLessThanOrEqual(60);

    await rewind(LIMITS.signInAccount.purpose, user.email);
    expect(await signIn(user.email, DEFAULT_TEST_PASSWORD, meta)).toMatchObject({ ok: true, userId: user.id });
    // The success reset the account's count: one more wrong password is just wrong.
    expect(await signIn(user.email, WRONG, meta)).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("doubles the wait after each further failure, up to 15 minutes, and never locks for good", async () => {
    const user = await createUser(db);
    const meta = metaFrom();
    for (let i = 0; i < 4; i++) await signIn(user.email, WRONG, meta);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      await signIn(user.email, WRONG, meta); // a checked failure: sets the next back-off
      const refused = await signIn(user.email, WRONG, meta);
      waits.push(refused.ok === false && refused.reason === "rate_limited" ? Math.round(refused.retryAfterSeconds / 60) : -1);
      await rewind(LIMITS.signInAccount.purpose, user.email);
    }
    expect(waits).toEqual([1, 2, 4, 8, 15, 15]);
    expect(await signIn(user.email, DEFAULT_TEST_PASSWORD, meta)).toMatchObject({ ok: true });
  });

  it("backs off an unknown email exactly like a known one (no account enumeration)", async () => {
    const meta = metaFrom();
    const unknown = `nobody-${uniqueSuffix()}@example.test`;
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await signIn(unknown, WRONG, meta));
    expect(outcomes.map((r) => (r.ok ? "ok" : r.reason))).toEqual([...Array<string>(5).fill("invalid_credentials"), "rate_limited"]);
  });

  it("backs off a client address trying many accounts, without stopping the same people elsewhere", async () => {
    const meta = metaFrom();
    const victims = await Promise.all(Array.from({ length: 4 }, () => createUser(db)));
    // 20 checked failures from one address, spread over 4 accounts.
    for (let i = 0; i < LIMITS.signInAddress.threshold; i++) await signIn(victims[i % 4]!.email, WRONG, meta);
    const someoneElse = await createUser(db);
    expect(await signIn(someoneElse.email, DEFAULT_TEST_PASSWORD, meta)).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await signIn(someoneElse.email, DEFAULT_TEST_PASSWORD, metaFrom())).toMatchObject({ ok: true });
    // Without a known client address, only the per-account back-off applies.
    expect(await signIn(someoneElse.email, DEFAULT_TEST_PASSWORD, { ...meta, ip: null })).toMatchObject({ ok: true });
  });

  it("records every refused attempt in the audit log, with the reason", async () => {
    const user = await createUser(db);
    const meta = metaFrom();
    for (let i = 0; i < 7; i++) await signIn(user.email, WRONG, meta);
    const entries = await db
      .select({ action: auditLog.action, context: auditLog.context })
      .from(auditLog)
      .where(and(eq(auditLog.objectId, user.id), inArray(auditLog.action, ["auth.sign_in", "auth.sign_in_failed"])));
    expect(entries.map((e) => e.context.reason)).toEqual([...Array<string>(5).fill("invalid_credentials"), "rate_limited", "rate_limited"]);
  });

  it("reaches the sign-in form through next-auth as rate_limited:<seconds>", async () => {
    const user = await createUser(db);
    const provider = authOptions().providers[0] as unknown as { options: { authorize: (c: Record<string, string>, req: unknown) => Promise<unknown> } };
    const req = { headers: { "user-agent": "vitest", "x-forwarded-for": `203.0.113.9-${uniqueSuffix()}` } };
    const attempt = (password: string) => provider.options.authorize({ email: user.email, password }, req).then(
      () => "ok",
      (error: Error) => error.message,
    );
    for (let i = 0; i < 5; i++) expect(await attempt(WRONG)).toBe("invalid_credentials");
    expect(await attempt(DEFAULT_TEST_PASSWORD)).toMatch(/^rate_limited:(5\d|60)$/);
  });
});
