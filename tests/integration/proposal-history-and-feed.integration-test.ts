// The revision history (/proposals/[id]/history) and the discussion events of the activity feed
// (issue #16), for every persona: lead, co-lead, reviewer, chair, another institution, anonymous,
// admin — with scans that no output names a reviewer to the proposers, nor a co-author to the panel.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, programmes } from "../../db/schema";
import { getActivity } from "../../server/coauthoring/get-activity";
import { getHistory } from "../../server/coauthoring/get-history";
import { saveSection } from "../../server/coauthoring/save-section";
import { hideMessage } from "../../server/discussions/hide-message";
import { getThread } from "../../server/discussions/get-thread";
import { findMessage } from "../../server/discussions/place";
import { postMessage } from "../../server/discussions/post-message";
import { startThread } from "../../server/discussions/start-thread";
import { submitProgramme } from "../../server/programmes/submit-programme";
import { addMembership, addPanel, createAdmin, createInstitution, createProgramme, createReviewer, createUser, type Programme, type User } from "../factories";
import { openTestDb } from "./support/db";
import { acting, programmeRow } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const PERSONAS = ["lead", "coLead", "reviewer", "chair", "other", "anonymous", "admin"] as const;
type Persona = (typeof PERSONAS)[number];
let who: Record<Exclude<Persona, "anonymous">, User>;
let p: Programme;
const LONG = "A much longer description of the programme, written by the co-lead, that the history names but never copies: ".repeat(3);
const SECRET_BODY = "The panel thinks the budget is thin";
const threadOf = {} as Record<"parties" | "parties_and_reviewers" | "panel", string>;

const as = async (persona: Persona) => (persona === "anonymous" ? { ...(await acting(db, who.lead)), viewer: null } : acting(db, who[persona]));
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { code?: string }) => error.code ?? "THREW",
  );

beforeAll(async () => {
  const [lead, coLead, other, admin] = await Promise.all([createUser(db), createUser(db), createUser(db), createAdmin(db)]);
  const [reviewer, chair] = await Promise.all([createReviewer(db), createReviewer(db)]);
  who = { lead, coLead, other, admin, reviewer, chair };
  const [leadInst, coLeadInst, otherInst] = await Promise.all([
    createInstitution(db, { createdByUserId: lead.id }),
    createInstitution(db, { createdByUserId: coLead.id }),
    createInstitution(db, { createdByUserId: other.id }),
  ]);
  await Promise.all([
    addMembership(db, { institutionId: leadInst.id, userId: lead.id, role: "owner" }),
    addMembership(db, { institutionId: coLeadInst.id, userId: coLead.id }),
    addMembership(db, { institutionId: otherInst.id, userId: other.id }),
  ]);
  p = await createProgramme(db, { leadInstitutionId: leadInst.id, createdByUserId: lead.id, coLeadInstitutionIds: [coLeadInst.id], title: "History before" });
  let row = await programmeRow(db, p.id);
  await saveSection(await acting(db, lead), { programmeId: p.id, section: "basics", version: row.basicsVersion, values: { title: "History after" } });
  row = await programmeRow(db, p.id);
  await saveSection(await acting(db, coLead), { programmeId: p.id, section: "basics", version: row.basicsVersion, values: { description: LONG } });
  row = await programmeRow(db, p.id);
  await submitProgramme(await acting(db, lead), { programmeId: p.id, version: row.version });
  await db.update(programmes).set({ status: "under_review" }).where(eq(programmes.id, p.id));
  await addPanel(db, p.id, { reviewers: [reviewer], chair, assignedBy: admin });

  const start = async (audience: keyof typeof threadOf, by: User) =>
    (await startThread(await acting(db, by), { audience, programmeId: p.id, subject: `Feed ${audience}`, body: `${SECRET_BODY} (${audience}).`, mentions: [] })).threadId;
  threadOf.parties = await start("parties", lead);
  threadOf.parties_and_reviewers = await start("parties_and_reviewers", reviewer);
  threadOf.panel = await start("panel", chair);
  const posted = await postMessage(await acting(db, coLead), { threadId: threadOf.parties_and_reviewers, body: "We will answer soon.", mentions: [] });
  const message = (await findMessage(db, posted.messageId))!.message;
  await hideMessage(await acting(db, lead), { messageId: message.id, version: message.version, reason: "Posted too early." });
});

