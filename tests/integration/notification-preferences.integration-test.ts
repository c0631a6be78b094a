// Issues #15 and #16: each person chooses, per group of notifications, whether its emails come at
// once, in a daily digest or not at all. In-app notifications are always written; account emails
// never obey the choice. The digest job sends ONE email per person and day, even when runs race.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, notificationDigestItems, notificationDigests, notificationPreferences, notifications, users } from "../../db/schema";
import { requestPasswordReset } from "../../server/accounts/request-password-reset";
import { postMessage } from "../../server/discussions/post-message";
import { mentionHandle } from "../../server/discussions/mentions";
import { startThread } from "../../server/discussions/start-thread";
import { changeInstitutionStatus } from "../../server/institutions/change-institution-status";
import { DEFAULT_EMAIL_PREFERENCES, type EmailPreferences } from "../../server/notifications/email-preferences";
import { myNotificationPreferences } from "../../server/notifications/my-preferences";
import { DomainError } from "../../server/errors";
import { sendDailyDigests } from "../../server/notifications/send-digests";
import { updateNotificationPreferences } from "../../server/notifications/update-preferences";
import { addMembership, createInstitution, createProgramme, createUser, grantPlatformRole, type User } from "../factories";
import { openTestDb, outboxTo } from "./support/db";
import { domainErrorOf, outcomeOf } from "./support/errors";
import { actingAs, callerAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const TOMORROW = () => new Date(Date.now() + 86_400_000);

async function choose(user: User, choice: Partial<EmailPreferences>) {
  const ctx = await actingAs(db, user);
  const { version } = await myNotificationPreferences(ctx);
  return updateNotificationPreferences(ctx, { ...DEFAULT_EMAIL_PREFERENCES, ...choice, version });
}

/**
 * R owns a pending institution (verifying it tells its owners: institutionDecided) and a verified
 * one whose proposal has a parties thread R started (so R follows it); M, a member, writes in it.
 */
async function world() {
  const [admin, r, coOwner, m] = await Promise.all([createUser(db), createUser(db), createUser(db), createUser(db)]);
  await grantPlatformRole(db, admin.id, "admin");
  const [pending, lead] = await Promise.all([createInstitution(db, { status: "pending", createdByUserId: r.id }), createInstitution(db, { createdByUserId: r.id })]);
  await Promise.all([
    addMembership(db, { institutionId: pending.id, userId: r.id, role: "owner" }),
    addMembership(db, { institutionId: pending.id, userId: coOwner.id, role: "owner" }),
    addMembership(db, { institutionId: lead.id, userId: r.id, role: "owner" }),
    addMembership(db, { institutionId: lead.id, userId: m.id }),
  ]);
  const proposal = await createProgramme(db, { leadInstitutionId: lead.id, createdByUserId: r.id, status: "under_review" });
  const { threadId } = await startThread(await actingAs(db, r), { audience: "parties", programmeId: proposal.id, subject: `Budget ${proposal.id}`, body: "Is the budget clear?", mentions: [] });
  const verify = async () => changeInstitutionStatus(await actingAs(db, admin), { institutionId: pending.id, event: "verify", version: pending.version });
  const talk = async () => {
    const asM = await actingAs(db, m);
    await postMessage(asM, { threadId, body: "A plain answer.", mentions: [] });
    // A mention is the opaque handle the composer offers for R (server/discussions/mentions.ts).
    await postMessage(asM, { threadId, body: "@R please look.", mentions: [mentionHandle(proposal.id, r.id)] });
  };
  return { admin, r, coOwner, m, pending, subject: `Budget ${proposal.id}`, verify, talk };
}

const noticesOf = async (userId: string) => (await db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.userId, userId))).map((n) => n.kind).sort();
const pendingItemsOf = (userId: string) => db.select().from(notificationDigestItems).where(and(eq(notificationDigestItems.userId, userId)));

