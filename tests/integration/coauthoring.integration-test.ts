// Co-authoring a proposal (issue #16) on the real database, over mysql2 and (--mode planetscale)
// the PlanetScale driver: section saves race without losing an update, a CONFLICT carries what
// the server holds, co-leads come and go with both sides told, and the activity feed shows the
// review and its decision without anything that identifies a reviewer.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications } from "../../db/schema";
import { getActivity } from "../../server/coauthoring/get-activity";
import { inviteCoLead } from "../../server/coauthoring/invite-co-lead";
import { leaveCoLead } from "../../server/coauthoring/remove-co-lead";
import { saveSection } from "../../server/coauthoring/save-section";
import { getProgramme } from "../../server/programmes/get-programme";
import { updateProgramme } from "../../server/programmes/update-programme";
import { decideProgramme } from "../../server/reviews/decide-programme";
import { DEFAULT_RUBRIC } from "../../server/reviews/rubric";
import { submitReview } from "../../server/reviews/submit-review";
import { addMembership, addPanel, createAdmin, createInstitution, createProgramme, createReviewer, createUser, type Institution, type Programme, type User } from "../factories";
import { auditEntriesOf, openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { acting, programmeRow } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;

let lead: Institution;
let coLead: Institution;
let invitee: Institution;
let leadMember: User;
let coLeadMember: User;
let inviteeMember: User;
let admin: User;

beforeAll(async () => {
  [leadMember, coLeadMember, inviteeMember, admin] = await Promise.all([createUser(db), createUser(db), createUser(db), createAdmin(db)]);
  [lead, coLead, invitee] = await Promise.all([
    createInstitution(db, { createdByUserId: leadMember.id }),
    createInstitution(db, { createdByUserId: coLeadMember.id }),
    createInstitution(db, { createdByUserId: inviteeMember.id }),
  ]);
  await Promise.all([
    addMembership(db, { institutionId: lead.id, userId: leadMember.id, role: "owner" }),
    addMembership(db, { institutionId: coLead.id, userId: coLeadMember.id }),
    addMembership(db, { institutionId: invitee.id, userId: inviteeMember.id }),
  ]);
});

afterAll(async () => {
  await handle.close();
});

const coAuthored = (overrides: Partial<Programme> = {}) =>
  createProgramme(db, { leadInstitutionId: lead.id, createdByUserId: leadMember.id, coLeadInstitutionIds: [coLead.id], ...overrides });

const saveBasics = async (user: User, p: Programme, version: number, values: { title?: string; summary?: string; description?: string }) =>
  saveSection(await acting(db, user), { programmeId: p.id, section: "basics", version, values });

describe("saving sections at the same time", () => {
  it("two writers of the SAME section: exactly one wins, the other gets CONFLICT with the winner's values, nothing is lost", async () => {
    const p = await coAuthored();
    const [asLead, asCoLead] = await Promise.all([acting(db, leadMember), acting(db, coLeadMember)]);
    const results = await Promise.allSettled([
      saveSection(asLead, { programmeId: p.id, section: "basics", version: p.basicsVersion, values: { summary: "The lead's summary of the joint programme." } }),
      saveSection(asCoLead, { programmeId: p.id, section: "basics", version: p.basicsVersion, values: { summary: "The co-lead's summary of the joint programme." } }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const row = await programmeRow(db, p.id);
    expect(row.basicsVersion).toBe(p.basicsVersion + 1);
    // The CONFLICT carries exactly what the server holds now: the winner's text, at the new version.
    expect(lost[0]!.reason).toMatchObject({ code: "CONFLICT", current: { section: "basics", version: row.basicsVersion, values: { summary: row.summary } } });
    expect([("The lead's summary of the joint programme."), "The co-lead's summary of the joint programme."]).toContain(row.summary);
    expect((await auditEntriesOf(db, "programme", p.id)).filter((e) => e.action === "programme.editSection")).toHaveLength(1);
  });

  it("two writers of DIFFERENT sections at the same time: both saves are kept", async () => {
    const p = await coAuthored();
    const [asLead, asCoLead] = await Promise.all([acting(db, leadMember), acting(db, coLeadMember)]);
    await Promise.all([
      saveSection(asLead, { programmeId: p.id, section: "basics", version: p.basicsVersion, values: { title: "Joint lab on flood forecasting" } }),
      saveSection(asCoLead, { programmeId: p.id, section: "schedule", version: p.scheduleVersion, values: { capacity: 24 } }),
    ]);
    const row = await programmeRow(db, p.id);
    expect(row).toMatchObject({ title: "Joint lab on flood forecasting", capacity: 24, basicsVersion: p.basicsVersion + 1, scheduleVersion: p.scheduleVersion + 1, version: p.version + 2 });
  });

  it("a save based on an old section version is refused with the server's values; saving again on them succeeds", async () => {
    const p = await coAuthored();
    const first = await saveBasics(leadMember, p, p.basicsVersion, { summary: "Summary written by the lead institution." });
    const error = await domainErrorOf(saveBasics(coLeadMember, p, p.basicsVersion, { summary: "Summary written by the co-lead institution." }));
    expect(error.code).toBe("CONFLICT");
    expect(error.current).toMatchObject({ version: first.sectionVersion, values: { summary: "Summary written by the lead institution.", title: p.title } });
    // The co-author chose their own summary after seeing the lead's: saved on the version they were shown.
    const resolved = await saveBasics(coLeadMember, p, (error.current as { version: number }).version, { summary: "Summary written by the co-lead institution." });
    expect(resolved.sectionVersion).toBe(first.sectionVersion + 1);
    expect((await programmeRow(db, p.id)).summary).toBe("Summary written by the co-lead institution.");
  });

  it("a whole-form save moves the sections it sends on: an editor holding the old section gets CONFLICT", async () => {
    const p = await coAuthored();
    await updateProgramme(await acting(db, leadMember), { programmeId: p.id, version: p.version, title: "Retitled in the whole form" });
    const error = await domainErrorOf(saveBasics(coLeadMember, p, p.basicsVersion, { title: "Retitled in a section" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.current).toMatchObject({ values: { title: "Retitled in the whole form" } });
  });

  it("each save is attributed to the author and the institution they act for", async () => {
    const p = await coAuthored();
    await saveBasics(coLeadMember, p, p.basicsVersion, { summary: "A summary from the partner institution." });
    const [entry] = (await auditEntriesOf(db, "programme", p.id)).filter((e) => e.action === "programme.editSection");
    expect(entry).toMatchObject({ actorUserId: coLeadMember.id, onBehalfOfInstitutionId: coLead.id, context: { section: "basics" } });
    expect(entry!.changes).toEqual({ summary: { before: p.summary, after: "A summary from the partner institution." } });
  });

  it("a field of another section is refused by the schema, never written", async () => {
    const { saveSectionInput } = await import("../../server/coauthoring/schemas");
    const parsed = saveSectionInput.safeParse({ programmeId: "a".repeat(20), section: "basics", version: 0, values: { capacity: 5 } });
    expect(parsed.success).toBe(false);
  });
});

describe("co-leads come and go", () => {
  it("the lead invites a co-lead: its members may co-author at once, and both sides are told", async () => {
    const p = await coAuthored();
    const moved = await inviteCoLead(await acting(db, leadMember), { programmeId: p.id, version: p.version, institutionId: invitee.id });
    expect((await programmeRow(db, p.id)).coLeadInstitutionIds).toEqual([coLead.id, invitee.id]);
    await saveBasics(inviteeMember, p, p.basicsVersion, { summary: "Written by the newly invited partner." });
    for (const user of [leadMember, coLeadMember, inviteeMember]) {
      const rows = await db.select().from(notifications).where(and(eq(notifications.userId, user.id), eq(notifications.kind, "coLeadChanged")));
      expect(rows.filter((r) => r.path === `/proposals/${p.id}`).length).toBeGreaterThanOrEqual(1);
    }
    expect(moved.version).toBe(p.version + 1);
  });

  it("a co-lead leaves: it is off the proposal, may no longer co-author, and both sides are told", async () => {
    const p = await coAuthored();
    await leaveCoLead(await acting(db, coLeadMember), { programmeId: p.id, version: p.version, institutionId: coLead.id });
    expect((await programmeRow(db, p.id)).coLeadInstitutionIds).toEqual([]);
    expect((await domainErrorOf(saveBasics(coLeadMember, p, p.basicsVersion, { summary: "Written after leaving the proposal." }))).code).toBe("NOT_FOUND");
    const told = await db.select().from(notifications).where(and(eq(notifications.kind, "coLeadChanged"), eq(notifications.userId, leadMember.id)));
    expect(told.some((n) => (n.params).change === "left")).toBe(true);
    const leaver = await db.select().from(notifications).where(and(eq(notifications.kind, "coLeadChanged"), eq(notifications.userId, coLeadMember.id)));
    expect(leaver.some((n) => n.path === "/dashboard")).toBe(true);
  });
});

describe("the activity feed and the review", () => {
  let p: Programme;
  let reviewers: User[];
  let chair: User;

  beforeAll(async () => {
    p = await coAuthored({ status: "under_review", currentRevision: 1 });
    reviewers = [await createReviewer(db), await createReviewer(db)];
    chair = await createReviewer(db);
    await addPanel(db, p.id, { reviewers, chair, assignedBy: admin });
    for (const reviewer of reviewers) {
      await submitReview(await acting(db, reviewer), {
        programmeId: p.id,
        scores: Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.code, 4])),
        commentsToProposer: "Please say more about the data plan.",
        confidentialComments: "Confidential: the budget looks thin.",
        recommendation: "revise",
      });
    }
    await decideProgramme(await acting(db, chair), { programmeId: p.id, version: (await programmeRow(db, p.id)).version, outcome: "request_changes", letter: "Please add a data plan." });
    const row = await programmeRow(db, p.id);
    await saveBasics(coLeadMember, row, row.basicsVersion, { summary: "A revised summary with a data plan from the partner." });
  });

  it("shows the edits (who, for which institution), the reviews received and the decision, newest first", async () => {
    const feed = await getActivity(await acting(db, leadMember), { programmeId: p.id, limit: 20 });
    expect(feed.items.map((i) => i.action)).toEqual(["programme.editSection", "programme.requestChanges", "review.submit", "review.submit"]);
    expect(feed.items[0]).toMatchObject({ actorName: coLeadMember.name, institutionName: coLead.name, section: "basics", fields: ["summary"] });
    expect(feed.items[2]).toMatchObject({ actorName: null, institutionName: null, revision: 1 });
    expect(feed.items[1]).toMatchObject({ actorName: null, status: "changes_requested" });
  });

  it("never contains a reviewer's or the chair's id, name or email, nor confidential comments", async () => {
    for (const reader of [leadMember, coLeadMember, admin]) {
      const text = JSON.stringify(await getActivity(await acting(db, reader), { programmeId: p.id, limit: 50 }));
      for (const person of [...reviewers, chair]) {
        expect(text).not.toContain(person.id);
        expect(text).not.toContain(person.name);
        expect(text).not.toContain(person.email);
      }
      expect(text).not.toContain("Confidential");
    }
  });

  it("pages through the feed without gaps or repeats", async () => {
    const ctx = await acting(db, coLeadMember);
    const first = await getActivity(ctx, { programmeId: p.id, limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await getActivity(ctx, { programmeId: p.id, limit: 3, before: first.nextCursor! });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = await getActivity(ctx, { programmeId: p.id, limit: 50 });
    expect([...first.items, ...second.items].map((i) => i.cursor)).toEqual(all.items.map((i) => i.cursor));
  });

  it("co-leads read the decision, its letter and the comments meant for the proposer as the lead does", async () => {
    const [asLead, asCoLead] = await Promise.all([acting(db, leadMember), acting(db, coLeadMember)]);
    const [forLead, forCoLead] = await Promise.all([getProgramme(asLead, p.id), getProgramme(asCoLead, p.id)]);
    expect(forCoLead.canSeePrivate).toBe(true);
    expect(forCoLead.decisions).toEqual(forLead.decisions);
    expect(forCoLead.feedback).toEqual(forLead.feedback);
    expect(forCoLead.decisions).toMatchObject([{ outcome: "request_changes", letter: "Please add a data plan." }]);
    expect(JSON.stringify(forCoLead)).not.toContain(chair.id);
  });
});
