import { newId } from "@/db/ids";
import { reviews, type Recommendation } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { DomainError, invalidFields, notFound } from "../errors";
import { findProgramme, programmeSubject } from "../programmes/queries";
import { activeCriteria, findAssignment } from "./queries";
import { missingScores, weightedScore } from "./scoring";
import { commit } from "../workflow/commit";

export type SubmitReviewInput = {
  programmeId: string;
  scores: Record<string, number>;
  commentsToProposer: string;
  confidentialComments: string;
  recommendation: Recommendation;
};

/** An assigned reviewer submits their review of the current revision (once per revision). */
export async function submitReview(ctx: UseCaseContext, input: SubmitReviewInput) {
  const { db, viewer } = ctx;
  if (!viewer) throw new DomainError("UNAUTHENTICATED");
  const [found, assignment, criteria] = await Promise.all([
    findProgramme(db, input.programmeId),
    findAssignment(db, input.programmeId, viewer.userId),
    activeCriteria(db),
  ]);
  if (!found) throw notFound("programme");
  assertCan(viewer, "review.write", programmeSubject(found.programme, found.panel));
  const { programme } = found;
  if (!assignment || assignment.status !== "active" || assignment.role !== "reviewer") throw notFound("assignment");
  if (programme.status !== "under_review") throw new DomainError("INVALID_TRANSITION", { machine: "programme", from: programme.status, event: "review" });
  const missing = missingScores(input.scores, criteria);
  if (missing.length) throw invalidFields(Object.fromEntries(missing.map((code) => [`scores.${code}`, ["validation.score"]])));

  const scores = Object.fromEntries(criteria.map((c) => [c.code, input.scores[c.code]!]));
  const reviewId = newId();
  await commit(db, {
    changes: [
      {
        statement: db.insert(reviews).values({
          id: reviewId,
          assignmentId: assignment.id,
          programmeId: programme.id,
          reviewerUserId: viewer.userId,
          revisionNumber: programme.currentRevision,
          scores,
          weightedScore: weightedScore(scores, criteria),
          commentsToProposer: input.commentsToProposer,
          confidentialComments: input.confidentialComments,
          recommendation: input.recommendation,
          submittedAt: new Date(),
        }),
      },
    ],
    event: {
      action: "review.submit",
      objectType: "programme",
      objectId: programme.id,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: null,
      changes: { [`review:r${programme.currentRevision}` as const]: { before: null, after: input.recommendation } },
      context: {},
    },
    request: requestFacts(ctx.meta),
    onDuplicate: () => new DomainError("ALREADY_EXISTS", { what: "review" }),
  });
  return { reviewId, revision: programme.currentRevision };
}
