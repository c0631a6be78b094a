// Changing one's email address with re-verification (issue #15): the request proves the
// password and stores a pending change; the link goes to the NEW address and a notice to the
// old one; the address changes only when the link is followed (once, before it expires). An
// address in use gets the same answer, no link, and its owner a warning instead.
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, emailTokens, users } from "../../db/schema";
import { authenticate } from "../../server/accounts/authenticate";
import { confirmEmailChange } from "../../server/accounts/confirm-email-change";
import { requestEmailChange } from "../../server/accounts/request-email-change";
import { requestPasswordReset } from "../../server/accounts/request-password-reset";
import { resetPassword } from "../../server/accounts/reset-password";
import { verifyEmail } from "../../server/accounts/verify-email";
import { loadViewer } from "../../server/auth/load-viewer";
import { createUser, DEFAULT_TEST_PASSWORD, uniqueSuffix, type User } from "../factories";
import { latestTokenSentTo, openTestDb, outboxTo, tokenInEmail, userRow } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs, TEST_META } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

const freshAddress = () => `moved-${uniqueSuffix()}@example.test`;

async function request(user: User, newEmail: string, currentPassword = DEFAULT_TEST_PASSWORD) {
  return requestEmailChange(await actingAs(db, user), { newEmail, currentPassword });
}
const confirm = async (token: string) => confirmEmailChange(await actingAs(db, null), { token });
const liveChangeTokens = (userId: string) => db.select().from(emailTokens).where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, "change_email"), isNull(emailTokens.usedAt)));
const auditOf = (userId: string, action: "user.request_email_change" | "user.change_email") => db.select().from(auditLog).where(and(eq(auditLog.objectId, userId), eq(auditLog.action, action)));

describe("asking for a new email address", () => {
  it("changes nothing yet: it emails a link to the new address, a notice to the old one, and records the request", async () => {
    const user = await createUser(db);
    const newEmail = freshAddress();

    expect(await request(user, newEmail)).toEqual({ sent: newEmail });

    const row = await userRow(db, user.id);
    expect([row.email, row.sessionVersion]).toEqual([user.email, user.sessionVersion]);
    expect(await authenticate(db, { email: user.email, password: DEFAULT_TEST_PASSWORD }, TEST_META)).toMatchObject({ ok: true });
    const [link] = await outboxTo(db, newEmail);
    expect(link?.template).toBe("confirmEmailChange");
    expect(link?.textBody).toMatch(/https?:\/\/\S+\/en\/confirm-email\?token=[A-Za-z0-9_-]{20,}/);
    const notices = await outboxTo(db, user.email);
    expect(notices.map((e) => e.template)).toEqual(["emailChangeRequested"]);
    expect(notices[0]!.textBody).toContain(newEmail);
    expect(notices[0]!.textBody).not.toMatch(/token=/);
    expect(await liveChangeTokens(user.id)).toEqual([expect.objectContaining({ newEmail })]);
    const [entry, ...more] = await auditOf(user.id, "user.request_email_change");
    expect([entry?.actorUserId, (entry?.context as { newEmail?: string } | undefined)?.newEmail, more]).toEqual([user.id, newEmail, []]);
  });

  it("refuses a wrong current password with a message on that field, and sends nothing", async () => {
    const user = await createUser(db);
    const newEmail = freshAddress();
    const error = await domainErrorOf(request(user, newEmail, "Not-my-password-2026"));
    expect([error.code, error.fields]).toEqual(["WRONG_PASSWORD", { currentPassword: ["validation.wrongCurrentPassword"] }]);
    expect([...(await outboxTo(db, newEmail)), ...(await outboxTo(db, user.email))]).toEqual([]);
    expect(await liveChangeTokens(user.id)).toEqual([]);
  });

  it("refuses the account's own address with a message on the address field", async () => {
    const user = await createUser(db);
    const error = await domainErrorOf(request(user, user.email));
    expect(error.fields).toEqual({ newEmail: ["validation.emailUnchanged"] });
  });

  it("answers an address another account uses exactly the same, sends it no link, warns its owner, and tells the old address the same", async () => {
    const [user, other, owner] = [await createUser(db), await createUser(db), await createUser(db, { locale: "es" })];
    const free = freshAddress();

    const answers = [await request(other, free), await request(user, owner.email)];

    expect(answers).toEqual([{ sent: free }, { sent: owner.email }]);
    expect(await liveChangeTokens(user.id)).toEqual([]);
    const toOwner = await outboxTo(db, owner.email);
    expect(toOwner.map((e) => [e.template, e.locale])).toEqual([["emailChangeAddressTaken", "es"]]);
    expect(toOwner[0]!.textBody).not.toMatch(/confirm-email|token=/);
    // The requester's own mailbox reads the same whether the address was free or taken.
    const [takenNotice, freeNotice] = [(await outboxTo(db, user.email))[0]!, (await outboxTo(db, other.email))[0]!];
    expect([takenNotice.template, takenNotice.path, takenNotice.query]).toEqual([freeNotice.template, freeNotice.path, freeNotice.query]);
    expect(takenNotice.textBody.replace(owner.email, "X")).toBe(freeNotice.textBody.replace(free, "X"));
    expect(await auditOf(user.id, "user.request_email_change")).toHaveLength(1);
  });

  it("a newer request makes the earlier link stop working", async () => {
    const user = await createUser(db);
    const [first, second] = [freshAddress(), freshAddress()];
    await request(user, first);
    const firstToken = await latestTokenSentTo(db, first);
    await request(user, second);
    expect((await domainErrorOf(confirm(firstToken))).code).toBe("INVALID_TOKEN");
    expect(await confirm(await latestTokenSentTo(db, second))).toEqual({ email: second });
  });
});

