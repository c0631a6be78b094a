// Discussions (issue #16): every audience × persona, anonymity of reviewers across every output a
// proposer can read, the 15-minute edit window, moderation, following, clause threads closing on
// send, and public questions.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, emailOutbox, messageRevisions, messages, notifications, threadFollowers } from "../../db/schema";
import { changePlatformRole } from "../../server/users/change-platform-role";
import { editMessage } from "../../server/discussions/edit-message";
import { followThread } from "../../server/discussions/follow-thread";
import { getThread } from "../../server/discussions/get-thread";
import { hideMessage } from "../../server/discussions/hide-message";
import { listThreads } from "../../server/discussions/list-threads";
import { mentionHandle } from "../../server/discussions/mentions";
import { findMessage } from "../../server/discussions/place";
import { postMessage } from "../../server/discussions/post-message";
import { startThread } from "../../server/discussions/start-thread";
import { sendAgreement } from "../../server/agreements/send-agreement";
import { addMembership, addPanel, createInstitution, createProgramme, createReviewer, createUser, grantPlatformRole, type Programme, type User } from "../factories";
import { agreementWorld, insertAgreement } from "../factories/agreements";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs, callerAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const PEOPLE = ["anonymous", "leadOwner", "leadMember", "coLeadMember", "suspendedCoLeadMember", "pendingCoLeadMember", "otherMember", "reviewer", "chair", "revokedReviewer", "admin"] as const;
type Person = (typeof PEOPLE)[number];
let who: Record<Exclude<Person, "anonymous">, User>;
let proposal: Programme;
const threadOf = {} as Record<"parties" | "parties_and_reviewers" | "panel", string>;

beforeAll(async () => {
  const users = await Promise.all(Array.from({ length: 10 }, () => createUser(db)));
  const [leadOwner, leadMember, coLeadMember, suspendedCoLeadMember, pendingCoLeadMember, otherMember, , , revokedReviewer, admin] = users;
  const [reviewer, chair] = await Promise.all([createReviewer(db), createReviewer(db)]);
  await Promise.all([grantPlatformRole(db, admin!.id, "admin"), grantPlatformRole(db, revokedReviewer!.id, "reviewer")]);
  const [lead, coLead, suspended, pending, other] = await Promise.all([
    createInstitution(db, { createdByUserId: leadOwner!.id }),
    createInstitution(db, { createdByUserId: coLeadMember!.id, countryCode: "GH" }),
    createInstitution(db, { createdByUserId: suspendedCoLeadMember!.id, status: "suspended", statusReason: "Discussions: suspended" }),
    createInstitution(db, { createdByUserId: pendingCoLeadMember!.id, status: "pending" }),
    createInstitution(db, { createdByUserId: otherMember!.id }),
  ]);
  await Promise.all([
    addMembership(db, { institutionId: lead.id, userId: leadOwner!.id, role: "owner" }),
    addMembership(db, { institutionId: lead.id, userId: leadMember!.id }),
    addMembership(db, { institutionId: coLead.id, userId: coLeadMember!.id }),
    addMembership(db, { institutionId: suspended.id, userId: suspendedCoLeadMember!.id }),
    addMembership(db, { institutionId: pending.id, userId: pendingCoLeadMember!.id }),
    addMembership(db, { institutionId: other.id, userId: otherMember!.id }),
  ]);
  proposal = await createProgramme(db, {
    leadInstitutionId: lead.id,
    createdByUserId: leadOwner!.id,
    coLeadInstitutionIds: [coLead.id, suspended.id, pending.id],
    status: "under_review",
  });
  await addPanel(db, proposal.id, { reviewers: [reviewer, revokedReviewer!], chair, assignedBy: admin! });
  await changePlatformRole(await actingAs(db, admin!), { userId: revokedReviewer!.id, role: "reviewer", grant: false });
  who = { leadOwner: leadOwner!, leadMember: leadMember!, coLeadMember: coLeadMember!, suspendedCoLeadMember: suspendedCoLeadMember!, pendingCoLeadMember: pendingCoLeadMember!, otherMember: otherMember!, reviewer, chair, revokedReviewer: revokedReviewer!, admin: admin! };
  const start = async (audience: keyof typeof threadOf, by: User) =>
    (await startThread(await actingAs(db, by), { audience, programmeId: proposal.id, subject: `A ${audience} thread`, body: "First message.", mentions: [] })).threadId;
  threadOf.parties = await start("parties", leadOwner!);
  threadOf.parties_and_reviewers = await start("parties_and_reviewers", leadOwner!);
  threadOf.panel = await start("panel", chair);
});

