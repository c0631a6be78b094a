// Issue #11, finding 2: when an admin revoked the reviewer role, the person stayed on every
// panel — the review sheet still opened the private proposal and their review still counted.
// Revoking the role (or suspending the user) now ends their seats on every panel whose decision
// is not final, in the same atomic write as the role change and its one audit entry; their
// submitted reviews stay on record, marked as from a former reviewer and out of the quorum;
// access ends at once; the admins are told the panel needs a replacement.
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, reviewAssignments } from "../../db/schema";
import { decideProgramme } from "../../server/reviews/decide-programme";
import { authenticate } from "../../server/accounts/authenticate";
import { loadViewer } from "../../server/auth/load-viewer";
import { ALL_FOURS, addPanel, addReview, createAdmin, createProgramme, createReviewer, DEFAULT_TEST_PASSWORD, type Programme, type User } from "../factories";
import { outboxTo } from "./support/db";
import { domainErrorOf, outcomeOf } from "./support/errors";
import { callerAs } from "./support/personas";
import { acting, notificationsOf, programmeState, withProposalWorld, type ProposalWorld } from "./support/programmes";

const fixture = withProposalWorld(0);
const { db } = fixture;
let world: ProposalWorld;
beforeAll(() => {
  world = fixture.world;
});

type Panel = { programme: Programme; leaving: User; others: User[]; chair: User };

/** A proposal of the world's lead in `status`, with `leaving` and two others as reviewers and a chair; `leaving` and one other have reviewed. */
async function panelWith(leaving: User, status: Programme["status"] = "under_review"): Promise<Panel> {
  const programme = await createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, status });
  const [other1, other2, chair] = await Promise.all([createReviewer(db), createReviewer(db), createReviewer(db)]);
  const seats = await addPanel(db, programme.id, { reviewers: [leaving, other1, other2], chair, assignedBy: world.admin });
  await addReview(db, { assignment: seats[0]!, recommendation: "reject", commentsToProposer: "From the reviewer who will leave." });
  await addReview(db, { assignment: seats[1]! });
  return { programme, leaving, others: [other1, other2], chair };
}

async function seatsOf(userId: string, programmeIds: string[]) {
  return db
    .select({ programmeId: reviewAssignments.programmeId, status: reviewAssignments.status })
    .from(reviewAssignments)
    .where(and(eq(reviewAssignments.reviewerUserId, userId), inArray(reviewAssignments.programmeId, programmeIds)));
}

const revokeReviewer = async (userId: string) => (await callerAs(db, world.admin)).admin.changeRole({ userId, role: "reviewer", grant: false });

