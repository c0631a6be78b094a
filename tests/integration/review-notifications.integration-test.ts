// Who is told what: each step of the review workflow leaves, once its deferred side effects
// run, an in-app notification and an email for the people who must act.
import { beforeAll, describe, expect, it } from "vitest";
import { submitProgramme } from "../../server/programmes/submit-programme";
import { updateProgramme } from "../../server/programmes/update-programme";
import { assignPanel } from "../../server/reviews/assign-panel";
import { decideProgramme } from "../../server/reviews/decide-programme";
import { recuse } from "../../server/reviews/recuse";
import { addPanel, addReview, createProgramme, createReviewer, type Programme, type User } from "../factories";
import { outboxTo } from "./support/db";
import { callerAs } from "./support/personas";
import { acting, notificationsOf, withProposalWorld, type ProposalWorld } from "./support/programmes";

const fixture = withProposalWorld(3);
const { db } = fixture;
let world: ProposalWorld;
beforeAll(() => {
  world = fixture.world;
});

const proposal = (overrides: Partial<Programme> = {}) => createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, ...overrides });

/** The notifications of `user` about `programme` (by its path), and the emails sent to them about it. */
async function toldAbout(user: User, programme: Programme) {
  const notes = (await notificationsOf(db, user.id)).filter((n) => n.path.endsWith(`/${programme.id}`));
  const emails = (await outboxTo(db, user.email)).filter((e) => e.textBody.includes(`/${programme.id}`));
  return { kinds: notes.map((n) => n.kind), notes, emails };
}

describe("notifications of the review workflow", () => {
  it("tell the admins of a submission, only once the deferred side effects run", async () => {
    const programme = await proposal();
    const ctx = await acting(db, world.proposer);

    expect((await toldAbout(world.admin, programme)).kinds).toEqual([]);
    await submitProgramme(ctx, { programmeId: programme.id, version: programme.version });
    // Told in the same atomic write as the submission: nothing is left for after the response.
    expect(ctx.deferredCount()).toBe(0);

    const told = await toldAbout(world.admin, programme);
    expect(told.notes).toEqual([
      expect.objectContaining({ kind: "programmeSubmitted", path: `/review-desk/${programme.id}`, readAt: null, params: { reference: programme.reference, title: programme.title, institution: world.lead.name, revision: "1" } }),
    ]);
    expect(told.emails).toHaveLength(1);
    expect(told.emails[0]!.subject).toContain(programme.reference);
    expect(told.emails[0]!.textBody).toContain(`/en/review-desk/${programme.id}`);
    expect((await toldAbout(world.proposer, programme)).kinds).toEqual([]);
  });

  it("tell each assigned reviewer and the chair of their seat", async () => {
    const programme = await proposal({ status: "submitted" });
    const [first, second, chair] = world.reviewers as [User, User, User];
    const ctx = await acting(db, world.admin);

    await assignPanel(ctx, { programmeId: programme.id, version: programme.version, reviewerIds: [first.id, second.id], chairId: chair.id });
    await ctx.runDeferred();

    for (const [person, role] of [
      [first, "reviewer"],
      [second, "reviewer"],
      [chair, "chair"],
    ] as const) {
      const told = await toldAbout(person, programme);
      expect(told.notes).toEqual([expect.objectContaining({ kind: "reviewerAssigned", path: `/reviews/${programme.id}`, params: { reference: programme.reference, title: programme.title, role } })]);
      expect(told.emails).toHaveLength(1);
    }
    expect((await toldAbout(world.admin, programme)).kinds).toEqual([]);
  });

  it("tell the admins of a recusal, and the remaining panel (not the recused) of a resubmission", async () => {
    const programme = await proposal({ status: "under_review" });
    const [stays, leaves, chair] = await Promise.all([createReviewer(db), createReviewer(db), createReviewer(db)]);
    await addPanel(db, programme.id, { reviewers: [stays, leaves], chair, assignedBy: world.admin });
    const asLeaving = await acting(db, leaves);

    await recuse(asLeaving, { programmeId: programme.id, reason: "I know the lead personally." });
    await asLeaving.runDeferred();
    expect((await toldAbout(world.admin, programme)).notes).toEqual([expect.objectContaining({ kind: "reviewerRecused", path: `/review-desk/${programme.id}` })]);

    const resubmitting = await createProgramme(db, { leadInstitutionId: world.lead.id, createdByUserId: world.proposer.id, status: "changes_requested" });
    await addPanel(db, resubmitting.id, { reviewers: [stays, leaves], chair, assignedBy: world.admin });
    await recuse(await acting(db, leaves), { programmeId: resubmitting.id, reason: "Same reason." });
    const asProposer = await acting(db, world.proposer);
    const { version } = await updateProgramme(asProposer, { programmeId: resubmitting.id, version: resubmitting.version, capacity: 120 });
    await submitProgramme(asProposer, { programmeId: resubmitting.id, version });
    await asProposer.runDeferred();

    for (const person of [stays, chair]) {
      const { notes } = await toldAbout(person, resubmitting);
      expect(notes.map((n) => [n.kind, n.path, n.params.revision])).toEqual([["programmeSubmitted", `/reviews/${resubmitting.id}`, "2"]]);
    }
    expect((await toldAbout(leaves, resubmitting)).kinds).toEqual([]);
  });

  it("tell the proposer of the decision", async () => {
    const programme = await proposal({ status: "under_review" });
    const chair = await createReviewer(db);
    const seats = await addPanel(db, programme.id, { reviewers: world.reviewers.slice(0, 2), chair, assignedBy: world.admin });
    for (const seat of seats) await addReview(db, { assignment: seat });
    const ctx = await acting(db, chair);

    await decideProgramme(ctx, { programmeId: programme.id, version: programme.version, outcome: "approve", letter: "Congratulations." });
    await ctx.runDeferred();

    const told = await toldAbout(world.proposer, programme);
    expect(told.notes).toEqual([expect.objectContaining({ kind: "programmeDecided", path: `/proposals/${programme.id}`, params: { reference: programme.reference, title: programme.title } })]);
    expect(told.emails).toHaveLength(1);
    expect((await toldAbout(world.member, programme)).kinds).toEqual([]);
  });
});

