import { and, eq } from "drizzle-orm";
import { programmeRevisions } from "@/db/schema";
import { assertCan, can } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { findProgramme, programmeSubject } from "../programmes/queries";
import { activeCriteria, findAssignment, revisionReviews, reviewPolicy } from "./queries";

/**
 * What a panel member works from: the current revision's frozen text, the rubric, their own
 * review, and the other reviews — only once their own is submitted (the chair and admins see
 * all, with each reviewer's mean over all their reviews beside their scores).
 */
export async function getReviewSheet(ctx: UseCaseContext, programmeId: string) {
  const { db, viewer } = ctx;
  const [found, criteria, policy] = await Promise.all([findProgramme(db, programmeId), activeCriteria(db), reviewPolicy(db)]);
  if (!found) throw notFound("programme");
  const { programme } = found;
  const subject = programmeSubject(programme, found.panel);
  assertCan(viewer, "programme.viewPrivate", subject);
  const [revision, assignment, submitted] = await Promise.all([
    db
      .select({ content: programmeRevisions.content, createdAt: programmeRevisions.createdAt })
      .from(programmeRevisions)
      .where(and(eq(programmeRevisions.programmeId, programmeId), eq(programmeRevisions.number, programme.currentRevision)))
      .limit(1),
    viewer ? findAssignment(db, programmeId, viewer.userId) : Promise.resolve(undefined),
    revisionReviews(db, programmeId, programme.currentRevision),
  ]);
  const seesPanel = can(viewer, "review.readPanel", subject);
  const mine = submitted.find((r) => r.review.reviewerUserId === viewer?.userId) ?? null;
  const othersVisible = seesPanel || mine !== null;
  return {
    programme: { id: programme.id, reference: programme.reference, title: programme.title, status: programme.status, version: programme.version, currentRevision: programme.currentRevision, leadName: found.leadName },
    revision: revision[0] ?? null,
    criteria: criteria.map((c) => ({ code: c.code, weight: c.weight })),
    seat: assignment ? { role: assignment.role, status: assignment.status } : null,
    myReview: mine
      ? {
          revisionNumber: mine.review.revisionNumber,
          scores: mine.review.scores,
          weightedScore: mine.review.weightedScore,
          recommendation: mine.review.recommendation,
          commentsToProposer: mine.review.commentsToProposer,
          confidentialComments: mine.review.confidentialComments,
          submittedAt: mine.review.submittedAt,
        }
      : null,
    // The quorum counts reviews from active seats only; a former reviewer's review stays visible, marked.
    reviewCount: submitted.filter((r) => !r.formerReviewer).length,
    quorum: policy.quorum,
    reviews: othersVisible
      ? submitted
          .filter((r) => r !== mine)
          .map((r, index) => ({
            label: seesPanel ? r.reviewerName : `#${index + 1}`,
            scores: r.review.scores,
            weightedScore: r.review.weightedScore,
            recommendation: r.review.recommendation,
            commentsToProposer: r.review.commentsToProposer,
            confidentialComments: seesPanel ? r.review.confidentialComments : null,
            reviewerMean: seesPanel ? r.reviewerMean : null,
            reviewerReviewCount: seesPanel ? r.reviewerCount : null,
            formerReviewer: r.formerReviewer,
          }))
      : [],
    can: {
      review: can(viewer, "review.write", subject) && programme.status === "under_review" && assignment?.role === "reviewer" && mine === null,
      recuse: can(viewer, "review.recuse", subject) && assignment?.status === "active",
      decide: can(viewer, "programme.decide", subject) && programme.status === "under_review",
    },
  };
}
