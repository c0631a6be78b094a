// Reviewer matching through the real use cases and database (issue #17): a reviewer's profile,
// bids (titles and summaries only; a conflict bid is binding everywhere), and the admin's batch
// committed as ONE atomic write — or not at all when the preview went stale.
import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, notifications, reviewAssignments, reviewerBids, reviewerProfiles } from "../../db/schema";
import { listOpenForBids, placeBid } from "../../server/reviewer-matching/bids";
import { commitBatch } from "../../server/reviewer-matching/commit-batch";
import { previewBatch } from "../../server/reviewer-matching/preview-batch";
import { getMyReviewerProfile, listReviewerProfiles } from "../../server/reviewer-matching/reviewer-profile";
import { updateReviewerProfile } from "../../server/reviewer-matching/update-reviewer-profile";
import { statusTimeline } from "../../server/programmes/queries";
import { assignPanel } from "../../server/reviews/assign-panel";
import { suggestPanelFor } from "../../server/reviews/suggest-panel-for";
import { createProgramme, createReviewer } from "../factories";
import { openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { committablePanel, reviewerIn } from "./support/matrix-matching";
import { acting, programmeRow, programmeState, proposalWorld, type ProposalWorld } from "./support/programmes";

const handle = openTestDb();
const { db } = handle;
let world: ProposalWorld;

beforeAll(async () => {
  world = await proposalWorld(db, 1);
});

afterAll(async () => {
  await handle.close();
});

const ofLead = () => ({ leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id });
const profile = {
  sectors: ["health", "agriculture"],
  workingAreas: ["application" as const],
  countriesKnown: ["KE", "TZ"],
  regionsKnown: ["Africa" as const],
  languages: ["en", "sw"],
  capacity: 4,
  unavailable: [{ from: "2031-03-01", to: "2031-03-15" }],
  chairEligible: false,
};
const auditOf = (action: string, objectId: string) => db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.objectId, objectId)));

describe("a reviewer's profile", () => {
  it("starts from the defaults, is created on the first save and edited under its version, each save audited", async () => {
    const reviewer = await createReviewer(db);
    const ctx = await acting(db, reviewer);
    expect(await getMyReviewerProfile(ctx)).toMatchObject({ version: 0, profile: { capacity: 5, sectors: [], chairEligible: true } });

    expect(await updateReviewerProfile(ctx, { ...profile, version: 0 })).toEqual({ version: 1 });
    expect(await getMyReviewerProfile(ctx)).toMatchObject({ version: 1, profile });
    expect(await updateReviewerProfile(ctx, { ...profile, capacity: 7, version: 1 })).toEqual({ version: 2 });

    const events = await auditOf("reviewer.update_profile", reviewer.id);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ objectType: "reviewer_profile", actorUserId: reviewer.id, context: { created: true } });
    expect(events[1]!.changes).toEqual({ capacity: { before: 4, after: 7 } });
  });

  it("refuses a save made from a stale version (CONFLICT), writing nothing", async () => {
    const reviewer = await createReviewer(db);
    const ctx = await acting(db, reviewer);
    await updateReviewerProfile(ctx, { ...profile, version: 0 });
    expect((await domainErrorOf(updateReviewerProfile(ctx, { ...profile, capacity: 9, version: 0 }))).code).toBe("CONFLICT");
    const [row] = await db.select().from(reviewerProfiles).where(eq(reviewerProfiles.userId, reviewer.id));
    expect(row).toMatchObject({ capacity: 4, version: 1 });
    expect(await auditOf("reviewer.update_profile", reviewer.id)).toHaveLength(1);
  });

  it("is visible to admins in the reviewers' list", async () => {
    const reviewer = await createReviewer(db);
    await updateReviewerProfile(await acting(db, reviewer), { ...profile, version: 0 });
    const admin = await acting(db, world.admin);
    let found;
    for (let page = 1; !found; page++) {
      const list = await listReviewerProfiles(admin, page);
      found = list.items.find((i) => i.userId === reviewer.id);
      if (list.items.length < list.pageSize) break;
    }
    expect(found).toMatchObject({ name: reviewer.name, profile });
  });
});

