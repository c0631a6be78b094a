// Helpers for the proposals & review tests: a small world around one lead institution, use-case
// contexts whose side effects are collected (not run inline), and snapshots of everything a
// refused change must leave untouched.
import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import type { Database } from "../../../db/client";
import { auditLog, notifications, programmeDecisions, programmeRevisions, programmes, reviewAssignments, reviews } from "../../../db/schema";
import type { UseCaseContext } from "../../../server/context";
import { addMembership, createAdmin, createInstitution, createReviewer, createUser, type Institution, type User } from "../../factories";
import { openTestDb } from "./db";
import { TEST_META, viewerOf } from "./personas";

/** Side effects handed to ctx.defer, kept until the test runs them. */
export function collectDeferred() {
  const tasks: (() => Promise<void>)[] = [];
  return {
    tasks,
    defer: (task: () => Promise<void>) => void tasks.push(task),
    /** Runs (and forgets) every collected task, one after another. */
    async run() {
      for (const task of tasks.splice(0)) await task();
    },
  };
}

export type Acting = UseCaseContext & { runDeferred: () => Promise<void>; deferredCount: () => number };

/** A use-case context acting as `user` (viewer freshly loaded) whose side effects are collected. */
export async function acting(db: Database, user: { id: string; sessionVersion: number }): Promise<Acting> {
  const deferred = collectDeferred();
  return { db, viewer: await viewerOf(db, user), meta: TEST_META, defer: deferred.defer, runDeferred: deferred.run, deferredCount: () => deferred.tasks.length };
}

export type ProposalWorld = {
  lead: Institution;
  /** Owner of the lead institution and the proposer of its programmes. */
  proposer: User;
  /** A plain member of the lead institution. */
  member: User;
  admin: User;
  /** Platform reviewers with no institution (no conflict with anything). */
  reviewers: User[];
};

/** A verified Kenyan lead with its owner (the proposer) and a member, an admin and `n` free reviewers. */
export async function proposalWorld(db: Database, n = 4): Promise<ProposalWorld> {
  const [proposer, member, admin, ...reviewers] = await Promise.all([
    createUser(db),
    createUser(db),
    createAdmin(db),
    ...Array.from({ length: n }, () => createReviewer(db)),
  ]);
  const lead = await createInstitution(db, { createdByUserId: proposer.id });
  await Promise.all([
    addMembership(db, { institutionId: lead.id, userId: proposer.id, role: "owner" }),
    addMembership(db, { institutionId: lead.id, userId: member.id }),
  ]);
  return { lead, proposer, member, admin, reviewers };
}

export async function programmeRow(db: Database, id: string) {
  const [row] = await db.select().from(programmes).where(eq(programmes.id, id));
  if (!row) throw new Error(`programmeRow: no programme ${id}`);
  return row;
}

/** Everything about a programme that a refused change must leave exactly as it was. */
export async function programmeState(db: Database, id: string) {
  const [row, revisions, decisions, assignments, reviewRows, [audit]] = await Promise.all([
    programmeRow(db, id),
    db.select().from(programmeRevisions).where(eq(programmeRevisions.programmeId, id)).orderBy(asc(programmeRevisions.number)),
    db.select().from(programmeDecisions).where(eq(programmeDecisions.programmeId, id)).orderBy(asc(programmeDecisions.revisionNumber)),
    db.select().from(reviewAssignments).where(eq(reviewAssignments.programmeId, id)).orderBy(asc(reviewAssignments.id)),
    db.select().from(reviews).where(eq(reviews.programmeId, id)).orderBy(asc(reviews.id)),
    db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.objectType, "programme"), eq(auditLog.objectId, id))),
  ]);
  return { row, revisions, decisions, assignments, reviews: reviewRows, auditCount: audit?.n ?? 0 };
}

export async function programmeAudit(db: Database, id: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectType, "programme"), eq(auditLog.objectId, id)))
    .orderBy(asc(auditLog.id));
}

export async function notificationsOf(db: Database, userId: string) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(asc(notifications.createdAt));
}

/**
 * The test database and a proposal world with `reviewers` reviewers, built before the file's
 * tests (read `fixture.world` inside them); the handle is closed after them.
 */
export function withProposalWorld(reviewers: number) {
  const handle = openTestDb();
  const fixture = { db: handle.db, world: undefined as unknown as ProposalWorld };
  beforeAll(async () => {
    fixture.world = await proposalWorld(handle.db, reviewers);
  });
  afterAll(() => handle.close());
  return fixture;
}
