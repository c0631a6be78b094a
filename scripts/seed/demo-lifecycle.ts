// Demo programmes after approval: published, applied to, decided, run and closed, with
// participants in every participation state. Each story (scripts/seed/programmes/lifecycle/) is played
// through the real use cases, signed in as the demo people — review and approval included — so
// programmes, participations and audit entries are exactly what the app writes. Idempotent: a
// story whose title already exists for its lead institution is skipped. Runs after the demo
// proposals (scripts/seed.ts), before the agreements seed, which attaches agreements to the open
// data-sharing programmes left here. A programme runs only from its start date (NOT_STARTED_YET):
// a story that starts, or whose agreement the agreements seed may bring into force and start, takes
// the day the seed runs as its application deadline and start date (see `datedForSeedDay`).
import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { notifications, participations, programmes, users } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import { todayUtc } from "../../server/agreements/in-force";
import type { UseCaseContext } from "../../server/context";
import type { NotificationKind } from "../../server/notifications/kinds";
import { applyToProgramme } from "../../server/participation/apply-to-programme";
import { decideApplication } from "../../server/participation/decide-application";
import { leaveProgramme } from "../../server/participation/leave-programme";
import { withdrawApplication } from "../../server/participation/withdraw-application";
import { cancelProgramme } from "../../server/programmes/cancel-programme";
import { completeProgramme } from "../../server/programmes/complete-programme";
import { createProgramme } from "../../server/programmes/create-programme";
import { publishProgramme } from "../../server/programmes/publish-programme";
import { findReference } from "../../server/programmes/queries";
import { createProgrammeInput } from "../../server/programmes/schemas";
import { setFlagshipProgramme } from "../../server/programmes/set-flagship-programme";
import { startProgramme } from "../../server/programmes/start-programme";
import { submitProgramme } from "../../server/programmes/submit-programme";
import { assignPanel } from "../../server/reviews/assign-panel";
import { decideProgramme } from "../../server/reviews/decide-programme";
import { DEFAULT_RUBRIC } from "../../server/reviews/rubric";
import { submitReview } from "../../server/reviews/submit-review";
import { DEMO_EMAIL_DOMAIN, DEMO_INSTITUTIONS, demoId } from "./demo";
import { APPROVING_REVIEW, type LifecycleStory } from "./programmes/lifecycle/script";
import { LIFECYCLE_STORIES } from "./programmes/lifecycle/stories";

export { LIFECYCLE_STORIES };
export type DemoLifecycleSummary = { summary: string; programmesCreated: number; applicationsCreated: number };

const META = { ip: null, userAgent: "demo-seed", locale: "en" };
const ADMIN = "admin";

type InboxEntry = { userId: string; kind: NotificationKind; params: Record<string, string>; path: string; read: boolean };
type People = Map<string, { id: string; ctx: UseCaseContext }>;

const institutionId = (key: string) => demoId(`institution:${key}`);
const institutionName = (key: string) => DEMO_INSTITUTIONS.find((i) => i.key === key)?.name ?? key;

/** Plays every lifecycle story that does not exist yet; returns what it added. */
export async function seedDemoLifecycle(db: Database): Promise<DemoLifecycleSummary> {
  const existing = await db
    .select({ title: programmes.title, lead: programmes.leadInstitutionId })
    .from(programmes)
    .where(inArray(programmes.title, LIFECYCLE_STORIES.map((s) => s.content.title)));
  const todo = LIFECYCLE_STORIES.filter((s) => !existing.some((e) => e.title === s.content.title && e.lead === institutionId(s.lead)));
  if (todo.length === 0) return { summary: "", programmesCreated: 0, applicationsCreated: 0 };

  const people = await demoPeople(db, todo);
  let applicationsCreated = 0;
  const inbox: InboxEntry[] = [];
  for (const story of todo) {
    try {
      applicationsCreated += await play(db, people, story, inbox);
    } catch (error) {
      throw new Error(`demo lifecycle seed: "${story.content.title}" failed`, { cause: error });
    }
  }
  if (inbox.length > 0) await db.insert(notifications).values(inbox.map(({ read, ...n }) => ({ ...n, readAt: read ? new Date() : null })));
  return {
    summary: `${todo.length} programmes run after approval, ${applicationsCreated} applications, ${inbox.length} notifications`,
    programmesCreated: todo.length,
    applicationsCreated,
  };
}

/** The demo people the stories need, each with a use-case context signed in as them (side effects dropped: the seed writes the inbox itself, sends no email). */
async function demoPeople(db: Database, stories: readonly LifecycleStory[]): Promise<People> {
  const locals = new Set<string>([ADMIN]);
  for (const s of stories) {
    locals.add(s.author);
    [...s.panel.reviewers, s.panel.chair].forEach((r) => locals.add(r));
    s.applications.forEach((a) => locals.add(a.by));
  }
  const emails = [...locals].map((l) => `${l}@${DEMO_EMAIL_DOMAIN}`);
  const rows = await db.select({ id: users.id, email: users.email, sessionVersion: users.sessionVersion }).from(users).where(inArray(users.email, emails));
  const people: People = new Map();
  for (const local of locals) {
    const row = rows.find((r) => r.email.toLowerCase() === `${local}@${DEMO_EMAIL_DOMAIN}`);
    const viewer = row ? await loadViewer(db, row.id, row.sessionVersion) : null;
    if (!row || !viewer) throw new Error(`demo lifecycle seed: no demo user ${local}@${DEMO_EMAIL_DOMAIN} (run seedDemoData first)`);
    people.set(local, { id: row.id, ctx: { db, viewer, meta: META, defer: () => {} } });
  }
  return people;
}