describe("the revision history", () => {
  const EXPECTED: Record<Persona, "full" | "revisions" | "NOT_FOUND" | "UNAUTHENTICATED"> = {
    lead: "full",
    coLead: "full",
    admin: "full",
    reviewer: "revisions",
    chair: "revisions",
    other: "NOT_FOUND",
    anonymous: "UNAUTHENTICATED",
  };

  it.each(PERSONAS)("%s", async (persona) => {
    const expected = EXPECTED[persona];
    const read = getHistory(await as(persona), { programmeId: p.id });
    if (expected === "NOT_FOUND" || expected === "UNAUTHENTICATED") {
      expect(await outcome(read)).toBe(expected);
      return;
    }
    const history = await read;
    const revisions = history.items.filter((i) => i.kind === "revision");
    expect(revisions.map((r) => r.revision)).toEqual([1]);
    if (expected === "revisions") {
      // The panel sees the submitted revisions only, as on the proposal page: no saves, no people.
      expect(history.items).toHaveLength(1);
      expect(history.saves).toBe(false);
      const text = JSON.stringify(history);
      for (const secret of [who.lead.id, who.lead.name, who.lead.email, who.coLead.id, who.coLead.name, who.coLead.email, "History before", LONG.slice(0, 40)]) expect(text).not.toContain(secret);
      return;
    }
    // Newest first: the revision, the co-lead's save (long text: named only), the lead's save (old → new).
    const [revision, longSave, titleSave] = history.items;
    expect(revision).toMatchObject({ kind: "revision", revision: 1, actorName: who.lead.name });
    expect(longSave).toMatchObject({ kind: "save", section: "basics", actorName: who.coLead.name, changes: [{ field: "description", shown: false, before: null, after: null }] });
    expect(titleSave).toMatchObject({ kind: "save", section: "basics", actorName: who.lead.name, changes: [{ field: "title", shown: true, before: "History before", after: "History after" }] });
    expect(JSON.stringify(history)).not.toContain(LONG.slice(0, 40));
    for (const secret of [who.reviewer.id, who.reviewer.name, who.reviewer.email, who.chair.id, who.chair.name, who.chair.email]) expect(JSON.stringify(history)).not.toContain(secret);
  });

  it("pages 50 at a time, newest first, without gaps or repeats", { timeout: 180_000 }, async () => {
    const parties = await programmeRow(db, p.id);
    const q = await createProgramme(db, { leadInstitutionId: parties.leadInstitutionId, coLeadInstitutionIds: parties.coLeadInstitutionIds, createdByUserId: who.lead.id });
    // 52 saves: two sections saved side by side (saves of different sections never conflict).
    const saves = async (section: "basics" | "schedule") => {
      for (let i = 0; i < 26; i++) {
        const row = await programmeRow(db, q.id);
        if (section === "basics") await saveSection(await acting(db, who.lead), { programmeId: q.id, section, version: row.basicsVersion, values: { title: `Paged title ${i}` } });
        else await saveSection(await acting(db, who.coLead), { programmeId: q.id, section, version: row.scheduleVersion, values: { capacity: 100 + i } });
      }
    };
    await Promise.all([saves("basics"), saves("schedule")]);
    const ctx = await as("lead");
    const first = await getHistory(ctx, { programmeId: q.id });
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const second = await getHistory(ctx, { programmeId: q.id, before: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    const cursors = [...first.items, ...second.items].map((i) => i.cursor);
    const stored = await db.select({ id: auditLog.id }).from(auditLog).where(and(eq(auditLog.objectType, "programme"), eq(auditLog.objectId, q.id), eq(auditLog.action, "programme.editSection"))).orderBy(desc(auditLog.id));
    expect(cursors).toEqual(stored.map((r) => r.id));
    expect(cursors).toHaveLength(52);
    const titles = [...first.items, ...second.items].filter((i) => i.section === "basics").map((i) => i.changes[0]?.after);
    expect(titles).toEqual(Array.from({ length: 26 }, (_, i) => `Paged title ${25 - i}`));
  });
});

describe("discussion events in the activity feed", () => {
  const READS_FEED: Record<Persona, string> = { lead: "ok", coLead: "ok", admin: "ok", reviewer: "FORBIDDEN", chair: "FORBIDDEN", other: "NOT_FOUND", anonymous: "UNAUTHENTICATED" };

  it.each(PERSONAS)("%s", async (persona) => {
    const read = getActivity(await as(persona), { programmeId: p.id, limit: 50 });
    expect(await outcome(read)).toBe(READS_FEED[persona]);
    if (READS_FEED[persona] !== "ok") return;
    const feed = await read;
    const discussion = feed.items.filter((i) => i.thread !== null);
    const threadsSeen = new Set(discussion.map((i) => i.thread!.id));
    expect(threadsSeen.has(threadOf.parties)).toBe(true);
    expect(threadsSeen.has(threadOf.parties_and_reviewers)).toBe(true);
    // A proposer never sees the panel's thread; an admin (who reads it) does.
    expect(threadsSeen.has(threadOf.panel)).toBe(persona === "admin");

    // The reviewer is "Reviewer n" under the number the thread shows.
    const inThread = (await getThread(await as("lead"), { threadId: threadOf.parties_and_reviewers, page: 1 })).messages[0]!.author;
    expect(inThread).toMatchObject({ kind: "reviewer", name: null });
    const byReviewer = discussion.find((i) => i.action === "discussion.start" && i.thread!.id === threadOf.parties_and_reviewers)!;
    expect(byReviewer).toMatchObject({ actorName: null, institutionName: null, reviewerNumber: inThread.kind === "reviewer" ? inThread.number : -1 });
    const byLead = discussion.find((i) => i.action === "discussion.start" && i.thread!.id === threadOf.parties)!;
    expect(byLead).toMatchObject({ actorName: who.lead.name, reviewerNumber: null });
    const hidden = discussion.find((i) => i.action === "discussion.hide")!;
    expect(hidden).toMatchObject({ actorName: null, institutionName: null, reviewerNumber: null, thread: { id: threadOf.parties_and_reviewers } });

    // Never a message's text, nor (even for the admin) a reviewer's name, email or id.
    const text = JSON.stringify(feed);
    expect(text).not.toContain(SECRET_BODY);
    expect(text).not.toContain("Posted too early");
    for (const secret of [who.reviewer.id, who.reviewer.name, who.reviewer.email, who.chair.id, who.chair.name, who.chair.email]) expect(text).not.toContain(secret);
  });
});
