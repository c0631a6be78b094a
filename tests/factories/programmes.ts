// Programmes, review panels and reviews written straight to the database, in any state, so a
// test can start from exactly the situation it needs. Content is always complete and valid.
import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { newId } from "../../db/ids";
import {
  institutions,
  programmeDecisions,
  programmeRevisions,
  programmes,
  reviewAssignments,
  reviews,
  type DecisionOutcome,
  type ProgrammeStatus,
  type Recommendation,
} from "../../db/schema";
import { CONTENT_FIELDS } from "../../server/programmes/content";
import { createUser, grantPlatformRole, type User, type UserOverrides } from "./users";
import { createInstitution } from "./institutions";
import { uniqueSuffix } from "./unique";

export type Programme = typeof programmes.$inferSelect;
export type Assignment = typeof reviewAssignments.$inferSelect;
export type Review = typeof reviews.$inferSelect;
export type ProgrammeOverrides = Partial<typeof programmes.$inferInsert>;

/** Statuses that have been through at least one submission (they carry a frozen revision). */
const NEVER_SUBMITTED: readonly ProgrammeStatus[] = ["draft"];
const DECIDED: readonly ProgrammeStatus[] = ["approved", "rejected", "changes_requested", "open", "active", "completed", "cancelled"];
/** Statuses a programme reaches only once its start date has come. */
const STARTED: readonly ProgrammeStatus[] = ["active", "completed"];

/**
 * Dates already reached (deadline ≤ start ≤ today): a programme with these may start and complete
 * (server/programmes/programme-step.ts, NOT_STARTED_YET). Active and completed programmes get them by default.
 */
export const STARTED_DATES = { applicationDeadline: "2026-01-15", startDate: "2026-02-01", endDate: "2099-12-31" } as const;

/** Every field a submission requires, valid for a Kenyan lead: hub in Kenya, reaching Tanzania and Uganda. */
export function completeContent(suffix = uniqueSuffix()) {
  return {
    title: `East African applied AI skills ${suffix}`,
    summary: "Two years of hands-on training for data scientists in three countries.",
    description: "## Aims\n\nTrain two hundred data scientists.\n\n## Method\n\nCohorts of forty, taught in English and Swahili.\n",
    workingArea: "capacity_building" as const,
    format: "training" as const,
    sectors: ["agriculture", "health"],
    mechanismCode: "BRICS",
    coLeadInstitutionIds: [] as string[],
    hubCountry: "KE",
    spilloverCountries: ["TZ", "UG"],
    startDate: "2027-01-01",
    endDate: "2028-12-31",
    applicationDeadline: "2026-11-30",
    budgetAmount: 250000,
    budgetCurrency: "USD",
    fundingSources: [
      { name: "Lead university", side: "lead" as const, amount: 100000 },
      { name: "Partner ministries", side: "partners" as const, amount: 150000 },
    ],
    capacity: 200,
    languages: ["en", "sw"],
    outcomes: [{ metric: "people_trained" as const, target: 200, description: "Data scientists trained" }],
    involvesDataSharing: false,
  };
}

/** The frozen revision content of a programme row (the content fields only). */
function frozen(row: typeof programmes.$inferInsert): Record<string, unknown> {
  return Object.fromEntries(CONTENT_FIELDS.map((k) => [k, row[k] ?? null]));
}

/** A full programme row (not yet inserted); lead and creator must be given. */
function programmeValues(overrides: ProgrammeOverrides & { leadInstitutionId: string; createdByUserId: string }) {
  const status = overrides.status ?? "draft";
  const currentRevision = overrides.currentRevision ?? (NEVER_SUBMITTED.includes(status) ? 0 : 1);
  const now = new Date();
  return {
    ...completeContent(),
    id: newId(),
    reference: `T-${newId().slice(0, 14)}`,
    submittedAt: currentRevision > 0 ? now : null,
    decidedAt: DECIDED.includes(status) ? now : null,
    ...(STARTED.includes(status) ? STARTED_DATES : {}),
    ...overrides,
    status,
    currentRevision,
  } satisfies typeof programmes.$inferInsert;
}

function revisionValues(row: ReturnType<typeof programmeValues>) {
  return Array.from({ length: row.currentRevision }, (_, i) => ({
    id: newId(),
    programmeId: row.id,
    number: i + 1,
    content: frozen(row),
    submittedByUserId: row.createdByUserId,
  }));
}

async function leadAndCreator(db: Executor, overrides: ProgrammeOverrides) {
  if (overrides.leadInstitutionId && overrides.createdByUserId) return { leadInstitutionId: overrides.leadInstitutionId, createdByUserId: overrides.createdByUserId };
  const lead = overrides.leadInstitutionId
    ? (await db.select().from(institutions).where(eq(institutions.id, overrides.leadInstitutionId)))[0]
    : await createInstitution(db);
  if (!lead) throw new Error(`createProgramme: no institution ${overrides.leadInstitutionId}`);
  return { leadInstitutionId: lead.id, createdByUserId: overrides.createdByUserId ?? lead.createdByUserId };
}

/**
 * Inserts a programme with complete content in any status (draft by default). A submitted
 * one gets its frozen revisions 1..currentRevision (1 unless given). Without a lead, a new
 * verified Kenyan institution is made; without a creator, the lead's creator proposes it.
 */