const as = async (person: Person) => actingAs(db, person === "anonymous" ? null : who[person]);
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { code?: string }) => error.code ?? "THREW",
  );

const READERS: Record<keyof typeof threadOf, Person[]> = {
  parties: ["leadOwner", "leadMember", "coLeadMember", "suspendedCoLeadMember", "pendingCoLeadMember", "admin"],
  parties_and_reviewers: ["leadOwner", "leadMember", "coLeadMember", "suspendedCoLeadMember", "pendingCoLeadMember", "reviewer", "chair", "admin"],
  panel: ["reviewer", "chair", "admin"],
};
const WRITERS: Record<keyof typeof threadOf, Person[]> = {
  parties: ["leadOwner", "leadMember", "coLeadMember"],
  parties_and_reviewers: ["leadOwner", "leadMember", "coLeadMember", "reviewer", "chair"],
  panel: ["reviewer", "chair"],
};
/** What a reader who may not write is told: an inactive institution's people, INSTITUTION_NOT_ACTIVE; anyone else, FORBIDDEN. */
const refusal = (person: Person) => (person === "suspendedCoLeadMember" || person === "pendingCoLeadMember" ? "INSTITUTION_NOT_ACTIVE" : "FORBIDDEN");

describe("who reads and writes each audience of a proposal", () => {
  const cases = (["parties", "parties_and_reviewers", "panel"] as const).flatMap((audience) => PEOPLE.map((person) => [audience, person] as const));
  it.each(cases)("%s thread, %s", async (audience, person) => {
    const readable = READERS[audience].includes(person);
    const expectedRead = person === "anonymous" ? "UNAUTHENTICATED" : readable ? "ok" : "NOT_FOUND";
    const expectedWrite = expectedRead !== "ok" ? expectedRead : WRITERS[audience].includes(person) ? "ok" : refusal(person);
    const ctx = await as(person);
    expect(await outcome(getThread(ctx, { threadId: threadOf[audience], page: 1 }))).toBe(expectedRead);
    expect(await outcome(listThreads(ctx, { on: "programme", programmeId: proposal.id, audience, page: 1 }))).toBe(expectedRead);
    expect(await outcome(postMessage(ctx, { threadId: threadOf[audience], body: `Written by ${person}.`, mentions: [] }))).toBe(expectedWrite);
    expect(await outcome(startThread(ctx, { audience, programmeId: proposal.id, subject: `New ${audience} thread`, body: "Hello.", mentions: [] }))).toBe(expectedWrite);
  });
});

