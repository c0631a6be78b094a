// Demo discussions (issue #16), played through the real use cases as the demo people, so each
// thread, message and audit entry is written (and chained) by the kernel: a question between a
// proposal's parties and its panel, the panel's own thread, public questions on open programmes
// and a clause thread on a draft agreement. Idempotent: nothing is added once any thread exists.
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { agreementParties, agreements, institutions, memberships, programmes, reviewAssignments, threads, users } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import type { UseCaseContext } from "../../server/context";
import { isDomainError } from "../../server/errors";
import { postMessage } from "../../server/discussions/post-message";
import { startThread } from "../../server/discussions/start-thread";

const META = { ip: null, userAgent: "demo-seed", locale: "en" };

export async function seedDemoDiscussions(db: Database): Promise<{ summary: string }> {
  const [existing] = await db.select({ n: sql<number>`count(*)` }).from(threads);
  if (Number(existing?.n ?? 0) > 0) return { summary: "" };

  const as = async (userId: string | undefined): Promise<UseCaseContext | null> => {
    if (!userId) return null;
    const [u] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
    const viewer = u ? await loadViewer(db, userId, u.sessionVersion) : null;
    return viewer ? { db, viewer, meta: META, defer: () => {} } : null;
  };
  const memberOf = async (institutionId: string) =>
    (await db.select({ userId: memberships.userId }).from(memberships).where(and(eq(memberships.institutionId, institutionId), eq(memberships.status, "active"))).orderBy(asc(memberships.createdAt)).limit(1))[0]?.userId;
  let written = 0;
  /** One demo step; a refusal (a person's standing changed) skips it rather than failing the seed. */
  const step = async <T>(run: () => Promise<T>): Promise<T | null> => {
    try {
      const result = await run();
      written++;
      return result;
    } catch (error) {
      if (isDomainError(error)) return null;
      throw error;
    }
  };

  // A proposal under review: a reviewer asks the parties; the lead answers; the panel confers.
  const [reviewed] = await db.select({ id: programmes.id, lead: programmes.leadInstitutionId }).from(programmes).where(eq(programmes.status, "under_review")).orderBy(asc(programmes.createdAt)).limit(1);
  if (reviewed) {
    const seats = await db.select({ userId: reviewAssignments.reviewerUserId, role: reviewAssignments.role }).from(reviewAssignments).where(and(eq(reviewAssignments.programmeId, reviewed.id), eq(reviewAssignments.status, "active")));
    const reviewer = await as(seats.find((s) => s.role === "reviewer")?.userId);
    const chair = await as(seats.find((s) => s.role === "chair")?.userId ?? seats[1]?.userId);
    const lead = await as(await memberOf(reviewed.lead));
    const asked = reviewer && (await step(() => startThread(reviewer, { audience: "parties_and_reviewers", programmeId: reviewed.id, subject: "Data storage during the pilot", body: "Where will the survey data be stored while the pilot runs, and who can access it?", mentions: [] })));
    if (asked && lead) await step(() => postMessage(lead, { threadId: asked.threadId, parentId: asked.messageId, body: "On the lead's servers in-country, encrypted at rest; only the two named analysts have access.", mentions: [] }));
    if (chair) await step(() => startThread(chair, { audience: "panel", programmeId: reviewed.id, subject: "Before we decide", body: "The budget looks thin for year two. Shall we ask for changes rather than reject?", mentions: [] }));
    if (lead) await step(() => startThread(lead, { audience: "parties", programmeId: reviewed.id, subject: "Answers to the panel", body: "Let us agree the wording before we answer the reviewers.", mentions: [] }));
  }

  // Open programmes: a member of another verified institution asks; the lead answers.
  const open = await db.select({ id: programmes.id, lead: programmes.leadInstitutionId }).from(programmes).where(eq(programmes.status, "open")).orderBy(asc(programmes.createdAt)).limit(2);
  for (const programme of open) {
    const [other] = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(institutions, eq(institutions.id, memberships.institutionId))
      .where(and(eq(memberships.status, "active"), eq(institutions.status, "verified"), ne(memberships.institutionId, programme.lead)))
      .orderBy(asc(memberships.createdAt))
      .limit(1);
    const asker = await as(other?.userId);
    const lead = await as(await memberOf(programme.lead));
    const q = asker && (await step(() => startThread(asker, { audience: "public", programmeId: programme.id, subject: "Who may apply?", body: "May a university department apply, or only the university as a whole?", mentions: [] })));
    if (q && lead) await step(() => postMessage(lead, { threadId: q.threadId, parentId: q.messageId, body: "A department may apply on behalf of its verified institution.", mentions: [] }));
  }

  // A draft agreement: the parties discuss its retention clause.
  const [draft] = await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.status, "draft")).orderBy(asc(agreements.createdAt)).limit(1);
  if (draft) {
    const parties = await db.select({ institutionId: agreementParties.institutionId }).from(agreementParties).where(eq(agreementParties.agreementId, draft.id));
    const people = await db
      .select({ userId: memberships.userId, institutionId: memberships.institutionId })
      .from(memberships)
      .where(and(eq(memberships.status, "active"), inArray(memberships.institutionId, parties.length ? parties.map((p) => p.institutionId) : [""])));
    const first = await as(people[0]?.userId);
    const second = await as(people.find((p) => p.institutionId !== people[0]?.institutionId)?.userId);
    const started = first && (await step(() => startThread(first, { audience: "clause", agreementId: draft.id, clause: "retentionPeriod", subject: "Retention period", body: "Is five years after the end of the programme really needed?", mentions: [] })));
    if (started && second) await step(() => postMessage(second, { threadId: started.threadId, body: "Three years would meet our auditors' needs.", mentions: [] }));
  }
  return { summary: written ? `${written} discussion messages` : "" };
}