describe("email preferences applied where notices are written", () => {
  it("off: the in-app notifications are written, no email and no digest item — for a workflow notice and for discussion messages and mentions", async () => {
    const w = await world();
    await choose(w.r, { institutions: "off", conversations: "off" });
    await w.verify();
    await w.talk();
    expect(await noticesOf(w.r.id)).toEqual(["discussionMention", "discussionMessage", "institutionDecided"]);
    expect(await outboxTo(db, w.r.email)).toHaveLength(0);
    expect(await pendingItemsOf(w.r.id)).toHaveLength(0);
    // The co-owner never chose: today's behaviour, an email at once.
    expect((await outboxTo(db, w.coOwner.email)).map((e) => e.template)).toEqual(["institutionDecided"]);
  });

  it("only the chosen group is affected: conversations off still emails an institution decision at once", async () => {
    const w = await world();
    await choose(w.r, { conversations: "off" });
    await w.verify();
    await w.talk();
    expect((await outboxTo(db, w.r.email)).map((e) => e.template)).toEqual(["institutionDecided"]);
  });

  it("account emails ignore the preferences: a password reset link is sent with every group off", async () => {
    const w = await world();
    await choose(w.r, { institutions: "off", proposals: "off", participation: "off", agreements: "off", reports: "off", conversations: "off" });
    await requestPasswordReset(await actingAs(db, null), { email: w.r.email, locale: "en" });
    expect((await outboxTo(db, w.r.email)).map((e) => e.template)).toEqual(["resetPassword"]);
  });
});

describe("the daily digest", () => {
  it("digest: no email at once; the next day's job sends ONE email in the person's language listing every item, and a second run sends nothing", async () => {
    const w = await world();
    await choose(w.r, { institutions: "digest", conversations: "digest" });
    await w.verify();
    await w.talk();
    expect(await noticesOf(w.r.id)).toEqual(["discussionMention", "discussionMessage", "institutionDecided"]);
    expect(await outboxTo(db, w.r.email)).toHaveLength(0);
    expect(await pendingItemsOf(w.r.id)).toHaveLength(3);
    // Today's items wait for tomorrow's digest.
    await sendDailyDigests(db, { limit: 200 });
    expect(await outboxTo(db, w.r.email)).toHaveLength(0);

    const now = TOMORROW();
    await sendDailyDigests(db, { limit: 200, now });
    const mail = await outboxTo(db, w.r.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.template).toBe("notificationDigest");
    expect(mail[0]!.subject).toContain("(3)");
    expect(mail[0]!.textBody).toContain(w.pending.name);
    expect(mail[0]!.textBody).toContain(`New message: ${w.subject}`);
    expect(mail[0]!.textBody).toContain(`You were mentioned: ${w.subject}`);
    expect((await pendingItemsOf(w.r.id)).every((item) => item.digestId !== null)).toBe(true);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.objectId, w.r.id), eq(auditLog.action, "notification.digest")));
    expect(audits).toHaveLength(1);

    await sendDailyDigests(db, { limit: 200, now });
    expect(await outboxTo(db, w.r.email)).toHaveLength(1);
  });

  it("is written in the recipient's preferred language", async () => {
    const w = await world();
    await db.update(users).set({ locale: "fr" }).where(eq(users.id, w.r.id));
    await choose(w.r, { conversations: "digest" });
    await w.talk();
    await sendDailyDigests(db, { limit: 200, now: TOMORROW() });
    const [mail] = await outboxTo(db, w.r.email);
    expect(mail!.locale).toBe("fr");
    expect(mail!.subject).toContain("résumé quotidien");
    expect(mail!.textBody).toMatch(new RegExp(`• Nouveau message\\s: ${w.subject}\n  http://[^\n]+/fr/discussions/`));
  });

  it("three runs at once send one digest", async () => {
    const w = await world();
    await choose(w.r, { conversations: "digest" });
    await w.talk();
    const now = TOMORROW();
    const runs = await Promise.all([sendDailyDigests(db, { limit: 200, now }), sendDailyDigests(db, { limit: 200, now }), sendDailyDigests(db, { limit: 200, now })]);
    expect(runs.some((run) => run.sent > 0)).toBe(true);
    expect(await outboxTo(db, w.r.email)).toHaveLength(1);
    expect(await db.select().from(notificationDigests).where(eq(notificationDigests.userId, w.r.id))).toHaveLength(1);
  });
});