describe("reviewers stay anonymous to the proposers", () => {
  it("a reviewer's question and mention reach the lead without the reviewer's name, email or id — in the thread, notifications, emails, the programme and its timeline", async () => {
    const reviewerCtx = await as("reviewer");
    const asked = await postMessage(reviewerCtx, { threadId: threadOf.parties_and_reviewers, body: "How will you store the survey data?", mentions: [mentionHandle(proposal.id, who.leadOwner.id)] });
    const secrets = [who.reviewer.id, who.reviewer.name, who.reviewer.email, who.chair.id, who.chair.name, who.chair.email];

    for (const proposer of ["leadOwner", "leadMember", "coLeadMember", "suspendedCoLeadMember"] as const) {
      const api = await callerAs(db, who[proposer]);
      const outputs = [
        await api.discussions.thread({ threadId: threadOf.parties_and_reviewers, page: 1 }),
        await api.discussions.list({ on: "programme", programmeId: proposal.id, audience: "parties_and_reviewers", page: 1 }),
        await api.programmes.byId({ programmeId: proposal.id }),
        await api.notifications.list(),
      ];
      const text = JSON.stringify(outputs);
      for (const secret of secrets) expect(text, `${proposer} learns ${secret}`).not.toContain(secret);
      const thread = outputs[0] as Awaited<ReturnType<typeof api.discussions.thread>>;
      const question = thread.messages.find((m) => m.id === asked.messageId)!;
      expect(question.author).toMatchObject({ kind: "reviewer", name: null });
      expect(thread.mentionable.map((p) => p.person)).not.toContainEqual(expect.objectContaining({ name: who.reviewer.name }));
    }
    const told = await db.select().from(notifications).where(eq(notifications.userId, who.leadOwner.id));
    const emails = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, who.leadOwner.email));
    expect(told.map((n) => n.kind)).toContain("discussionMention");
    expect(emails.map((e) => e.template)).toContain("discussionMention");
    for (const secret of secrets) expect(JSON.stringify([told, emails])).not.toContain(secret);

    // The panel and the admins see who asked, under the same number.
    const number = (await getThread(await as("leadOwner"), { threadId: threadOf.parties_and_reviewers, page: 1 })).messages.find((m) => m.id === asked.messageId)!.author;
    for (const insider of ["chair", "admin"] as const) {
      const seen = await getThread(await as(insider), { threadId: threadOf.parties_and_reviewers, page: 1 });
      expect(seen.messages.find((m) => m.id === asked.messageId)!.author).toEqual({ ...number, name: who.reviewer.name });
    }
  });

  it("reviewer numbers are stable per programme: each panel member keeps one number, whoever reads and whenever", async () => {
    const byChair = await postMessage(await as("chair"), { threadId: threadOf.parties_and_reviewers, body: "As chair: thank you.", mentions: [] });
    const byReviewer = await postMessage(await as("reviewer"), { threadId: threadOf.parties_and_reviewers, body: "And a follow-up.", mentions: [] });
    const numbers = async (person: "leadMember" | "coLeadMember") => {
      const view = await getThread(await as(person), { threadId: threadOf.parties_and_reviewers, page: 1 });
      const numberOf = (id: string) => {
        const author = view.messages.find((m) => m.id === id)!.author;
        return author.kind === "reviewer" ? author.number : 0;
      };
      return [numberOf(byChair.messageId), numberOf(byReviewer.messageId), ...view.messages.filter((m) => m.author.kind === "reviewer" && m.body?.startsWith("How will")).map((m) => numberOf(m.id))];
    };
    const seen = await numbers("leadMember");
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen[1]).toBe(seen[2]);
    expect(await numbers("coLeadMember")).toEqual(seen);
  });

  it("mentioning somebody who may not read the thread tells them nothing, and the answer does not say so", async () => {
    const before = await db.select().from(notifications).where(eq(notifications.userId, who.otherMember.id));
    const result = await postMessage(await as("leadOwner"), { threadId: threadOf.parties, body: "@someone please look.", mentions: [mentionHandle(proposal.id, who.otherMember.id), mentionHandle(proposal.id, who.reviewer.id)] });
    expect(Object.keys(result).sort()).toEqual(["messageId", "threadId"]);
    expect(await db.select().from(notifications).where(eq(notifications.userId, who.otherMember.id))).toEqual(before);
    const reviewerTold = await db.select().from(notifications).where(and(eq(notifications.userId, who.reviewer.id), eq(notifications.path, `/discussions/${threadOf.parties}`)));
    expect(reviewerTold).toEqual([]);
  });
});

