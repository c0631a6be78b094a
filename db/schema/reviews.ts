import { boolean, decimal, index, int, mysqlEnum, mysqlTable, text, uniqueIndex, varchar } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, jsonText, ref, updatedAt, utc, versionColumn } from "../columns";
import { programmes } from "./programmes";
import { users } from "./users";

const restrict = { onDelete: "restrict" } as const;

/** Rubric criteria and their weights; admins may change weights and switch criteria off. */
export const rubricCriteria = mysqlTable("rubric_criteria", {
  code: varchar("code", { length: 40 }).primaryKey(),
  weight: int("weight").notNull(),
  position: int("position").notNull(),
  active: boolean("active").notNull().default(true),
});

export const ASSIGNMENT_ROLES = ["reviewer", "chair"] as const;
/** active; recused (the reviewer declared a conflict); ended (reviewer role revoked or account suspended before the decision). */
export const ASSIGNMENT_STATUSES = ["active", "recused", "ended"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export const reviewAssignments = mysqlTable(
  "review_assignments",
  {
    id: idColumn(),
    programmeId: ref("programme_id").notNull().references(() => programmes.id, restrict),
    reviewerUserId: ref("reviewer_user_id").notNull().references(() => users.id, restrict),
    role: mysqlEnum("role", ASSIGNMENT_ROLES).notNull(),
    status: mysqlEnum("status", ASSIGNMENT_STATUSES).notNull().default("active"),
    recusalReason: text("recusal_reason"),
    assignedByUserId: ref("assigned_by_user_id").notNull().references(() => users.id, restrict),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("review_assignments_uq").on(t.programmeId, t.reviewerUserId),
    index("review_assignments_reviewer_idx").on(t.reviewerUserId, t.status),
    index("review_assignments_by_idx").on(t.assignedByUserId),
  ],
);

export const RECOMMENDATIONS = ["approve", "revise", "reject"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** One submitted review per assignment and revision. */
export const reviews = mysqlTable(
  "reviews",
  {
    id: idColumn(),
    assignmentId: ref("assignment_id").notNull().references(() => reviewAssignments.id, restrict),
    programmeId: ref("programme_id").notNull().references(() => programmes.id, restrict),
    reviewerUserId: ref("reviewer_user_id").notNull().references(() => users.id, restrict),
    revisionNumber: int("revision_number").notNull(),
    scores: jsonText<Record<string, number>>("scores").notNull(),
    /** Weighted mean of the scores on the 1–5 scale, frozen with the weights in force. */
    weightedScore: decimal("weighted_score", { precision: 4, scale: 2, mode: "number" }).notNull(),
    commentsToProposer: text("comments_to_proposer").notNull(),
    confidentialComments: text("confidential_comments").notNull(),
    recommendation: mysqlEnum("recommendation", RECOMMENDATIONS).notNull(),
    submittedAt: utc("submitted_at").notNull(),
  },
  (t) => [
    uniqueIndex("reviews_assignment_revision_uq").on(t.assignmentId, t.revisionNumber),
    index("reviews_programme_idx").on(t.programmeId, t.revisionNumber),
    index("reviews_reviewer_idx").on(t.reviewerUserId),
  ],
);

export const DECISION_OUTCOMES = ["approve", "request_changes", "reject"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** At most one decision per programme revision (the unique key settles races). */
export const programmeDecisions = mysqlTable(
  "programme_decisions",
  {
    id: idColumn(),
    programmeId: ref("programme_id").notNull().references(() => programmes.id, restrict),
    revisionNumber: int("revision_number").notNull(),
    outcome: mysqlEnum("outcome", DECISION_OUTCOMES).notNull(),
    letter: text("letter").notNull(),
    decidedByUserId: ref("decided_by_user_id").notNull().references(() => users.id, restrict),
    /** An admin deciding without quorum or in place of the chair; the reason is recorded. */
    overrideReason: text("override_reason"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("programme_decisions_revision_uq").on(t.programmeId, t.revisionNumber), index("programme_decisions_by_idx").on(t.decidedByUserId)],
);
