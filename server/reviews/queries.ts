import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { institutions, platformRoles, platformSettings, programmes, reviewAssignments, reviews, rubricCriteria, users } from "@/db/schema";
import type { AssignmentStatus } from "@/db/schema/reviews";
import type { ConflictPolicy } from "./conflicts";

/**
 * Every reviewer with what the panel rules need, in one query: their active institutions and
 * those institutions' countries and regions, their current load (assignments on proposals
 * still in review) and their standing on this programme (active, recused, ended).
 */
export async function reviewerCandidates(db: Executor, programmeId: string) {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      institutionIds: sql<string | null>`(select group_concat(m.institution_id) from memberships m where m.user_id = ${users.id} and m.status = 'active')`,
      countryCodes: sql<string | null>`(select group_concat(distinct i.country_code) from memberships m join institutions i on i.id = m.institution_id where m.user_id = ${users.id} and m.status = 'active')`,
      regions: sql<string | null>`(select group_concat(distinct c.region) from memberships m join institutions i on i.id = m.institution_id join countries c on c.iso2 = i.country_code where m.user_id = ${users.id} and m.status = 'active')`,
      load: sql<number>`(select count(*) from review_assignments a join programmes p on p.id = a.programme_id where a.reviewer_user_id = ${users.id} and a.status = 'active' and p.status in ('submitted','under_review','changes_requested'))`.mapWith(Number),
      standing: sql<string | null>`(select a.status from review_assignments a where a.reviewer_user_id = ${users.id} and a.programme_id = ${programmeId})`,
    })
    .from(platformRoles)
    .innerJoin(users, eq(users.id, platformRoles.userId))
    .where(eq(platformRoles.role, "reviewer"))
    .orderBy(asc(users.name));
  const split = (v: string | null) => (v ? v.split(",") : []);
  return rows.map((r) => ({
    userId: r.userId,
    name: r.name,
    email: r.email,
    institutionIds: split(r.institutionIds),
    countryCodes: split(r.countryCodes),
    regions: split(r.regions),
    load: r.load,
    standing: (r.standing as AssignmentStatus | null) ?? null,
  }));
}
export type Candidate = Awaited<ReturnType<typeof reviewerCandidates>>[number];

/** Countries of a programme's lead and co-lead institutions, found from the programme id alone (so it can run alongside the programme's own read). */
export async function partyCountries(db: Executor, programmeId: string) {
  const rows = await db
    .selectDistinct({ countryCode: institutions.countryCode })
    .from(institutions)
    .innerJoin(
      programmes,
      sql`${programmes.id} = ${programmeId} and (${institutions.id} = ${programmes.leadInstitutionId} or json_contains(${programmes.coLeadInstitutionIds}, json_quote(${institutions.id})))`,
    );
  return rows.map((r) => r.countryCode);
}

export type ReviewPolicy = ConflictPolicy & { quorum: number; panelSize: number };
export const DEFAULT_REVIEW_POLICY: ReviewPolicy = { sameCountry: false, quorum: 2, panelSize: 3 };

/** The admin-set review policy (platform setting "review_policy"), with defaults. */
export async function reviewPolicy(db: Executor): Promise<ReviewPolicy> {
  const [row] = await db.select().from(platformSettings).where(eq(platformSettings.key, "review_policy")).limit(1);
  return { ...DEFAULT_REVIEW_POLICY, ...((row?.value ?? {}) as Partial<ReviewPolicy>) };
}

/** Submitted reviews of the programme's current revision by reviewers still on the panel (a recusal withdraws the review; an ended seat's review no longer counts). */
export async function currentReviewCount(db: Executor, programmeId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(reviews)
    .innerJoin(programmes, and(eq(programmes.id, reviews.programmeId), eq(programmes.currentRevision, reviews.revisionNumber)))
    .innerJoin(reviewAssignments, and(eq(reviewAssignments.id, reviews.assignmentId), eq(reviewAssignments.status, "active")))
    .where(eq(reviews.programmeId, programmeId));
  return row?.n ?? 0;
}

export async function activeCriteria(db: Executor) {
  return db.select().from(rubricCriteria).where(eq(rubricCriteria.active, true)).orderBy(asc(rubricCriteria.position));
}

export async function findAssignment(db: Executor, programmeId: string, reviewerUserId: string) {
  const [row] = await db
    .select()
    .from(reviewAssignments)
    .where(and(eq(reviewAssignments.programmeId, programmeId), eq(reviewAssignments.reviewerUserId, reviewerUserId)))
    .limit(1);
  return row;
}

/**
 * Submitted reviews of one revision, each with the reviewer's own mean weighted score over all
 * their reviews. A recusal withdraws the review; a review from a seat that ended (the reviewer
 * role revoked, the account suspended) stays on record with `formerReviewer` and does not count.
 */
export async function revisionReviews(db: Executor, programmeId: string, revisionNumber: number) {
  const rows = await db
    .select({
      review: reviews,
      seat: reviewAssignments.status,
      reviewerName: users.name,
      reviewerMean: sql<number>`(select avg(r2.weighted_score) from reviews r2 where r2.reviewer_user_id = ${reviews.reviewerUserId})`.mapWith(Number),
      reviewerCount: sql<number>`(select count(*) from reviews r2 where r2.reviewer_user_id = ${reviews.reviewerUserId})`.mapWith(Number),
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.reviewerUserId))
    .innerJoin(reviewAssignments, and(eq(reviewAssignments.id, reviews.assignmentId), inArray(reviewAssignments.status, ["active", "ended"])))
    .where(and(eq(reviews.programmeId, programmeId), eq(reviews.revisionNumber, revisionNumber)))
    .orderBy(asc(reviews.submittedAt));
  return rows.map(({ seat, ...r }) => ({ ...r, formerReviewer: seat === "ended" }));
}