export async function createProgramme(db: Executor, overrides: ProgrammeOverrides = {}): Promise<Programme> {
  const row = programmeValues({ ...overrides, ...(await leadAndCreator(db, overrides)) });
  await db.insert(programmes).values(row);
  const revisions = revisionValues(row);
  if (revisions.length) await db.insert(programmeRevisions).values(revisions);
  const [stored] = await db.select().from(programmes).where(eq(programmes.id, row.id));
  if (!stored) throw new Error(`createProgramme: programme ${row.id} was not stored`);
  return stored;
}

const BATCH = 500;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** Inserts `n` programmes (and their revisions) in a few multi-row INSERTs; returns their ids in order. */
export async function createProgrammes(db: Executor, n: number, overrides: ProgrammeOverrides = {}): Promise<string[]> {
  const parties = await leadAndCreator(db, overrides);
  const rows = Array.from({ length: n }, () => programmeValues({ ...overrides, ...parties }));
  await inBatches(rows, (batch) => db.insert(programmes).values(batch));
  await inBatches(rows.flatMap(revisionValues), (batch) => db.insert(programmeRevisions).values(batch));
  return rows.map((r) => r.id);
}

type Person = string | { id: string };
const idOf = (p: Person) => (typeof p === "string" ? p : p.id);

export type PanelInput = { reviewers: Person[]; chair?: Person; assignedBy?: Person };

function panelValues(programmeId: string, panel: PanelInput) {
  const assignedByUserId = idOf(panel.assignedBy ?? panel.chair ?? panel.reviewers[0]!);
  const seat = (who: Person, role: "reviewer" | "chair") => ({ id: newId(), programmeId, reviewerUserId: idOf(who), role, assignedByUserId });
  return [...panel.reviewers.map((r) => seat(r, "reviewer")), ...(panel.chair ? [seat(panel.chair, "chair")] : [])];
}

/** Seats reviewers (and a chair) on a programme's panel; returns the seats, reviewers first. */
export async function addPanel(db: Executor, programmeId: string, panel: PanelInput): Promise<Assignment[]> {
  const rows = panelValues(programmeId, panel);
  await db.insert(reviewAssignments).values(rows);
  const stored = await db.select().from(reviewAssignments).where(eq(reviewAssignments.programmeId, programmeId));
  return rows.map((r) => stored.find((s) => s.id === r.id)!);
}

/** The same panel on many programmes, in a few multi-row INSERTs; returns the seats written. */
export async function addPanels(db: Executor, programmeIds: string[], panel: PanelInput) {
  const rows = programmeIds.flatMap((id) => panelValues(id, panel));
  await inBatches(rows, (batch) => db.insert(reviewAssignments).values(batch));
  return rows;
}

export const ALL_FOURS = { relevance: 4, feasibility: 4, inclusiveness: 4, mutual_benefit: 4, sustainability: 4, data_governance: 4 };

export type ReviewInput = {
  assignment: Pick<Assignment, "id" | "programmeId" | "reviewerUserId">;
  revisionNumber?: number;
  scores?: Record<string, number>;
  weightedScore?: number;
  recommendation?: Recommendation;
  commentsToProposer?: string;
  confidentialComments?: string;
};

function reviewValues(input: ReviewInput) {
  return {
    id: newId(),
    assignmentId: input.assignment.id,
    programmeId: input.assignment.programmeId,
    reviewerUserId: input.assignment.reviewerUserId,
    revisionNumber: input.revisionNumber ?? 1,
    scores: input.scores ?? ALL_FOURS,
    weightedScore: input.weightedScore ?? 4,
    commentsToProposer: input.commentsToProposer ?? `Comments for the proposer ${uniqueSuffix()}`,
    confidentialComments: input.confidentialComments ?? `Confidential note for the chair ${uniqueSuffix()}`,
    recommendation: input.recommendation ?? "approve",
    submittedAt: new Date(),
  };
}

/** A submitted review for a seat (revision 1, all scores 4, weighted 4.00 unless given). */
export async function addReview(db: Executor, input: ReviewInput): Promise<Review> {
  const row = reviewValues(input);
  await db.insert(reviews).values(row);
  const [stored] = await db.select().from(reviews).where(eq(reviews.id, row.id));
  if (!stored) throw new Error(`addReview: review ${row.id} was not stored`);
  return stored;
}

/** Many reviews in a few multi-row INSERTs. */
export async function addReviews(db: Executor, inputs: ReviewInput[]): Promise<void> {
  await inBatches(inputs.map(reviewValues), (batch) => db.insert(reviews).values(batch));
}

/** A decision already taken on a revision (e.g. the "changes requested" that preceded a resubmission). */
export async function addDecision(db: Executor, input: { programmeId: string; revisionNumber: number; outcome: DecisionOutcome; decidedBy: Person; letter?: string }) {
  await db.insert(programmeDecisions).values({
    id: newId(),
    programmeId: input.programmeId,
    revisionNumber: input.revisionNumber,
    outcome: input.outcome,
    letter: input.letter ?? `Decision letter ${uniqueSuffix()}`,
    decidedByUserId: idOf(input.decidedBy),
  });
}

/** A user holding the platform's reviewer role. */
export async function createReviewer(db: Executor, overrides: UserOverrides = {}): Promise<User> {
  const user = await createUser(db, overrides);
  await grantPlatformRole(db, user.id, "reviewer");
  return user;
}

/** A user holding the platform's admin role. */
export async function createAdmin(db: Executor, overrides: UserOverrides = {}): Promise<User> {
  const user = await createUser(db, overrides);
  await grantPlatformRole(db, user.id, "admin");
  return user;
}
