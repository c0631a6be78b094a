// Demo proposals in every state of the review phase, with panels, reviews, recusals and
// decisions. Each story (scripts/seed/programmes/) is played through the real use cases, signed in
// as the demo people, so programmes, revisions, reviews, decisions and audit entries are
// exactly what the app writes. Idempotent: a proposal whose title already exists for its lead
// institution is skipped. Run after seedDemoData (it needs the demo people and institutions).
import { eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { notifications, platformRoles, programmes, users } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import type { SignedInViewer } from "../../server/authz/viewer";
import type { UseCaseContext } from "../../server/context";
import type { NotificationKind } from "../../server/notifications/kinds";
import { createProgramme } from "../../server/programmes/create-programme";
import { findReference } from "../../server/programmes/queries";
import { createProgrammeInput, updateProgrammeInput } from "../../server/programmes/schemas";
import { submitProgramme } from "../../server/programmes/submit-programme";
import { updateProgramme } from "../../server/programmes/update-programme";
import { withdrawProgramme } from "../../server/programmes/withdraw-programme";
import { assignPanel } from "../../server/reviews/assign-panel";
import { decideProgramme } from "../../server/reviews/decide-programme";
import { recuse } from "../../server/reviews/recuse";
import { submitReview } from "../../server/reviews/submit-review";
import { DEMO_EMAIL_DOMAIN, DEMO_INSTITUTIONS, demoId } from "./demo";
import { DEMO_PROGRAMMES, type DemoProgramme } from "./programmes";
import type { DemoReviewer, DemoStep } from "./programmes/script";

export { DEMO_PROGRAMMES };
export type DemoProgrammesSummary = { programmesCreated: number; notificationsCreated: number };

const META = { ip: null, userAgent: "demo-seed", locale: "en" };
const ADMIN = "admin";

/** An in-app notification as a notice of commit() writes it; `read` once the person has acted on it. */
type InboxEntry = { userId: string; kind: NotificationKind; params: Record<string, string>; path: string; read: boolean };
type PanelSeat = { userId: string; key: DemoReviewer; role: "reviewer" | "chair"; active: boolean };

const institutionId = (key: string) => demoId(`institution:${key}`);
const institutionName = (key: string) => DEMO_INSTITUTIONS.find((i) => i.key === key)?.name ?? key;

/** Plays every demo proposal that does not exist yet; returns what it added. */
export async function seedDemoProgrammes(db: Database): Promise<DemoProgrammesSummary> {
  const existing = await db
    .select({ title: programmes.title, lead: programmes.leadInstitutionId })
    .from(programmes)
    .where(inArray(programmes.title, DEMO_PROGRAMMES.map((p) => p.content.title)));
  const todo = DEMO_PROGRAMMES.filter((p) => !existing.some((e) => e.title === p.content.title && e.lead === institutionId(p.lead)));
  if (todo.length === 0) return { programmesCreated: 0, notificationsCreated: 0 };

  const people = await demoPeople(db, todo);
  const admins = await db.select({ id: platformRoles.userId }).from(platformRoles).where(eq(platformRoles.role, "admin"));
  let notificationsCreated = 0;
  for (const story of todo) {
    const inbox = await play(db, people, story, admins.map((a) => a.id));
    if (inbox.length > 0) {
      await db.insert(notifications).values(inbox.map(({ read, ...n }) => ({ ...n, readAt: read ? new Date() : null })));
      notificationsCreated += inbox.length;
    }
  }
  return { programmesCreated: todo.length, notificationsCreated };
}

type People = Map<string, { id: string; ctx: UseCaseContext }>;

/** The demo people the stories need, each with a use-case context signed in as them. */
async function demoPeople(db: Database, stories: readonly DemoProgramme[]): Promise<People> {
  const locals = new Set<string>([ADMIN]);
  for (const s of stories) {
    locals.add(s.author);
    for (const step of s.steps) {
      if (step.kind === "assign") [...step.reviewers, ...(step.chair ? [step.chair] : [])].forEach((r) => locals.add(r));
    }
  }
  const emails = [...locals].map((l) => `${l}@${DEMO_EMAIL_DOMAIN}`);
  const rows = await db.select({ id: users.id, email: users.email, sessionVersion: users.sessionVersion }).from(users).where(inArray(users.email, emails));
  const people: People = new Map();
  for (const local of locals) {
    const row = rows.find((r) => r.email.toLowerCase() === `${local}@${DEMO_EMAIL_DOMAIN}`);
    const viewer = row ? await loadViewer(db, row.id, row.sessionVersion) : null;
    if (!row || !viewer) throw new Error(`demo seed: no demo user ${local}@${DEMO_EMAIL_DOMAIN} (run seedDemoData first)`);
    // Side effects are recorded as in-app notifications by play() instead: the seed sends no email.
    people.set(local, { id: row.id, ctx: { db, viewer: viewer satisfies SignedInViewer, meta: META, defer: () => {} } });
  }
  return people;
}

async function versionOf(db: Database, programmeId: string): Promise<number> {
  const [row] = await db.select({ version: programmes.version }).from(programmes).where(eq(programmes.id, programmeId));
  if (!row) throw new Error(`demo seed: programme ${programmeId} vanished`);
  return row.version;
}

/** Creates one proposal and plays its steps; returns the notifications the app would have written. */
async function play(db: Database, people: People, story: DemoProgramme, adminIds: string[]): Promise<InboxEntry[]> {
  const person = (local: string) => {
    const p = people.get(local);
    if (!p) throw new Error(`demo seed: ${local} was not loaded`);
    return p;
  };
  const author = person(story.author);
  const { programmeId } = await createProgramme(
    author.ctx,
    createProgrammeInput.parse({ ...story.content, leadInstitutionId: institutionId(story.lead), coLeadInstitutionIds: (story.coLeads ?? []).map(institutionId) }),
  );
  const reference = (await findReference(db, programmeId)) ?? "";
  const about = { reference, title: story.content.title };
  const inbox: InboxEntry[] = [];
  const panel: PanelSeat[] = [];
  const tell = (userIds: string[], kind: NotificationKind, params: Record<string, string>, path: string) =>
    inbox.push(...userIds.map((userId) => ({ userId, kind, params, path, read: false })));
  const actedOn = (userIds: string[], kinds: NotificationKind[]) =>
    inbox.filter((n) => userIds.includes(n.userId) && kinds.includes(n.kind)).forEach((n) => (n.read = true));

  const run = async (step: DemoStep) => {
    switch (step.kind) {
      case "submit": {
        const { revision } = await submitProgramme(author.ctx, { programmeId, version: await versionOf(db, programmeId) });
        const params = { ...about, institution: institutionName(story.lead), revision: String(revision) };
        if (revision === 1) tell(adminIds, "programmeSubmitted", params, `/review-desk/${programmeId}`);
        else tell(panel.filter((s) => s.active).map((s) => s.userId), "programmeSubmitted", params, `/reviews/${programmeId}`);
        actedOn([author.id], ["programmeDecided"]);
        return;
      }
      case "revise":
        await updateProgramme(author.ctx, updateProgrammeInput.parse({ ...step.changes, programmeId, version: await versionOf(db, programmeId) }));
        return;
      case "assign": {
        const seats: PanelSeat[] = [
          ...step.reviewers.map((key) => ({ key, userId: person(key).id, role: "reviewer" as const, active: true })),
          ...(step.chair ? [{ key: step.chair, userId: person(step.chair).id, role: "chair" as const, active: true }] : []),
        ];
        await assignPanel(person(ADMIN).ctx, {
          programmeId,
          version: await versionOf(db, programmeId),
          reviewerIds: step.reviewers.map((r) => person(r).id),
          chairId: step.chair ? person(step.chair).id : undefined,
        });
        panel.push(...seats);
        for (const s of seats) tell([s.userId], "reviewerAssigned", { ...about, role: s.role }, `/reviews/${programmeId}`);
        actedOn(adminIds, ["programmeSubmitted"]);
        return;
      }
      case "review": {
        const { by, kind: _kind, toProposer, confidential, ...rest } = step;
        await submitReview(person(by).ctx, { programmeId, ...rest, commentsToProposer: toProposer, confidentialComments: confidential });
        actedOn([person(by).id], ["reviewerAssigned", "programmeSubmitted"]);
        return;
      }
      case "recuse": {
        await recuse(person(step.by).ctx, { programmeId, reason: step.reason });
        panel.filter((s) => s.key === step.by).forEach((s) => (s.active = false));
        tell(adminIds, "reviewerRecused", about, `/review-desk/${programmeId}`);
        actedOn([person(step.by).id], ["reviewerAssigned", "programmeSubmitted"]);
        return;
      }
      case "decide": {
        const chair = panel.find((s) => s.role === "chair" && s.active);
        if (!chair) throw new Error("no active chair to decide");
        await decideProgramme(person(chair.key).ctx, { programmeId, version: await versionOf(db, programmeId), outcome: step.outcome, letter: step.letter });
        tell([author.id], "programmeDecided", about, `/proposals/${programmeId}`);
        actedOn([chair.userId], ["reviewerAssigned", "programmeSubmitted"]);
        return;
      }
      case "withdraw":
        await withdrawProgramme(author.ctx, { programmeId, version: await versionOf(db, programmeId) });
        actedOn(adminIds, ["programmeSubmitted"]);
        return;
    }
  };

  for (const [index, step] of story.steps.entries()) {
    try {
      await run(step);
    } catch (error) {
      throw new Error(`demo seed: "${story.content.title}" (${reference}) failed at step ${index + 1} (${step.kind})`, { cause: error });
    }
  }
  const [row] = await db.select({ status: programmes.status }).from(programmes).where(eq(programmes.id, programmeId));
  if (row?.status !== story.finalStatus) throw new Error(`demo seed: "${story.content.title}" ended ${row?.status}, expected ${story.finalStatus}`);
  return inbox;
}