describe("revoking the reviewer role", () => {
  it("closes the review sheet of the private proposal at once, and every other panel act", async () => {
    const leaving = await createReviewer(db);
    const { programme } = await panelWith(leaving);
    expect(await outcomeOf((await callerAs(db, leaving)).reviews.sheet({ programmeId: programme.id }))).toBe("ok");
    await revokeReviewer(leaving.id);
    const api = await callerAs(db, leaving);
    expect({
      sheet: await outcomeOf(api.reviews.sheet({ programmeId: programme.id })),
      byId: await outcomeOf(api.programmes.byId({ programmeId: programme.id })),
      diff: await outcomeOf(api.programmes.revisionDiff({ programmeId: programme.id, from: 1, to: 1 })),
      submit: await outcomeOf(api.reviews.submit({ programmeId: programme.id, scores: ALL_FOURS, commentsToProposer: "Late.", confidentialComments: "", recommendation: "approve" })),
      recuse: await outcomeOf(api.reviews.recuse({ programmeId: programme.id, reason: "Too late." })),
      workspace: await outcomeOf(api.reviews.myAssignments()),
    }).toEqual({ sheet: "NOT_FOUND", byId: "NOT_FOUND", diff: "NOT_FOUND", submit: "NOT_FOUND", recuse: "NOT_FOUND", workspace: "FORBIDDEN" });
  });

  it("ends their seats on every panel not yet decided, leaves decided panels alone, in one write with one audit entry", async () => {
    const leaving = await createReviewer(db);
    const open = await Promise.all((["submitted", "under_review", "changes_requested"] as const).map((s) => panelWith(leaving, s)));
    const decided = await Promise.all((["approved", "rejected", "withdrawn"] as const).map((s) => panelWith(leaving, s)));
    const auditBefore = await db.$count(auditLog, eq(auditLog.objectId, leaving.id));
    await revokeReviewer(leaving.id);
    const ids = (panels: Panel[]) => panels.map((p) => p.programme.id).sort();
    const seats = await seatsOf(leaving.id, [...ids(open), ...ids(decided)]);
    expect(seats.filter((s) => s.status === "ended").map((s) => s.programmeId).sort()).toEqual(ids(open));
    expect(seats.filter((s) => s.status === "active").map((s) => s.programmeId).sort()).toEqual(ids(decided));
    const entries = await db.select().from(auditLog).where(eq(auditLog.objectId, leaving.id));
    expect(entries).toHaveLength(auditBefore + 1);
    const entry = entries.at(-1)!;
    expect(entry.action).toBe("user.revoke_role");
    expect(Object.keys(entry.changes ?? {}).filter((k) => k.startsWith("assignment:"))).toHaveLength(3);
    expect(entry.changes).toMatchObject({ "role:reviewer": { before: true, after: false } });
  });

  it("keeps their submitted review on record, marked as from a former reviewer, and out of the quorum", async () => {
    const leaving = await createReviewer(db);
    const { programme, chair } = await panelWith(leaving);
    const before = await (await callerAs(db, chair)).reviews.sheet({ programmeId: programme.id });
    expect(before.reviewCount).toBe(2);
    await revokeReviewer(leaving.id);
    const sheet = await (await callerAs(db, chair)).reviews.sheet({ programmeId: programme.id });
    expect(sheet.reviewCount).toBe(1);
    expect(sheet.reviews).toHaveLength(2);
    const former = sheet.reviews.filter((r) => r.formerReviewer);
    expect(former).toHaveLength(1);
    expect(former[0]).toMatchObject({ recommendation: "reject", commentsToProposer: "From the reviewer who will leave.", label: leaving.name });
    // One review counts now: the chair may not decide (quorum 2), and nothing changes.
    const state = await programmeState(db, programme.id);
    const error = await domainErrorOf(decideProgramme(await acting(db, chair), { programmeId: programme.id, version: programme.version, outcome: "approve", letter: "Approved." }));
    expect(error.code).toBe("QUORUM_NOT_MET");
    expect(error.details).toEqual({ quorum: 2, submitted: 1 });
    expect(await programmeState(db, programme.id)).toEqual(state);
  });

  it("tells the admins, in the app and by email, that the panel needs a replacement", async () => {
    const leaving = await createReviewer(db);
    const { programme } = await panelWith(leaving);
    const ctx = await acting(db, world.admin);
    const { changePlatformRole } = await import("../../server/users/change-platform-role");
    await changePlatformRole(ctx, { userId: leaving.id, role: "reviewer", grant: false });
    // Told in the same atomic write as the revocation: nothing is left for after the response.
    expect(ctx.deferredCount()).toBe(0);
    const notes = (await notificationsOf(db, world.admin.id)).filter((n) => n.kind === "reviewerSeatEnded" && n.path === `/review-desk/${programme.id}`);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.params).toMatchObject({ reference: programme.reference, title: programme.title });
    const emails = (await outboxTo(db, world.admin.email)).filter((e) => e.subject.includes(programme.reference));
    expect(emails).toHaveLength(1);
    expect(emails[0]!.textBody).toContain(`/review-desk/${programme.id}`);
  });

  it("changes nothing and tells nobody when the person sat on no open panel", async () => {
    const leaving = await createReviewer(db);
    const ctx = await acting(db, world.admin);
    const { changePlatformRole } = await import("../../server/users/change-platform-role");
    await changePlatformRole(ctx, { userId: leaving.id, role: "reviewer", grant: false });
    expect(ctx.deferredCount()).toBe(0);
  });
});