describe("following the link", () => {
  it("moves the account to the new address, ends every session, tells the old address and records the change", async () => {
    const user = await createUser(db);
    const newEmail = freshAddress();
    await request(user, newEmail);

    expect(await confirm(await latestTokenSentTo(db, newEmail))).toEqual({ email: newEmail });

    const row = await userRow(db, user.id);
    expect([row.email, row.sessionVersion, row.emailVerifiedAt !== null]).toEqual([newEmail, user.sessionVersion + 1, true]);
    expect(await loadViewer(db, user.id, user.sessionVersion)).toBeNull();
    expect(await authenticate(db, { email: newEmail, password: DEFAULT_TEST_PASSWORD }, TEST_META)).toMatchObject({ ok: true, userId: user.id });
    expect(await authenticate(db, { email: user.email, password: DEFAULT_TEST_PASSWORD }, TEST_META)).toMatchObject({ ok: false });
    const toOld = await outboxTo(db, user.email);
    expect(toOld.map((e) => e.template)).toEqual(["emailChangeRequested", "emailChanged"]);
    expect(await auditOf(user.id, "user.change_email")).toEqual([
      expect.objectContaining({ actorUserId: user.id, changes: { email: { before: user.email, after: newEmail }, sessionVersion: { before: user.sessionVersion, after: user.sessionVersion + 1 } } }),
    ]);
  });

  it("works once: a used link is refused", async () => {
    const user = await createUser(db);
    const newEmail = freshAddress();
    await request(user, newEmail);
    const token = await latestTokenSentTo(db, newEmail);
    await confirm(token);
    expect((await domainErrorOf(confirm(token))).code).toBe("INVALID_TOKEN");
    expect(await auditOf(user.id, "user.change_email")).toHaveLength(1);
  });

  it("refuses an expired link and changes nothing", async () => {
    const user = await createUser(db);
    const newEmail = freshAddress();
    await request(user, newEmail);
    await db.update(emailTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(emailTokens.userId, user.id));
    expect((await domainErrorOf(confirm(await latestTokenSentTo(db, newEmail)))).code).toBe("INVALID_TOKEN");
    expect((await userRow(db, user.id)).email).toBe(user.email);
  });

  it("takes no other kind of link, and its own link is no other kind", async () => {
    const user = await createUser(db);
    await requestPasswordReset(await actingAs(db, null), { email: user.email, locale: "en" });
    const resetToken = await latestTokenSentTo(db, user.email);
    expect((await domainErrorOf(confirm(resetToken))).code).toBe("INVALID_TOKEN");
    expect((await domainErrorOf(confirm("an-unknown-token-that-is-long-enough"))).code).toBe("INVALID_TOKEN");

    const newEmail = freshAddress();
    await request(user, newEmail);
    const changeToken = await latestTokenSentTo(db, newEmail);
    expect((await domainErrorOf(verifyEmail(await actingAs(db, null), { token: changeToken }))).code).toBe("INVALID_TOKEN");
    expect((await domainErrorOf(resetPassword(await actingAs(db, null), { token: changeToken, password: "Some-new-password-2026" }))).code).toBe("INVALID_TOKEN");
    expect((await userRow(db, user.id)).email).toBe(user.email);
  });

  it("is refused when another account took the address in the meantime, and nothing changes", async () => {
    const user = await createUser(db);
    const newEmail = freshAddress();
    await request(user, newEmail);
    const token = await latestTokenSentTo(db, newEmail);
    await createUser(db, { email: newEmail });
    expect((await domainErrorOf(confirm(token))).code).toBe("INVALID_TOKEN");
    expect((await userRow(db, user.id)).email).toBe(user.email);
    expect(await db.select({ id: emailOutbox.id }).from(emailOutbox).where(and(eq(emailOutbox.toAddress, user.email), eq(emailOutbox.template, "emailChanged")))).toEqual([]);
  });

  it("ends a reset link sent to the old address", async () => {
    const user = await createUser(db);
    await requestPasswordReset(await actingAs(db, null), { email: user.email, locale: "en" });
    const resetToken = tokenInEmail((await outboxTo(db, user.email)).at(-1)!.textBody);
    const newEmail = freshAddress();
    await request(user, newEmail);
    await confirm(await latestTokenSentTo(db, newEmail));
    expect((await domainErrorOf(resetPassword(await actingAs(db, null), { token: resetToken, password: "Some-new-password-2026" }))).code).toBe("INVALID_TOKEN");
    expect(await db.select({ id: users.id }).from(users).where(eq(users.email, user.email))).toEqual([]);
  });
});
