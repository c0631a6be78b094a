// Issue #11, finding 3 (emails and links): 60 password-reset requests sent 60 emails and left 60
// live tokens, and a reset did not invalidate older tokens. Requests that send an email are now
// throttled per client address and per email address (at most 3 emails an hour to one address);
// a new link replaces the older ones; a reset or a password change ends every outstanding link
// and every session. Throttled calls answer RATE_LIMITED (HTTP 429 with Retry-After).
import { and, eq, gt, isNull } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { emailTokens, users } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import type { RequestMeta } from "../../server/context";
import { createCaller } from "../../server/trpc/root";
import { createUser, DEFAULT_TEST_PASSWORD, uniqueSuffix } from "../factories";
import { latestTokenSentTo, openTestDb, outboxTo, userRow } from "./support/db";
import { outcomeOf } from "./support/errors";
import { callerAs, contextFor } from "./support/personas";
import { TRPCError } from "@trpc/server";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

const metaFrom = (): RequestMeta => ({ ip: `192.0.2.${Math.floor(Math.random() * 250) + 1}-${uniqueSuffix()}`, userAgent: "vitest", locale: "en" });
/** The real router for a visitor coming from `meta`'s address (side effects run inline). */
const visitorFrom = (meta: RequestMeta = metaFrom()) => createCaller(contextFor(db, null, meta));

async function liveTokens(userId: string, purpose: "reset_password" | "verify_email") {
  return db
    .select()
    .from(emailTokens)
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, new Date())));
}