async function versionOf(db: Database, programmeId: string): Promise<number> {
  const [row] = await db.select({ version: programmes.version }).from(programmes).where(eq(programmes.id, programmeId));
  if (!row) throw new Error(`demo lifecycle seed: programme ${programmeId} vanished`);
  return row.version;
}

/**
 * The story's content, with today (UTC) as its application deadline and start date when it starts
 * here or may start once its agreement is in force (open, sharing data): applications are still
 * accepted today, and the programme may start today. Other stories keep their own dates.
 */
export function datedForSeedDay(story: LifecycleStory, today: string = todayUtc()): LifecycleStory["content"] {
  const starts = story.then.some((step) => step.kind === "start") || (story.finalStatus === "open" && story.content.involvesDataSharing);
  return starts ? { ...story.content, applicationDeadline: today, startDate: today } : story.content;
}

/** Creates one programme and plays its story to the end; returns the number of applications made. */
async function play(db: Database, people: People, story: LifecycleStory, inbox: InboxEntry[]): Promise<number> {
  const person = (local: string) => {
    const p = people.get(local);
    if (!p) throw new Error(`demo lifecycle seed: ${local} was not loaded`);
    return p;
  };
  const author = person(story.author);
  const admin = person(ADMIN);
  const v = async (programmeId: string) => ({ programmeId, version: await versionOf(db, programmeId) });

  // The review phase, as the app runs it: submission, a panel, two reviews, the chair's approval.
  const { programmeId } = await createProgramme(author.ctx, createProgrammeInput.parse({ ...datedForSeedDay(story), leadInstitutionId: institutionId(story.lead) }));
  const reference = (await findReference(db, programmeId)) ?? "";
  const about = { reference, title: story.content.title };
  await submitProgramme(author.ctx, await v(programmeId));
  await assignPanel(admin.ctx, { ...(await v(programmeId)), reviewerIds: story.panel.reviewers.map((r) => person(r).id), chairId: person(story.panel.chair).id });
  for (const reviewer of story.panel.reviewers) {
    await submitReview(person(reviewer).ctx, {
      programmeId,
      scores: Object.fromEntries(DEFAULT_RUBRIC.map((c, i) => [c.code, APPROVING_REVIEW.scores[i]!])),
      recommendation: "approve",
      commentsToProposer: APPROVING_REVIEW.toProposer,
      confidentialComments: APPROVING_REVIEW.confidential,
    });
  }
  await decideProgramme(person(story.panel.chair).ctx, { ...(await v(programmeId)), outcome: "approve", letter: story.letter });
  inbox.push({ userId: author.id, kind: "programmeDecided", params: about, path: `/proposals/${programmeId}`, read: story.publish });

  // After approval.
  if (story.flagship) await setFlagshipProgramme(admin.ctx, { ...(await v(programmeId)), flagship: true });
  if (story.publish) await publishProgramme(author.ctx, await v(programmeId));

  const participants: string[] = [];
  for (const application of story.applications) {
    const applicant = person(application.by);
    const { participationId } = await applyToProgramme(applicant.ctx, {
      programmeId,
      institutionId: institutionId(application.institution),
      motivation: application.motivation,
      contactName: application.contactName,
      contactEmail: `${application.by}@${DEMO_EMAIL_DOMAIN}`,
    });
    const decided = application.outcome !== "pending" && application.outcome !== "withdrawn";
    inbox.push({ userId: author.id, kind: "applicationReceived", params: { ...about, institution: institutionName(application.institution) }, path: `/proposals/${programmeId}`, read: decided });
    const version = async () => {
      const [row] = await db.select({ version: participations.version }).from(participations).where(eq(participations.id, participationId));
      return row!.version;
    };
    const decision = { institution: institutionName(application.institution), ...about };
    switch (application.outcome) {
      case "pending":
        break;
      case "withdrawn":
        await withdrawApplication(applicant.ctx, { participationId, version: await version() });
        break;
      case "declined":
        await decideApplication(author.ctx, { participationId, version: await version(), decision: "decline", reason: application.reason });
        inbox.push({ userId: applicant.id, kind: "applicationDecided", params: { ...decision, decision: "declined" }, path: "/dashboard", read: false });
        break;
      case "accepted":
      case "left":
        await decideApplication(author.ctx, { participationId, version: await version(), decision: "accept" });
        inbox.push({ userId: applicant.id, kind: "applicationDecided", params: { ...decision, decision: "accepted" }, path: "/dashboard", read: true });
        if (application.outcome === "left") await leaveProgramme(applicant.ctx, { participationId, version: await version(), reason: application.reason });
        else participants.push(applicant.id);
        break;
    }
  }

  for (const step of story.then) {
    switch (step.kind) {
      case "start":
        await startProgramme(author.ctx, await v(programmeId));
        break;
      case "complete":
        await completeProgramme(author.ctx, {
          ...(await v(programmeId)),
          results: story.content.outcomes.map((o, i) => ({ metric: o.metric, target: o.target, achieved: step.achieved[i] ?? 0, description: o.description })),
          narrative: step.narrative,
        });
        break;
      case "cancel":
        await cancelProgramme(author.ctx, { ...(await v(programmeId)), reason: step.reason });
        break;
    }
    const status = step.kind === "start" ? "active" : step.kind === "complete" ? "completed" : "cancelled";
    for (const userId of participants) inbox.push({ userId, kind: "programmeStatusChanged", params: { ...about, status }, path: "/dashboard", read: false });
  }

  const [row] = await db.select({ status: programmes.status }).from(programmes).where(and(eq(programmes.id, programmeId)));
  if (row?.status !== story.finalStatus) throw new Error(`ended ${row?.status}, expected ${story.finalStatus}`);
  return story.applications.length;
}