describe("bids", () => {
  it("show proposals awaiting a panel with their reference, title and summary only", async () => {
    const reviewer = await createReviewer(db);
    const ctx = await acting(db, reviewer);
    const open = await createProgramme(db, { ...ofLead(), status: "submitted" });
    await placeBid(ctx, { programmeId: open.id, bid: "willing" });
    let item;
    for (let page = 1; !item; page++) {
      const list = await listOpenForBids(ctx, page);
      item = list.items.find((i) => i.programmeId === open.id);
      if (list.items.length < list.pageSize) break;
    }
    expect(Object.keys(item ?? {}).sort()).toEqual(["bid", "programmeId", "reference", "summary", "title"]);
    expect(item).toMatchObject({ reference: open.reference, title: open.title, bid: "willing" });
  });

  it("are placed, changed and withdrawn, each change audited; a draft takes no bid", async () => {
    const reviewer = await createReviewer(db);
    const ctx = await acting(db, reviewer);
    const open = await createProgramme(db, { ...ofLead(), status: "submitted" });
    await placeBid(ctx, { programmeId: open.id, bid: "eager" });
    await placeBid(ctx, { programmeId: open.id, bid: "not_qualified" });
    const mine = () => db.select().from(reviewerBids).where(and(eq(reviewerBids.programmeId, open.id), eq(reviewerBids.reviewerUserId, reviewer.id)));
    expect((await mine()).map((b) => b.bid)).toEqual(["not_qualified"]);
    await placeBid(ctx, { programmeId: open.id, bid: null });
    expect(await mine()).toEqual([]);
    const events = await auditOf("review.bid", open.id);
    expect(events.map((e) => e.changes)).toEqual([{ bid: { before: null, after: "eager" } }, { bid: { before: "eager", after: "not_qualified" } }, { bid: { before: "not_qualified", after: null } }]);
    // The reviewers' business: not in the proposal's timeline, which its proposers read.
    expect((await statusTimeline(db, open.id)).map((e) => e.action)).not.toContain("review.bid");

    const draft = await createProgramme(db, { ...ofLead(), status: "draft" });
    expect((await domainErrorOf(placeBid(ctx, { programmeId: draft.id, bid: "eager" }))).code).toBe("INVALID_TRANSITION");
  });

  it("of 'conflict' bind the single assignment, the desk's suggestion and the batch commit", async () => {
    const { programme, panel, people } = await committablePanel(db, ofLead());
    const conflicted = panel.reviewerIds[0]!;
    await placeBid(await acting(db, people.reviewers[0]!), { programmeId: programme.id, bid: "conflict" });
    const admin = await acting(db, world.admin);

    const single = await domainErrorOf(assignPanel(admin, { programmeId: programme.id, version: programme.version, reviewerIds: [conflicted], chairId: panel.chairId }));
    expect(single.code).toBe("CONFLICT_OF_INTEREST");
    expect(single.details.reason).toBe("declared");

    const suggested = await suggestPanelFor(admin, programme.id);
    expect([...suggested.suggestion.reviewerIds, suggested.suggestion.chairId]).not.toContain(conflicted);
    expect(suggested.candidates.find((c) => c.userId === conflicted)?.conflict).toBe("declared");

    const refused = await domainErrorOf(commitBatch(admin, { excludeLeadCountry: false, panels: [panel] }));
    expect(refused.code).toBe("VALIDATION");
    expect(refused.fields).toEqual({ "panels.0": ["matching.violation.conflicts"] });
    expect((await programmeState(db, programme.id)).assignments).toEqual([]);
  });
});

describe("the batch commit", () => {
  it("writes every seat, moves each proposal into review, one audit event and a notice per assigned person, in one write", async () => {
    const admin = await acting(db, world.admin);
    const first = await committablePanel(db, ofLead());
    const second = await committablePanel(db, ofLead());
    const result = await commitBatch(admin, { excludeLeadCountry: false, panels: [first.panel, second.panel] });
    expect(result).toMatchObject({ proposals: 2, seats: 8 });

    for (const { programme, panel } of [first, second]) {
      const row = await programmeRow(db, programme.id);
      expect(row).toMatchObject({ status: "under_review", version: programme.version + 1 });
      const seats = await db.select().from(reviewAssignments).where(eq(reviewAssignments.programmeId, programme.id));
      expect(seats.map((s) => `${s.reviewerUserId}:${s.role}`).sort()).toEqual([...panel.reviewerIds.map((id) => `${id}:reviewer`), `${panel.chairId}:chair`].sort());
      const told = await db.select({ n: count() }).from(notifications).where(and(inArray(notifications.userId, [...panel.reviewerIds, panel.chairId]), eq(notifications.kind, "reviewerAssigned")));
      expect(told[0]!.n).toBe(4);
    }
    for (const { programme } of [first, second]) expect((await statusTimeline(db, programme.id)).map((e) => e.action)).toContain("programme.assign_batch");
    const [event] = await auditOf("programme.assign_batch", result.batchId);
    expect(event).toMatchObject({ objectType: "review_batch", actorUserId: world.admin.id });
    expect(Object.keys(event!.changes as object).sort()).toEqual([`programme:${first.programme.id}`, `programme:${second.programme.id}`].sort());
  });

  it("is refused as a whole (CONFLICT) when one proposal changed since the preview: nothing is written for the others", async () => {
    const admin = await acting(db, world.admin);
    const fresh = await committablePanel(db, ofLead());
    const stale = await committablePanel(db, ofLead());
    // Somebody staffs the second proposal after the preview was made.
    const extra = await reviewerIn(db, "ZA");
    await assignPanel(admin, { programmeId: stale.programme.id, version: stale.programme.version, reviewerIds: [extra.id], chairId: stale.panel.chairId });
    const before = await programmeState(db, fresh.programme.id);

    const error = await domainErrorOf(commitBatch(admin, { excludeLeadCountry: false, panels: [fresh.panel, stale.panel] }));
    expect(error.code).toBe("CONFLICT");
    expect(await programmeState(db, fresh.programme.id)).toEqual(before);
  });

  it("re-checks an edited panel: one region only, or a missing chair, is refused with the rule", async () => {
    const admin = await acting(db, world.admin);
    const { panel } = await committablePanel(db, ofLead());
    const africanOnly = { ...panel, reviewerIds: [panel.reviewerIds[0]!, panel.reviewerIds[1]!, (await reviewerIn(db, "SN")).id], chairId: null };
    const error = await domainErrorOf(commitBatch(admin, { excludeLeadCountry: false, panels: [africanOnly] }));
    expect(error.fields?.["panels.0"]?.sort()).toEqual(["matching.violation.chair_missing", "matching.violation.regions"]);
  });

  it("previews with an objective and each panel's score, the chair never reviewing on the same panel", async () => {
    const admin = await acting(db, world.admin);
    const preview = await previewBatch(admin, { excludeLeadCountry: false });
    expect(typeof preview.objective).toBe("number");
    for (const panel of preview.panels) {
      expect(panel.score).toBe(panel.reviewers.reduce((s, r) => s + r.score!, 0) + (panel.chair?.score ?? 0));
      expect(panel.reviewers.map((r) => r.userId)).not.toContain(panel.chair?.userId);
    }
  });
});