describe("password-reset requests", () => {
  it("send at most 3 emails an hour to one address and leave at most one live token, out of 60 requests", async () => {
    const user = await createUser(db);
    const api = visitorFrom();
    const outcomes: string[] = [];
    for (let i = 0; i < 60; i++) outcomes.push(await outcomeOf(api.account.requestPasswordReset({ email: user.email, locale: "en" })));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(3);
    expect(outcomes.slice(3)).toEqual(Array(57).fill("TOO_MANY_REQUESTS"));
    expect(await outboxTo(db, user.email)).toHaveLength(3);
    expect(await liveTokens(user.id, "reset_password")).toHaveLength(1);
  });

  it("refuse an unknown address in the same way after 3 (nothing tells the two apart)", async () => {
    const api = visitorFrom();
    const email = `nobody-${uniqueSuffix()}@example.test`;
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await outcomeOf(api.account.requestPasswordReset({ email, locale: "en" })));
    expect(outcomes).toEqual(["ok", "ok", "ok", "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
    expect(await outboxTo(db, email)).toHaveLength(0);
  });

  it("are limited per client address too, and not when the address is unknown", async () => {
    const meta = metaFrom();
    const outcomes = [];
    for (let i = 0; i < 21; i++) outcomes.push(await outcomeOf(visitorFrom(meta).account.requestPasswordReset({ email: `spray-${uniqueSuffix()}@example.test`, locale: "en" })));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(20);
    expect(outcomes[20]).toBe("TOO_MANY_REQUESTS");
    const unknownAddress = visitorFrom({ ...meta, ip: null });
    expect(await outcomeOf(unknownAddress.account.requestPasswordReset({ email: `spray-${uniqueSuffix()}@example.test`, locale: "en" }))).toBe("ok");
  });

  it("make every earlier link stop working: only the newest resets the password", async () => {
    const user = await createUser(db);
    const api = visitorFrom();
    await api.account.requestPasswordReset({ email: user.email, locale: "en" });
    const older = await latestTokenSentTo(db, user.email);
    await api.account.requestPasswordReset({ email: user.email, locale: "en" });
    const newer = await latestTokenSentTo(db, user.email);
    expect(await outcomeOf(api.account.resetPassword({ token: older, password: "Another-long-password-2026" }))).toBe("BAD_REQUEST");
    expect(await outcomeOf(api.account.resetPassword({ token: newer, password: "Another-long-password-2026" }))).toBe("ok");
  });

  it("answer RATE_LIMITED with the seconds to wait", async () => {
    const user = await createUser(db);
    const api = visitorFrom();
    for (let i = 0; i < 3; i++) await api.account.requestPasswordReset({ email: user.email, locale: "en" });
    const error = await api.account.requestPasswordReset({ email: user.email, locale: "en" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    const cause = (error as TRPCError).cause as { code?: string; details?: Record<string, number> };
    expect(cause.code).toBe("RATE_LIMITED");
    expect(cause.details?.retryAfterSeconds).toBeGreaterThan(0);
    expect(cause.details?.retryAfterSeconds).toBeLessThanOrEqual(65 * 60);
    expect(cause.details?.retryAfterMinutes).toBe(Math.ceil(cause.details!.retryAfterSeconds! / 60));
  });
});

describe("a password reset", () => {
  it("ends every outstanding link of the account and every session", async () => {
    const email = `reset-${uniqueSuffix()}@example.test`;
    const api = visitorFrom();
    await api.account.signUp({ name: "Lina Haddad", email, password: "A-long-password-2026", locale: "ar" });
    const verification = await latestTokenSentTo(db, email);
    await api.account.requestPasswordReset({ email, locale: "ar" });
    const reset = await latestTokenSentTo(db, email);
    const [before] = await db.select().from(users).where(eq(users.email, email));
    await api.account.resetPassword({ token: reset, password: "A-new-long-password-2026" });
    expect(await outcomeOf(api.account.verifyEmail({ token: verification }))).toBe("BAD_REQUEST");
    expect(await liveTokens(before!.id, "verify_email")).toEqual([]);
    expect(await loadViewer(db, before!.id, before!.sessionVersion)).toBeNull();
  });
});

describe("changing one's password", () => {
  it("needs the current password, then ends every session and outstanding link; the new password signs in", async () => {
    const user = await createUser(db);
    await visitorFrom().account.requestPasswordReset({ email: user.email, locale: "en" });
    const link = await latestTokenSentTo(db, user.email);
    const api = await callerAs(db, user);
    expect(await outcomeOf(api.account.changePassword({ currentPassword: "Not-my-password-2026", newPassword: "A-new-long-password-2026" }))).toBe("FORBIDDEN");
    expect(await api.account.changePassword({ currentPassword: DEFAULT_TEST_PASSWORD, newPassword: "A-new-long-password-2026" })).toEqual({ ok: true, signInAgain: true });
    expect(await loadViewer(db, user.id, user.sessionVersion)).toBeNull();
    expect(await outcomeOf(visitorFrom().account.resetPassword({ token: link, password: "Yet-another-password-2026" }))).toBe("BAD_REQUEST");
    const after = await userRow(db, user.id);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const { authenticate } = await import("../../server/accounts/authenticate");
    expect(await authenticate(db, { email: user.email, password: "A-new-long-password-2026" }, metaFrom())).toMatchObject({ ok: true, sessionVersion: after.sessionVersion });
  });

  it("backs off wrong current passwords like failed sign-ins", async () => {
    const user = await createUser(db);
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await outcomeOf((await callerAs(db, user)).account.changePassword({ currentPassword: `Wrong-${i}-password`, newPassword: "A-new-long-password-2026" })));
    expect(outcomes).toEqual([...Array<string>(5).fill("FORBIDDEN"), "TOO_MANY_REQUESTS"]);
  });
});

describe("sign-up and the verification resend", () => {
  it("send at most 3 emails an hour to one address, whether it has an account or not", async () => {
    const email = `signup-${uniqueSuffix()}@example.test`;
    const api = visitorFrom();
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await outcomeOf(api.account.signUp({ name: "Ana Souza", email, password: "A-long-password-2026", locale: "pt" })));
    expect(outcomes).toEqual(["ok", "ok", "ok", "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
    const subjects = (await outboxTo(db, email)).map((e) => e.subject);
    expect(subjects).toHaveLength(3);
    expect(await db.$count(users, eq(users.email, email))).toBe(1);
  });

  it("resends a confirmation link that replaces the older one, throttled the same way", async () => {
    const email = `resend-${uniqueSuffix()}@example.test`;
    const api = visitorFrom();
    await api.account.signUp({ name: "Chen Wei", email, password: "A-long-password-2026", locale: "zh" });
    const first = await latestTokenSentTo(db, email);
    expect(await api.account.resendVerification({ email, locale: "zh" })).toEqual({ sent: true });
    const second = await latestTokenSentTo(db, email);
    expect(second).not.toBe(first);
    expect(await outcomeOf(api.account.verifyEmail({ token: first }))).toBe("BAD_REQUEST");
    expect(await outcomeOf(api.account.verifyEmail({ token: second }))).toBe("ok");
    // A confirmed address gets no new link, but the same answer.
    expect(await api.account.resendVerification({ email, locale: "zh" })).toEqual({ sent: true });
    expect(await outboxTo(db, email)).toHaveLength(2);
    expect(await outcomeOf(api.account.resendVerification({ email, locale: "zh" }))).toBe("TOO_MANY_REQUESTS");
  });
});
