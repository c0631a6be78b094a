import type { Database } from "@/db/client";
import { reviews, type Recommendation } from "@/db/schema";
import type { Viewer } from "../authz/viewer";
import { DomainError, invalidFields, notFound } from "../errors";
import { findProgramme, programmeSubject } from "../programmes/queries";
import { action } from "../workflow/transition";
import { activeCriteria, findAssignment } from "./queries";
import { missingScores, weightedScore } from "./scoring";

export type SubmitReviewInput = {
  programmeId: string;
  scores: Record<string, number>;
  commentsToProposer: string;
  confidentialComments: string;
  recommendation: Recommendation;
};

/** An assigned reviewer submits their review of the current revision (once per revision: a unique key). */
export const submitReview = action({
  permission: "review.write",
  object: "programme",
  load: async (db: Database, input: SubmitReviewInput, viewer: Viewer) => {
    const [found, assignment, criteria] = await Promise.all([
      findProgramme(db, input.programmeId),
      viewer ? findAssignment(db, input.programmeId, viewer.userId) : undefined,
      activeCriteria(db),
    ]);
    return found && { ...found, assignment, criteria };
  },
  subject: ({ programme, panel }) => programmeSubject(programme, panel),
  rules: ({ input, loaded: { assignment, programme, criteria } }) => {
    if (!assignment || assignment.status !== "active" || assignment.role !== "reviewer") throw notFound("assignment");
    if (programme.status !== "under_review") throw new DomainError("INVALID_TRANSITION", { machine: "programme", from: programme.status, event: "review" });
    const missing = missingScores(input.scores, criteria);
    if (missing.length) throw invalidFields(Object.fromEntries(missing.map((code) => [`scores.${code}`, ["validation.score"]])));
  },
  change: ({ db, input, viewer, loaded: { assignment, programme, criteria }, id, now }) => {
    const scores = Object.fromEntries(criteria.map((c) => [c.code, input.scores[c.code]!]));
    return [
      {
        statement: db.insert(reviews).values({
          id,
          assignmentId: assignment!.id,
          programmeId: programme.id,
          reviewerUserId: viewer.userId,
          revisionNumber: programme.currentRevision,
          scores,
          weightedScore: weightedScore(scores, criteria),
          commentsToProposer: input.commentsToProposer,
          confidentialComments: input.confidentialComments,
          recommendation: input.recommendation,
          submittedAt: now,
        }),
      },
    ];
  },
  objectId: ({ input }) => input.programmeId,
  audit: ({ input, loaded: { programme } }) => ({
    action: "review.submit",
    onBehalfOfInstitutionId: null,
    changes: { [`review:r${programme.currentRevision}` as const]: { before: null, after: input.recommendation } },
    context: {},
  }),
  onDuplicate: () => new DomainError("ALREADY_EXISTS", { what: "review" }),
  result: ({ id, loaded: { programme } }) => ({ reviewId: id, revision: programme.currentRevision }),
});
