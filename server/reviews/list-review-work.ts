import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { institutions, programmes, reviewAssignments } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { programmeMachine } from "../programmes/transitions";

/** Reviews of the current revision that count: from seats still active (not recused, not ended). */
const reviewCountOfCurrent = sql<number>`(select count(*) from reviews r join review_assignments ra on ra.id = r.assignment_id and ra.status = 'active' where r.programme_id = ${programmes.id} and r.revision_number = ${programmes.currentRevision})`.mapWith(Number);

/** Seats on one page of the reviewer workspace. */
export const WORKSPACE_PAGE_SIZE = 50;

/**
 * A reviewer's workspace: a page of their panel seats — those still waiting for their review
 * first, then the newest submissions, so a new assignment is never pushed past the first page —
 * with the programme's state and review counts; "next", over all their seats, not just this page:
 * the assigned proposal still needing their review with the fewest reviews; and `recused`, the
 * reference named in the address after a recusal when the viewer holds that recused seat (so the
 * page's confirmation never repeats a reference it was handed). One wave of three reads.
 */
export async function listMyAssignments(ctx: UseCaseContext, page = 1, recusedReference?: string) {
  assertCan(ctx.viewer, "review.workspace");
  const mine = sql<number>`(select count(*) from reviews r where r.assignment_id = ${reviewAssignments.id} and r.revision_number = ${programmes.currentRevision})`.mapWith(Number);
  /** Whether the seat still waits for the reviewer's own review of the current revision. */
  const waitsForMe = sql<boolean>`(${reviewAssignments.status} = 'active' and ${reviewAssignments.role} = 'reviewer' and ${programmes.status} = 'under_review' and ${mine} = 0)`.mapWith((v) => Number(v) === 1);
  const [rows, waiting, recused] = await Promise.all([
    ctx.db
      .select({
        programmeId: programmes.id,
        reference: programmes.reference,
        title: programmes.title,
        status: programmes.status,
        revision: programmes.currentRevision,
        leadName: institutions.name,
        role: reviewAssignments.role,
        seat: reviewAssignments.status,
        reviews: reviewCountOfCurrent,
        mine,
        needsMyReview: waitsForMe,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(reviewAssignments)
      .innerJoin(programmes, eq(programmes.id, reviewAssignments.programmeId))
      .innerJoin(institutions, eq(institutions.id, programmes.leadInstitutionId))
      .where(eq(reviewAssignments.reviewerUserId, ctx.viewer.userId))
      .orderBy(desc(waitsForMe), desc(programmes.submittedAt), desc(programmes.id))
      .limit(WORKSPACE_PAGE_SIZE)
      .offset((page - 1) * WORKSPACE_PAGE_SIZE),
    ctx.db
      .select({ programmeId: programmes.id, reference: programmes.reference, title: programmes.title })
      .from(reviewAssignments)
      .innerJoin(programmes, eq(programmes.id, reviewAssignments.programmeId))
      .where(and(eq(reviewAssignments.reviewerUserId, ctx.viewer.userId), waitsForMe))
      .orderBy(asc(reviewCountOfCurrent), asc(programmes.submittedAt), asc(programmes.id))
      .limit(1),
    recusedReference
      ? ctx.db
          .select({ reference: programmes.reference })
          .from(reviewAssignments)
          .innerJoin(programmes, eq(programmes.id, reviewAssignments.programmeId))
          .where(and(eq(reviewAssignments.reviewerUserId, ctx.viewer.userId), eq(reviewAssignments.status, "recused"), eq(programmes.reference, recusedReference)))
          .limit(1)
      : Promise.resolve([]),
  ]);
  const items = rows.map(({ total: _total, ...r }) => r);
  return { items, total: rows[0]?.total ?? 0, page, pageSize: WORKSPACE_PAGE_SIZE, next: waiting[0] ?? null, nextProgrammeId: waiting[0]?.programmeId ?? null, recused: recused[0]?.reference ?? null };
}

/** The admin's review desk: proposals waiting for a panel or a decision, with panel and review counts. */
export async function listReviewDesk(ctx: UseCaseContext) {
  assertCan(ctx.viewer, "programme.reviewDesk");
  return ctx.db
    .select({
      programmeId: programmes.id,
      reference: programmes.reference,
      title: programmes.title,
      status: programmes.status,
      revision: programmes.currentRevision,
      submittedAt: programmes.submittedAt,
      leadName: institutions.name,
      leadCountry: institutions.countryCode,
      panelSize: sql<number>`(select count(*) from review_assignments a where a.programme_id = ${programmes.id} and a.status = 'active' and a.role = 'reviewer')`.mapWith(Number),
      hasChair: sql<number>`(select count(*) from review_assignments a where a.programme_id = ${programmes.id} and a.status = 'active' and a.role = 'chair')`.mapWith(Number),
      reviews: reviewCountOfCurrent,
      version: programmes.version,
    })
    .from(programmes)
    .innerJoin(institutions, eq(institutions.id, programmes.leadInstitutionId))
    .where(and(inArray(programmes.status, [...programmeMachine.groups.undecided])))
    .orderBy(asc(programmes.submittedAt))
    .limit(200);
}