describe("editing, moderation and following", () => {
  it("the author edits within 15 minutes, the earlier text is kept; later, or with a stale version, it is refused", async () => {
    const posted = await postMessage(await as("coLeadMember"), { threadId: threadOf.parties, body: "Draft wording.", mentions: [] });
    const stored = (await findMessage(db, posted.messageId))!.message;
    expect((await domainErrorOf(editMessage(await as("leadOwner"), { messageId: stored.id, version: stored.version, body: "Not mine." }))).code).toBe("FORBIDDEN");
    const edited = await editMessage(await as("coLeadMember"), { messageId: stored.id, version: stored.version, body: "Final wording." });
    expect(edited.version).toBe(stored.version + 1);
    expect(await db.select({ body: messageRevisions.body }).from(messageRevisions).where(eq(messageRevisions.messageId, stored.id))).toEqual([{ body: "Draft wording." }]);
    expect((await domainErrorOf(editMessage(await as("coLeadMember"), { messageId: stored.id, version: stored.version, body: "Stale." }))).code).toBe("CONFLICT");
    await db.update(messages).set({ createdAt: new Date(Date.now() - 16 * 60 * 1000) }).where(eq(messages.id, stored.id));
    expect((await domainErrorOf(editMessage(await as("coLeadMember"), { messageId: stored.id, version: edited.version, body: "Too late." }))).code).toBe("INVALID_TRANSITION");
    const view = await getThread(await as("leadMember"), { threadId: threadOf.parties, page: 1 });
    expect(view.messages.find((m) => m.id === stored.id)).toMatchObject({ body: "Final wording.", edited: true, editableUntil: null });
  });

  it("the owner institution or an admin hides a message with a reason; readers see the reason, the audit event keeps the text", async () => {
    const posted = await postMessage(await as("reviewer"), { threadId: threadOf.parties_and_reviewers, body: "An unkind remark.", mentions: [] });
    const stored = (await findMessage(db, posted.messageId))!.message;
    expect((await domainErrorOf(hideMessage(await as("reviewer"), { messageId: stored.id, version: stored.version, reason: "Mine." }))).code).toBe("FORBIDDEN");
    expect((await domainErrorOf(hideMessage(await as("coLeadMember"), { messageId: stored.id, version: stored.version, reason: "Not the lead." }))).code).toBe("FORBIDDEN");
    await hideMessage(await as("leadMember"), { messageId: stored.id, version: stored.version, reason: "Not respectful." });
    const seen = (await getThread(await as("chair"), { threadId: threadOf.parties_and_reviewers, page: 1 })).messages.find((m) => m.id === stored.id)!;
    expect(seen).toMatchObject({ body: null, hiddenReason: "Not respectful." });
    const [event] = await db.select().from(auditLog).where(and(eq(auditLog.action, "discussion.hide"), eq(auditLog.objectId, stored.id)));
    expect(event!.context).toMatchObject({ reason: "Not respectful.", hiddenText: "An unkind remark." });
    // A panel thread is moderated by its chair or an admin, never by the proposers (who cannot see it).
    const panelPost = await postMessage(await as("reviewer"), { threadId: threadOf.panel, body: "Off topic.", mentions: [] });
    const panelMessage = (await findMessage(db, panelPost.messageId))!.message;
    expect((await domainErrorOf(hideMessage(await as("leadOwner"), { messageId: panelMessage.id, version: panelMessage.version, reason: "x" }))).code).toBe("NOT_FOUND");
    await hideMessage(await as("chair"), { messageId: panelMessage.id, version: panelMessage.version, reason: "Keep to the proposal." });
  });

  it("participants follow automatically and are told of new messages; after unfollowing they are not", async () => {
    const path = `/discussions/${threadOf.parties}`;
    const told = async () => (await db.select().from(notifications).where(and(eq(notifications.userId, who.coLeadMember.id), eq(notifications.path, path)))).length;
    expect(await db.select().from(threadFollowers).where(and(eq(threadFollowers.threadId, threadOf.parties), eq(threadFollowers.userId, who.coLeadMember.id)))).toHaveLength(1);
    const before = await told();
    await postMessage(await as("leadOwner"), { threadId: threadOf.parties, body: "News.", mentions: [] });
    expect(await told()).toBe(before + 1);
    await followThread(await as("coLeadMember"), { threadId: threadOf.parties, follow: false });
    await postMessage(await as("leadOwner"), { threadId: threadOf.parties, body: "More news.", mentions: [] });
    expect(await told()).toBe(before + 1);
  });

  it("a revoked reviewer who followed the panel thread is no longer told anything", async () => {
    await db.insert(threadFollowers).values({ threadId: threadOf.panel, userId: who.revokedReviewer.id });
    await postMessage(await as("chair"), { threadId: threadOf.panel, body: "Shall we decide?", mentions: [mentionHandle(proposal.id, who.revokedReviewer.id)] });
    expect(await db.select().from(notifications).where(eq(notifications.userId, who.revokedReviewer.id))).toEqual([]);
  });
});

