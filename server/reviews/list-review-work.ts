import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { institutions, programmes, reviewAssignments } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { programmeMachine } from "../programmes/transitions";

/** Reviews of the current revision that count: from seats still active (not recused, not ended). */
const reviewCountOfCurrent = sql<number>`(select count(*) from reviews r join review_assignments ra on ra.id = r.assignment_id and ra.status = 'active' where r.programme_id = ${programmes.id} and r.revision_number = ${programmes.currentRevision})`.mapWith(Number);

/**
 * A reviewer's workspace: their panel seats with the programme's state and review counts,
 * and "next" — the assigned proposal still needing their review with the fewest reviews.
 */
export async function listMyAssignments(ctx: UseCaseContext) {
  assertCan(ctx.viewer, "review.workspace");
  const rows = await ctx.db
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
      mine: sql<number>`(select count(*) from reviews r where r.assignment_id = ${reviewAssignments.id} and r.revision_number = ${programmes.currentRevision})`.mapWith(Number),
    })
    .from(reviewAssignments)
    .innerJoin(programmes, eq(programmes.id, reviewAssignments.programmeId))
    .innerJoin(institutions, eq(institutions.id, programmes.leadInstitutionId))
    .where(eq(reviewAssignments.reviewerUserId, ctx.viewer.userId))
    .orderBy(asc(programmes.submittedAt));
  const items = rows.map((r) => ({ ...r, needsMyReview: r.seat === "active" && r.role === "reviewer" && r.status === "under_review" && r.mine === 0 }));
  const next = items.filter((i) => i.needsMyReview).sort((a, b) => a.reviews - b.reviews)[0] ?? null;
  return { items, nextProgrammeId: next?.programmeId ?? null };
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
