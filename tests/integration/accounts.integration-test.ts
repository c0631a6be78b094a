// Accounts and sessions through the real use cases: sign-up, email verification, sign-in,
// password reset, "sign out everywhere", and the per-request viewer.
import { createHash } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, emailTokens, users } from "../../db/schema";
import { authenticate } from "../../server/accounts/authenticate";
import { requestPasswordReset } from "../../server/accounts/request-password-reset";
import { resetPassword } from "../../server/accounts/reset-password";
import { signOutEverywhere } from "../../server/accounts/sign-out-everywhere";
import { signUp } from "../../server/accounts/sign-up";
import { verifyEmail } from "../../server/accounts/verify-email";
import { loadViewer } from "../../server/auth/load-viewer";
import { can } from "../../server/authz/permissions";
import { changeInstitutionStatus } from "../../server/institutions/change-institution-status";
import { changePlatformRole } from "../../server/users/change-platform-role";
import { addMembership, createInstitution, createUser, DEFAULT_TEST_PASSWORD, grantPlatformRole, uniqueSuffix } from "../factories";
import { outboxTo, tokenInEmail, userRow, openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs, TEST_META } from "./support/personas";

const handle = openTestDb();
const { db, roundTrips } = handle;
const PASSWORD = "Correct-horse-battery-2026";

afterAll(async () => {
  await handle.close();
});

async function newAccount() {
  const email = `account-${uniqueSuffix()}@example.test`;
  expect(await signUp(await actingAs(db, null), { name: "Amina Njoroge", email, password: PASSWORD, locale: "en" })).toEqual({ ok: true });
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return { email, userId: user!.id };
}

/** The audit entries of sign-in attempts on one account. */
async function signInEntries(userId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectId, userId), inArray(auditLog.action, ["auth.sign_in", "auth.sign_in_failed"])))
    .orderBy(asc(auditLog.id));
}

describe("signing up", () => {
  it("stores an argon2id hash of the password, never the password", async () => {
    const { userId } = await newAccount();
    const user = await userRow(db, userId);
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(user.passwordHash).not.toContain(PASSWORD);
    expect(user.emailVerifiedAt).toBeNull();
  });

  it("emails a verification link with a one-time token, of which only the hash is stored", async () => {
    const { email, userId } = await newAccount();
    const emails = await outboxTo(db, email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.textBody).toMatch(/https?:\/\/\S+\/en\/verify-email\?token=[A-Za-z0-9_-]{20,}/);
    const token = tokenInEmail(emails[0]!.textBody);
    const stored = await db.select().from(emailTokens).where(eq(emailTokens.userId, userId));
    expect(stored).toEqual([expect.objectContaining({ purpose: "verify_email", usedAt: null, tokenHash: createHash("sha256").update(token).digest("hex") })]);
  });

  it("answers a second sign-up with the same email exactly like the first, creates nothing, and warns the owner by email", async () => {
    const { email } = await newAccount();
    const answer = await signUp(await actingAs(db, null), { name: "Someone Else", email, password: PASSWORD, locale: "fr" });
    expect(answer).toEqual({ ok: true });
    expect(await db.select({ id: users.id }).from(users).where(eq(users.email, email))).toHaveLength(1);
    const emails = await outboxTo(db, email);
    expect(emails).toHaveLength(2);
    expect(emails.map((e) => e.subject)).toContain("Quelqu’un a tenté de créer un compte Southbridge avec votre adresse");
  });
});