describe("suspending a user", () => {
  const changeStatus = async (userId: string, event: "suspend" | "reinstate", version: number, reason?: string) =>
    (await callerAs(db, world.admin)).admin.changeUserStatus({ userId, event, version, reason });

  it("ends their panel seats, their sessions and their access at once, in one write with one audit entry", async () => {
    const leaving = await createReviewer(db);
    const { programme, chair } = await panelWith(leaving);
    const api = await callerAs(db, leaving);
    expect(await outcomeOf(api.reviews.sheet({ programmeId: programme.id }))).toBe("ok");
    const auditBefore = await db.$count(auditLog, eq(auditLog.objectId, leaving.id));
    await changeStatus(leaving.id, "suspend", leaving.version, "Reviews copied from elsewhere.");
    expect(await seatsOf(leaving.id, [programme.id])).toEqual([{ programmeId: programme.id, status: "ended" }]);
    const entries = await db.select().from(auditLog).where(eq(auditLog.objectId, leaving.id));
    expect(entries).toHaveLength(auditBefore + 1);
    expect(entries.at(-1)).toMatchObject({ action: "user.suspend", changes: { status: { before: "active", after: "suspended" } } });
    // The old session no longer loads a viewer: the next request is a visitor's.
    expect(await loadViewer(db, leaving.id, leaving.sessionVersion)).toBeNull();
    const sheet = await (await callerAs(db, chair)).reviews.sheet({ programmeId: programme.id });
    expect(sheet.reviews.filter((r) => r.formerReviewer)).toHaveLength(1);
    expect(sheet.reviewCount).toBe(1);
  });

  it("refuses their sign-in while suspended, with the right password, and lets them in again once reinstated", async () => {
    const person = await createReviewer(db);
    const signIn = () => authenticate(db, { email: person.email, password: DEFAULT_TEST_PASSWORD }, { ip: null, userAgent: "vitest", locale: "en" });
    expect((await signIn()).ok).toBe(true);
    await changeStatus(person.id, "suspend", person.version, "Account shared with a colleague.");
    expect(await signIn()).toEqual({ ok: false, reason: "account_suspended" });
    await changeStatus(person.id, "reinstate", person.version + 1);
    const again = await signIn();
    expect(again.ok).toBe(true);
    // Reinstating gives back sign-in and the roles, not the ended seats.
    expect(await loadViewer(db, person.id, again.ok ? again.sessionVersion : -1)).toMatchObject({ roles: ["reviewer"] });
  });

  it("needs a reason, refuses an admin suspending themselves, and a stale version is a CONFLICT", async () => {
    const person = await createReviewer(db);
    const admin = await createAdmin(db);
    const api = await callerAs(db, admin);
    expect(await outcomeOf(api.admin.changeUserStatus({ userId: person.id, event: "suspend", version: person.version }))).toBe("BAD_REQUEST");
    expect(await outcomeOf(api.admin.changeUserStatus({ userId: admin.id, event: "suspend", version: admin.version, reason: "Myself." }))).toBe("FORBIDDEN");
    expect(await outcomeOf(api.admin.changeUserStatus({ userId: person.id, event: "suspend", version: person.version + 5, reason: "Stale." }))).toBe("CONFLICT");
    expect(await outcomeOf(api.admin.changeUserStatus({ userId: person.id, event: "reinstate", version: person.version }))).toBe("PRECONDITION_FAILED");
    expect(await outcomeOf((await callerAs(db, person)).admin.changeUserStatus({ userId: admin.id, event: "suspend", version: admin.version, reason: "Revenge." }))).toBe("FORBIDDEN");
  });
});