describe("clause threads", () => {
  it("the parties discuss a clause beside the agreement; strangers cannot; sending it for signature closes the thread", async () => {
    const w = await agreementWorld(db);
    const agreement = await insertAgreement(w);
    const ctxOf = (u: User | null) => actingAs(db, u);
    const started = await startThread(await ctxOf(w.leadMember), { audience: "clause", agreementId: agreement.id, clause: "retentionPeriod", subject: "Retention", body: "Is five years enough?", mentions: [mentionHandle(agreement.programmeId, w.partnerMember.id)] });
    await postMessage(await ctxOf(w.partnerMember), { threadId: started.threadId, body: "Three years would do.", mentions: [] });
    expect((await domainErrorOf(postMessage(await ctxOf(w.strangerMember), { threadId: started.threadId, body: "Hi", mentions: [] }))).code).toBe("NOT_FOUND");
    expect((await domainErrorOf(postMessage(await ctxOf(w.admin), { threadId: started.threadId, body: "Hi", mentions: [] }))).code).toBe("FORBIDDEN");
    expect((await db.select().from(notifications).where(and(eq(notifications.userId, w.partnerMember.id), eq(notifications.kind, "discussionMention")))).length).toBe(1);

    await sendAgreement(await ctxOf(w.leadOwner), { agreementId: agreement.id, version: agreement.version });
    expect((await domainErrorOf(postMessage(await ctxOf(w.partnerMember), { threadId: started.threadId, body: "One more thing.", mentions: [] }))).code).toBe("INVALID_TRANSITION");
    const listed = await listThreads(await ctxOf(w.partnerMember), { on: "agreement", agreementId: agreement.id, page: 1 });
    expect(listed).toMatchObject({ closed: true, canStart: false, threads: [{ id: started.threadId, clause: "retentionPeriod", messageCount: 2 }] });
    expect((await getThread(await ctxOf(w.leadMember), { threadId: started.threadId, page: 1 })).canWrite).toBe(false);
  });
});

describe("public questions", () => {
  it("a member of a verified institution asks, the lead answers, anybody reads; others may not answer", async () => {
    const w = await agreementWorld(db);
    const [loner, suspendedOwner] = await Promise.all([createUser(db), createUser(db)]);
    const suspendedInstitution = await createInstitution(db, { createdByUserId: suspendedOwner.id, status: "suspended", statusReason: "Q&A" });
    await addMembership(db, { institutionId: suspendedInstitution.id, userId: suspendedOwner.id, role: "owner" });
    const ask = async (u: User | null) => startThread(await actingAs(db, u), { audience: "public", programmeId: w.programme.id, subject: "Eligibility", body: "Can NGOs apply?", mentions: [] });
    expect((await domainErrorOf(ask(null))).code).toBe("UNAUTHENTICATED");
    expect((await domainErrorOf(ask(loner))).code).toBe("FORBIDDEN");
    expect((await domainErrorOf(ask(suspendedOwner))).code).toBe("INSTITUTION_NOT_ACTIVE");
    const asked = await ask(w.strangerMember);
    await postMessage(await actingAs(db, w.leadMember), { threadId: asked.threadId, body: "Yes, NGOs may apply.", parentId: asked.messageId, mentions: [] });
    expect((await domainErrorOf(postMessage(await actingAs(db, w.partnerMember), { threadId: asked.threadId, body: "Me too", mentions: [] }))).code).toBe("FORBIDDEN");
    const visitor = await callerAs(db, null);
    const page = await visitor.discussions.publicQuestions({ programmeId: w.programme.id, page: 1 });
    expect(page.questions).toHaveLength(1);
    expect(page.questions[0]!.messages.map((m) => [m.body, m.author.kind, m.parentId])).toEqual([
      ["Can NGOs apply?", "institution", null],
      ["Yes, NGOs may apply.", "institution", asked.messageId],
    ]);
    expect(JSON.stringify(page)).not.toContain(w.strangerMember.id);
  });

  it("a proposal's threads are not public: a draft programme has no public questions", async () => {
    expect((await domainErrorOf(listThreads(await as("otherMember"), { on: "programme", programmeId: proposal.id, audience: "public", page: 1 }))).code).toBe("NOT_FOUND");
  });
});
