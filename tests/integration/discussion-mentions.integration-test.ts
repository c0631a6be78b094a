// @mentions (issue #16): a writer is offered the thread's readers by opaque handle, shown as the
// thread shows them; a mention of a reader notifies them, anything else notifies nobody and leaks
// nothing; a proposer never learns a reviewer's identity through the mention data.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages, notifications } from "../../db/schema";
import { getThread } from "../../server/discussions/get-thread";
import { listThreads } from "../../server/discussions/list-threads";
import { mentionHandle } from "../../server/discussions/mentions";
import { postMessage } from "../../server/discussions/post-message";
import { startThread } from "../../server/discussions/start-thread";
import { addMembership, addPanel, createInstitution, createProgramme, createReviewer, createUser, grantPlatformRole, type Programme, type User } from "../factories";
import { openTestDb } from "./support/db";
import { actingAs, callerAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;
afterAll(() => handle.close());

let lead: User, coLead: User, other: User, reviewer: User, chair: User, admin: User;
let proposal: Programme;
let withReviewers: string, partiesOnly: string;

beforeAll(async () => {
  [lead, coLead, other, admin] = await Promise.all([createUser(db), createUser(db), createUser(db), createUser(db)]);
  [reviewer, chair] = await Promise.all([createReviewer(db), createReviewer(db)]);
  await grantPlatformRole(db, admin.id, "admin");
  const [leadInst, coLeadInst, otherInst] = await Promise.all([
    createInstitution(db, { createdByUserId: lead.id }),
    createInstitution(db, { createdByUserId: coLead.id, countryCode: "GH" }),
    createInstitution(db, { createdByUserId: other.id }),
  ]);
  await Promise.all([
    addMembership(db, { institutionId: leadInst.id, userId: lead.id, role: "owner" }),
    addMembership(db, { institutionId: coLeadInst.id, userId: coLead.id }),
    addMembership(db, { institutionId: otherInst.id, userId: other.id }),
  ]);
  proposal = await createProgramme(db, { leadInstitutionId: leadInst.id, createdByUserId: lead.id, coLeadInstitutionIds: [coLeadInst.id], status: "under_review" });
  await addPanel(db, proposal.id, { reviewers: [reviewer], chair, assignedBy: admin });
  const start = async (audience: "parties" | "parties_and_reviewers") =>
    (await startThread(await actingAs(db, lead), { audience, programmeId: proposal.id, subject: `Mentions ${audience}`, body: "Opening.", mentions: [] })).threadId;
  withReviewers = await start("parties_and_reviewers");
  partiesOnly = await start("parties");
});

const mentionsOf = async (user: User, threadId: string) =>
  db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), eq(notifications.kind, "discussionMention"), eq(notifications.path, `/discussions/${threadId}`)));

describe("who a writer may mention, and how they are shown", () => {
  it("a proposer is offered the co-lead by name and the reviewers as 'Reviewer n', by handles that are not user ids", async () => {
    const api = await callerAs(db, lead);
    const view = await api.discussions.thread({ threadId: withReviewers, page: 1 });
    const people = view.mentionable.map((m) => m.person);
    expect(people).toContainEqual({ kind: "person", name: coLead.name });
    expect(people).toContainEqual({ kind: "reviewer", number: 1, name: null });
    expect(people).toContainEqual({ kind: "reviewer", number: 2, name: null });
    expect(people).not.toContainEqual(expect.objectContaining({ name: lead.name }));
    for (const m of view.mentionable) if (m.person.kind === "reviewer") expect(m.text).toEqual({ kind: "reviewer", number: m.person.number });
    const text = JSON.stringify(view);
    for (const secret of [reviewer.id, reviewer.name, reviewer.email, chair.id, chair.name, chair.email, coLead.id, coLead.email]) expect(text).not.toContain(secret);
    expect(view.mentionable.every((m) => /^[A-Za-z0-9_-]{22}$/.test(m.handle))).toBe(true);
  });

  it("the panel sees reviewers' names in the list, but choosing one inserts 'Reviewer n' where the parties read", async () => {
    const view = await getThread(await actingAs(db, chair), { threadId: withReviewers, page: 1 });
    const offered = view.mentionable.find((m) => m.person.kind === "reviewer" && m.person.name === reviewer.name);
    expect(offered?.text).toMatchObject({ kind: "reviewer" });
    expect(view.mentionable.map((m) => m.person)).toContainEqual({ kind: "person", name: lead.name });
  });

  it("a parties-only thread offers no reviewer, and the start form of a new thread offers the same people", async () => {
    const view = await getThread(await actingAs(db, lead), { threadId: partiesOnly, page: 1 });
    expect(view.mentionable.map((m) => m.person.kind)).toEqual(["person"]);
    const list = await listThreads(await actingAs(db, coLead), { on: "programme", programmeId: proposal.id, audience: "parties_and_reviewers", page: 1 });
    expect(list.mentionable.map((m) => m.person)).toEqual(expect.arrayContaining([{ kind: "person", name: lead.name }, { kind: "reviewer", number: 1, name: null }]));
  });
});