describe("saving one's preferences", () => {
  it("saves one's own with one audit event, versioned: a stale form is a CONFLICT, nothing changed writes nothing", async () => {
    const user = await createUser(db);
    const ctx = await actingAs(db, user);
    expect(await myNotificationPreferences(ctx)).toEqual({ preferences: DEFAULT_EMAIL_PREFERENCES, version: 0 });
    expect(await updateNotificationPreferences(ctx, { ...DEFAULT_EMAIL_PREFERENCES, reports: "off", version: 0 })).toEqual({ written: true, version: 1 });
    expect(await updateNotificationPreferences(ctx, { ...DEFAULT_EMAIL_PREFERENCES, reports: "off", version: 1 })).toEqual({ written: false, version: 1 });
    expect((await domainErrorOf(updateNotificationPreferences(ctx, { ...DEFAULT_EMAIL_PREFERENCES, version: 0 }))).code).toBe("CONFLICT");
    expect(await updateNotificationPreferences(ctx, { ...DEFAULT_EMAIL_PREFERENCES, reports: "digest", agreements: "off", version: 1 })).toEqual({ written: true, version: 2 });
    expect((await myNotificationPreferences(ctx)).preferences).toEqual({ ...DEFAULT_EMAIL_PREFERENCES, reports: "digest", agreements: "off" });
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.objectId, user.id), eq(auditLog.action, "account.notificationPreferences")));
    expect(audits).toHaveLength(2);
    expect(audits.map((a) => a.changes)).toContainEqual({ reports: { before: "off", after: "digest" }, agreements: { before: "immediately", after: "off" } });
  });

  it("two first saves at once: one wins, the other is a CONFLICT", async () => {
    const user = await createUser(db);
    const ctx = await actingAs(db, user);
    const results = await Promise.allSettled([
      updateNotificationPreferences(ctx, { ...DEFAULT_EMAIL_PREFERENCES, reports: "off", version: 0 }),
      updateNotificationPreferences(ctx, { ...DEFAULT_EMAIL_PREFERENCES, reports: "digest", version: 0 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(refused.map((error) => (error instanceof DomainError ? error.code : error))).toEqual(["CONFLICT"]);
  });

  it("only one's own: a visitor is refused, and a user id in the input is ignored (the caller's own row is saved)", async () => {
    const [me, other] = await Promise.all([createUser(db), createUser(db)]);
    const visitor = await callerAs(db, null);
    expect(await outcomeOf(visitor.notifications.preferences())).toBe("UNAUTHORIZED");
    expect(await outcomeOf(visitor.notifications.updatePreferences({ ...DEFAULT_EMAIL_PREFERENCES, version: 0 }))).toBe("UNAUTHORIZED");
    const caller = await callerAs(db, me);
    await caller.notifications.updatePreferences({ ...DEFAULT_EMAIL_PREFERENCES, conversations: "off", version: 0, userId: other.id } as never);
    const rows = await db.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, [me.id, other.id]));
    expect(rows.map((row) => [row.userId, row.emailConversations])).toEqual([[me.id, "off"]]);
    expect((await (await callerAs(db, other)).notifications.preferences()).version).toBe(0);
  });

  it("refuses values outside the lists and versions out of range", async () => {
    const caller = await callerAs(db, await createUser(db));
    expect(await outcomeOf(caller.notifications.updatePreferences({ ...DEFAULT_EMAIL_PREFERENCES, reports: "weekly", version: 0 } as never))).toBe("BAD_REQUEST");
    expect(await outcomeOf(caller.notifications.updatePreferences({ ...DEFAULT_EMAIL_PREFERENCES, reports: "x".repeat(10_000), version: 0 } as never))).toBe("BAD_REQUEST");
    expect(await outcomeOf(caller.notifications.updatePreferences({ ...DEFAULT_EMAIL_PREFERENCES, version: -1 }))).toBe("BAD_REQUEST");
    expect(await outcomeOf(caller.notifications.updatePreferences({ ...DEFAULT_EMAIL_PREFERENCES, version: 2 ** 31 }))).toBe("BAD_REQUEST");
    const { reports: _omitted, ...missing } = DEFAULT_EMAIL_PREFERENCES;
    expect(await outcomeOf(caller.notifications.updatePreferences({ ...missing, version: 0 } as never))).toBe("BAD_REQUEST");
  });
});