describe("verifying the email address and signing in", () => {
  it("refuses to sign in before the address is verified, then verifies it with the emailed token, once", async () => {
    const { email, userId } = await newAccount();
    expect(await authenticate(db, { email, password: PASSWORD }, TEST_META)).toEqual({ ok: false, reason: "email_not_verified" });

    const token = tokenInEmail((await outboxTo(db, email))[0]!.textBody);
    expect(await verifyEmail(await actingAs(db, null), { token })).toEqual({ email });
    expect((await userRow(db, userId)).emailVerifiedAt).toBeInstanceOf(Date);

    expect((await domainErrorOf(verifyEmail(await actingAs(db, null), { token }))).code).toBe("INVALID_TOKEN");
    expect(await authenticate(db, { email, password: PASSWORD }, TEST_META)).toMatchObject({ ok: true, userId, sessionVersion: 1 });
  });

  it("refuses a wrong password with invalid_credentials", async () => {
    const user = await createUser(db);
    expect(await authenticate(db, { email: user.email, password: "Not-the-password-2026" }, TEST_META)).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("writes one audit entry for every attempt, failed or not", async () => {
    const user = await createUser(db);
    const attempts = [
      { password: "wrong-password-1", action: "auth.sign_in_failed", reason: "invalid_credentials" },
      { password: DEFAULT_TEST_PASSWORD, action: "auth.sign_in", reason: null },
      { password: "wrong-password-2", action: "auth.sign_in_failed", reason: "invalid_credentials" },
    ];
    for (const [i, attempt] of attempts.entries()) {
      await authenticate(db, { email: user.email.toUpperCase(), password: attempt.password }, TEST_META);
      const entries = await signInEntries(user.id);
      expect(entries).toHaveLength(i + 1);
      expect(entries.at(-1)).toMatchObject({ action: attempt.action, actorUserId: user.id, context: { email: user.email, reason: attempt.reason, ip: TEST_META.ip } });
    }
  });

  it("audits an attempt on an unknown email as a failure without an actor", async () => {
    const email = `unknown-${uniqueSuffix()}@example.test`;
    expect(await authenticate(db, { email, password: PASSWORD }, TEST_META)).toEqual({ ok: false, reason: "invalid_credentials" });
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.action, "auth.sign_in_failed"), eq(auditLog.objectId, "unknown")));
    expect(entries.filter((e) => e.context.email === email)).toEqual([expect.objectContaining({ actorUserId: null })]);
  });
});

describe("resetting a password", () => {
  it("answers the same for an unknown email and sends nothing", async () => {
    const email = `nobody-${uniqueSuffix()}@example.test`;
    expect(await requestPasswordReset(await actingAs(db, null), { email, locale: "en" })).toEqual({ sent: true });
    expect(await outboxTo(db, email)).toEqual([]);
  });

  it("sets the new password, ends every existing session and uses up the token", async () => {
    const user = await createUser(db);
    expect(await loadViewer(db, user.id, user.sessionVersion)).not.toBeNull();
    await requestPasswordReset(await actingAs(db, null), { email: user.email, locale: "en" });
    const [email] = await outboxTo(db, user.email);
    expect(email?.textBody).toMatch(/\/en\/reset-password\?token=/);
    const token = tokenInEmail(email!.textBody);

    await resetPassword(await actingAs(db, null), { token, password: PASSWORD });

    expect((await userRow(db, user.id)).sessionVersion).toBe(user.sessionVersion + 1);
    expect(await loadViewer(db, user.id, user.sessionVersion)).toBeNull();
    expect(await loadViewer(db, user.id, user.sessionVersion + 1)).toMatchObject({ userId: user.id });
    expect(await authenticate(db, { email: user.email, password: DEFAULT_TEST_PASSWORD }, TEST_META)).toMatchObject({ ok: false });
    expect(await authenticate(db, { email: user.email, password: PASSWORD }, TEST_META)).toMatchObject({ ok: true, sessionVersion: user.sessionVersion + 1 });
    expect((await domainErrorOf(resetPassword(await actingAs(db, null), { token, password: "Yet-another-password" }))).code).toBe("INVALID_TOKEN");
  });

  it("does not accept an email-verification token as a reset token (INVALID_TOKEN)", async () => {
    const { email } = await newAccount();
    const token = tokenInEmail((await outboxTo(db, email))[0]!.textBody);
    expect((await domainErrorOf(resetPassword(await actingAs(db, null), { token, password: "Some-new-password-2026" }))).code).toBe("INVALID_TOKEN");
  });
});

