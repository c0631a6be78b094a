// The database reads of reviewer matching. Each is one statement; a use case issues the ones it
// needs in one wave (Promise.all), so a preview or a commit reads in a single round trip.
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { countries, platformRoles, programmes, reviewerBids, reviewerProfiles, reviews, users } from "@/db/schema";

/** Statuses in which a proposal may still be given panel seats (as the single assignment allows). */
export const PANEL_STATUSES = ["submitted", "under_review"] as const;
/** Most proposals read for a batch (the oldest submitted first); see schemas.ts MAX_BATCH. */
const PROPOSALS_READ = 500;
/** Most past reviewed texts read (the latest first). */
const PAST_TEXTS_READ = 5000;

const split = (v: string | null) => (v ? v.split(",") : []);

/** Every reviewer (role held, account active) with their profile (or none), institutions, own country and open load. */
export async function matchingReviewers(db: Executor) {
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      profile: reviewerProfiles,
      institutionIds: sql<string | null>`(select group_concat(m.institution_id order by m.created_at, m.institution_id) from memberships m where m.user_id = ${users.id} and m.status = 'active')`,
      country: sql<string | null>`(select i.country_code from memberships m join institutions i on i.id = m.institution_id where m.user_id = ${users.id} and m.status = 'active' order by m.created_at, m.institution_id limit 1)`,
      load: sql<number>`(select count(*) from review_assignments a join programmes p on p.id = a.programme_id where a.reviewer_user_id = ${users.id} and a.status = 'active' and p.status in ('submitted','under_review','changes_requested'))`.mapWith(Number),
    })
    .from(platformRoles)
    .innerJoin(users, and(eq(users.id, platformRoles.userId), eq(users.status, "active")))
    .leftJoin(reviewerProfiles, eq(reviewerProfiles.userId, users.id))
    .where(eq(platformRoles.role, "reviewer"))
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((r) => ({ ...r, institutionIds: split(r.institutionIds) }));
}
export type MatchingReviewerRow = Awaited<ReturnType<typeof matchingReviewers>>[number];

/**
 * Proposals that may take panel seats, with what the rules and the affinity read, and their
 * panel: the oldest submitted first, or exactly the programmes named by `ids` (a commit, a
 * single suggestion).
 */
export async function panelProposals(db: Executor, ids?: readonly string[]) {
  // The subqueries name the outer table in full: on a one-table select drizzle writes columns unqualified.
  const rows = await db
    .select({
      id: programmes.id,
      reference: programmes.reference,
      title: programmes.title,
      summary: programmes.summary,
      status: programmes.status,
      version: programmes.version,
      leadInstitutionId: programmes.leadInstitutionId,
      coLeadInstitutionIds: programmes.coLeadInstitutionIds,
      leadCountry: sql<string>`(select i.country_code from institutions i where i.id = programmes.lead_institution_id)`,
      partyCountries: sql<string | null>`(select group_concat(distinct i.country_code) from institutions i where i.id = programmes.lead_institution_id or json_contains(programmes.co_lead_institution_ids, json_quote(i.id)))`,
      hubCountry: programmes.hubCountry,
      spilloverCountries: programmes.spilloverCountries,
      sectors: programmes.sectors,
      workingArea: programmes.workingArea,
      languages: programmes.languages,
      panel: sql<string | null>`(select group_concat(concat(a.reviewer_user_id, ':', a.role, ':', a.status)) from review_assignments a where a.programme_id = programmes.id)`,
    })
    .from(programmes)
    .where(and(inArray(programmes.status, [...PANEL_STATUSES]), ids ? inArray(programmes.id, ids.length ? [...ids] : [""]) : undefined))
    .orderBy(asc(programmes.submittedAt), asc(programmes.id))
    .limit(PROPOSALS_READ);
  return rows.map((r) => ({
    ...r,
    partyCountries: split(r.partyCountries),
    panel: split(r.panel).map((entry) => {
      const [userId = "", role = "reviewer", status = "ended"] = entry.split(":");
      return { userId, role: role === "chair" ? ("chair" as const) : ("reviewer" as const), status };
    }),
  }));
}
export type PanelProposalRow = Awaited<ReturnType<typeof panelProposals>>[number];

/** Every bid on a proposal that may take seats. */
export async function openBids(db: Executor) {
  return db
    .select({ reviewerUserId: reviewerBids.reviewerUserId, programmeId: reviewerBids.programmeId, bid: reviewerBids.bid })
    .from(reviewerBids)
    .innerJoin(programmes, eq(programmes.id, reviewerBids.programmeId))
    .where(inArray(programmes.status, [...PANEL_STATUSES]));
}

/** Title and summary of the proposals each reviewer has reviewed (for text similarity), latest first. */
export async function pastReviewedTexts(db: Executor) {
  return db
    .selectDistinct({ reviewerUserId: reviews.reviewerUserId, programmeId: programmes.id, title: programmes.title, summary: programmes.summary })
    .from(reviews)
    .innerJoin(programmes, eq(programmes.id, reviews.programmeId))
    .orderBy(desc(programmes.id))
    .limit(PAST_TEXTS_READ);
}

/** ISO alpha-2 → UN M49 region. */
export async function countryRegionMap(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ iso2: countries.iso2, region: countries.region }).from(countries);
  return new Map(rows.map((r) => [r.iso2, r.region]));
}

export async function findReviewerProfile(db: Executor, userId: string) {
  const [row] = await db.select().from(reviewerProfiles).where(eq(reviewerProfiles.userId, userId)).limit(1);
  return row;
}

export async function findBid(db: Executor, reviewerUserId: string, programmeId: string) {
  const [row] = await db
    .select()
    .from(reviewerBids)
    .where(and(eq(reviewerBids.reviewerUserId, reviewerUserId), eq(reviewerBids.programmeId, programmeId)))
    .limit(1);
  return row;
}

/** Reviewers who bid "conflict" on the programme: binding for the single assignment too. */
export async function conflictBidders(db: Executor, programmeId: string): Promise<Set<string>> {
  const rows = await db
    .select({ userId: reviewerBids.reviewerUserId })
    .from(reviewerBids)
    .where(and(eq(reviewerBids.programmeId, programmeId), eq(reviewerBids.bid, "conflict")));
  return new Set(rows.map((r) => r.userId));
}