describe("what a mention does", () => {
  it("a mention of a reader, chosen by its handle, notifies them, and the message carries it for highlighting", async () => {
    // Seats given together are numbered in a stable but arbitrary order: the chair, who reads
    // names, tells which number is the reviewer's; the lead chooses by that number only.
    const panelView = await getThread(await actingAs(db, chair), { threadId: withReviewers, page: 1 });
    const named = panelView.mentionable.find((m) => m.person.kind === "reviewer" && m.person.name === reviewer.name)!.person;
    const number = named.kind === "reviewer" ? named.number : 0;
    const view = await getThread(await actingAs(db, lead), { threadId: withReviewers, page: 1 });
    const chosen = view.mentionable.find((m) => m.person.kind === "reviewer" && m.person.number === number)!;
    const before = await mentionsOf(reviewer, withReviewers);
    const posted = await postMessage(await actingAs(db, lead), { threadId: withReviewers, body: `@Reviewer ${number} is the budget clear?`, mentions: [chosen.handle] });
    expect(await mentionsOf(reviewer, withReviewers)).toHaveLength(before.length + 1);
    const seen = (await getThread(await actingAs(db, coLead), { threadId: withReviewers, page: 1 })).messages.find((m) => m.id === posted.messageId)!;
    expect(seen.mentions).toEqual([{ kind: "reviewer", number, name: null }]);
    const byAdmin = (await getThread(await actingAs(db, admin), { threadId: withReviewers, page: 1 })).messages.find((m) => m.id === posted.messageId)!;
    expect(byAdmin.mentions).toEqual([{ kind: "reviewer", number, name: reviewer.name }]);
  });

  it("starting a thread with a mention notifies the person mentioned once, as a mention", async () => {
    const started = await startThread(await actingAs(db, coLead), { audience: "parties", programmeId: proposal.id, subject: "Budget split", body: "@lead see the numbers", mentions: [mentionHandle(proposal.id, lead.id)] });
    expect(await mentionsOf(lead, started.threadId)).toHaveLength(1);
    const [stored] = await db.select({ ids: messages.mentionedUserIds }).from(messages).where(eq(messages.id, started.messageId));
    expect(stored!.ids).toEqual([lead.id]);
  });

  it("a mention of a non-reader, of a reviewer in a parties-only thread or a forged handle notifies nobody and is not recorded", async () => {
    const forged = "AAAAAAAAAAAAAAAAAAAAAA";
    const posted = await postMessage(await actingAs(db, lead), {
      threadId: partiesOnly,
      body: "@someone look",
      mentions: [mentionHandle(proposal.id, other.id), mentionHandle(proposal.id, reviewer.id), forged, mentionHandle("x".repeat(20), coLead.id)],
    });
    expect(Object.keys(posted).sort()).toEqual(["messageId", "threadId"]);
    for (const u of [other, reviewer, coLead]) expect(await mentionsOf(u, partiesOnly)).toEqual([]);
    const [stored] = await db.select({ ids: messages.mentionedUserIds }).from(messages).where(eq(messages.id, posted.messageId));
    expect(stored!.ids).toEqual([]);
    const seen = (await getThread(await actingAs(db, lead), { threadId: partiesOnly, page: 1 })).messages.find((m) => m.id === posted.messageId)!;
    expect(seen.mentions).toEqual([]);
  });

  it("a user id sent as a mention is refused by the procedure, and past it notifies nobody", async () => {
    await expect(postMessage(await actingAs(db, lead), { threadId: partiesOnly, body: "hi", mentions: [coLead.id] })).resolves.toBeDefined();
    expect(await mentionsOf(coLead, partiesOnly)).toEqual([]);
    const api = await callerAs(db, lead);
    await expect(api.discussions.post({ threadId: partiesOnly, body: "hi", mentions: [coLead.id] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