describe("reading notifications through the router", () => {
  /** A fresh reviewer told of three assignments, and another reviewer told of nothing. */
  async function readerOfThree() {
    const [reader, other] = await Promise.all([createReviewer(db), createReviewer(db)]);
    const programmes = await Promise.all([proposal({ status: "submitted" }), proposal({ status: "submitted" }), proposal({ status: "submitted" })]);
    for (const programme of programmes) {
      const ctx = await acting(db, world.admin);
      await assignPanel(ctx, { programmeId: programme.id, version: programme.version, reviewerIds: [reader.id], chairId: world.reviewers[0]!.id });
      await ctx.runDeferred();
    }
    return { reader, other, programmes, asReader: await callerAs(db, reader), asOther: await callerAs(db, other) };
  }

  it("lists the reader's own notifications, newest first, with their own unread count", async () => {
    const { asReader, asOther, programmes } = await readerOfThree();

    const list = await asReader.notifications.list();

    expect(list.items.map((n) => n.path).sort()).toEqual(programmes.map((p) => `/reviews/${p.id}`).sort());
    expect(list.items.map((n) => n.createdAt.getTime())).toEqual(list.items.map((n) => n.createdAt.getTime()).sort((a, b) => b - a));
    expect(list.unread).toBe(3);
    expect(await asOther.notifications.list()).toEqual({ unread: 0, items: [] });
  });

  it("marks one notification read, then all of them, and never somebody else's", async () => {
    const { reader, asReader, asOther } = await readerOfThree();
    const [target] = await notificationsOf(db, reader.id);

    await asOther.notifications.markRead({ id: target!.id });
    expect((await notificationsOf(db, reader.id)).filter((n) => n.readAt !== null)).toEqual([]);

    await asReader.notifications.markRead({ id: target!.id });
    const afterOne = await notificationsOf(db, reader.id);
    expect(afterOne.filter((n) => n.readAt !== null).map((n) => n.id)).toEqual([target!.id]);
    expect((await asReader.notifications.list()).items.find((n) => n.id === target!.id)?.readAt).toBeInstanceOf(Date);

    await asReader.notifications.markRead({});
    expect((await notificationsOf(db, reader.id)).every((n) => n.readAt instanceof Date)).toBe(true);
  });

  it("counts down the unread notifications as they are read", async () => {
    const { reader, asReader } = await readerOfThree();
    const [target] = await notificationsOf(db, reader.id);
    await asReader.notifications.markRead({ id: target!.id });
    expect((await asReader.notifications.list()).unread).toBe(2);
    await asReader.notifications.markRead({});
    expect((await asReader.notifications.list()).unread).toBe(0);
  });
});