describe("sessions and the viewer", () => {
  it("signing out everywhere ends every session, with one audit entry", async () => {
    const user = await createUser(db);

    expect(await signOutEverywhere(await actingAs(db, user))).toEqual({ ok: true });

    expect((await userRow(db, user.id)).sessionVersion).toBe(user.sessionVersion + 1);
    expect(await loadViewer(db, user.id, user.sessionVersion)).toBeNull();
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.objectId, user.id), eq(auditLog.action, "user.sign_out_everywhere")));
    expect(entries).toEqual([expect.objectContaining({ actorUserId: user.id })]);
  });

  it("treats a deleted or unknown user as a visitor", async () => {
    expect(await loadViewer(db, "0000000000000000zzzz", 1)).toBeNull();
  });

  it("sees a platform role granted by an admin on the very next load", async () => {
    const [user, admin] = [await createUser(db), await createUser(db)];
    await grantPlatformRole(db, admin.id, "admin");
    expect((await loadViewer(db, user.id, 1))?.roles).toEqual([]);

    await changePlatformRole(await actingAs(db, admin), { userId: user.id, role: "reviewer", grant: true });

    expect((await loadViewer(db, user.id, 1))?.roles).toEqual(["reviewer"]);
  });

  it("sees its institution's suspension on the very next load, and may no longer act for it", async () => {
    const [owner, admin] = [await createUser(db), await createUser(db)];
    await grantPlatformRole(db, admin.id, "admin");
    const institution = await createInstitution(db, { createdByUserId: owner.id });
    await addMembership(db, { institutionId: institution.id, userId: owner.id, role: "owner" });
    const before = await loadViewer(db, owner.id, 1);
    expect(can(before, "institution.update", { institutionId: institution.id })).toBe(true);

    await changeInstitutionStatus(await actingAs(db, admin), { institutionId: institution.id, event: "suspend", reason: "Audit", version: 1 });

    const after = await loadViewer(db, owner.id, 1);
    expect(after?.memberships).toEqual([expect.objectContaining({ institutionId: institution.id, institutionStatus: "suspended", role: "owner" })]);
    expect(can(after, "institution.update", { institutionId: institution.id })).toBe(false);
    expect(can(after, "membership.list", { institutionId: institution.id })).toBe(true);
  });

  it("loads a viewer with roles and several memberships in exactly one database round trip", async () => {
    const user = await createUser(db);
    await grantPlatformRole(db, user.id, "reviewer");
    await grantPlatformRole(db, user.id, "admin");
    for (let i = 0; i < 3; i++) {
      const institution = await createInstitution(db);
      await addMembership(db, { institutionId: institution.id, userId: user.id, role: i === 0 ? "owner" : "member", isSignatory: i === 1 });
    }

    const before = roundTrips.count;
    const viewer = await loadViewer(db, user.id, 1);
    expect(roundTrips.count - before).toBe(1);

    expect([...(viewer?.roles ?? [])].sort()).toEqual(["admin", "reviewer"]);
    expect(viewer?.memberships).toHaveLength(3);
    expect(viewer?.memberships.filter((m) => m.isSignatory)).toHaveLength(1);
  });

  it("ignores a user's memberships that are not active", async () => {
    const user = await createUser(db);
    for (const status of ["requested", "invited", "declined", "removed"] as const) {
      await addMembership(db, { institutionId: (await createInstitution(db)).id, userId: user.id, status });
    }
    expect((await loadViewer(db, user.id, 1))?.memberships).toEqual([]);
    await db.update(users).set({ name: "Renamed" }).where(eq(users.id, user.id));
    expect((await loadViewer(db, user.id, 1))?.name).toBe("Renamed");
  });
});
