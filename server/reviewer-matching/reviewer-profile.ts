// A reviewer's own profile (what the matching reads about them), and the admins' list of profiles.
import { desc, eq, sql } from "drizzle-orm";
import { platformRoles, reviewerProfiles, users } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { DEFAULT_CAPACITY } from "./match-input";
import { findReviewerProfile } from "./queries";
import type { ReviewerProfileFields } from "./schemas";

export const EMPTY_PROFILE: ReviewerProfileFields = {
  sectors: [],
  workingAreas: [],
  countriesKnown: [],
  regionsKnown: [],
  languages: [],
  capacity: DEFAULT_CAPACITY,
  unavailable: [],
  chairEligible: true,
};

export const profileFieldsOf = (row: typeof reviewerProfiles.$inferSelect): ReviewerProfileFields => ({
  sectors: row.sectors,
  workingAreas: row.workingAreas as ReviewerProfileFields["workingAreas"],
  countriesKnown: row.countriesKnown,
  regionsKnown: row.regionsKnown as ReviewerProfileFields["regionsKnown"],
  languages: row.languages,
  capacity: row.capacity,
  unavailable: row.unavailable,
  chairEligible: row.chairEligible,
});

/** The viewer's own profile (the defaults and version 0 when they have none yet). */
export async function getMyReviewerProfile(ctx: UseCaseContext) {
  assertCan(ctx.viewer, "review.editProfile");
  const row = await findReviewerProfile(ctx.db, ctx.viewer.userId);
  return row ? { profile: profileFieldsOf(row), version: row.version, updatedAt: row.updatedAt } : { profile: EMPTY_PROFILE, version: 0, updatedAt: null };
}

const PAGE_SIZE = 50;

/** Admins: every reviewer with their profile (or none yet), a page at a time. */
export async function listReviewerProfiles(ctx: UseCaseContext, page: number) {
  assertCan(ctx.viewer, "review.listProfiles");
  const rows = await ctx.db
    .select({ userId: users.id, name: users.name, profile: reviewerProfiles, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(platformRoles)
    .innerJoin(users, eq(users.id, platformRoles.userId))
    .leftJoin(reviewerProfiles, eq(reviewerProfiles.userId, users.id))
    .where(eq(platformRoles.role, "reviewer"))
    .orderBy(desc(sql`${reviewerProfiles.userId} is not null`), users.name, users.id)
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return {
    items: rows.map((r) => ({ userId: r.userId, name: r.name, profile: r.profile ? profileFieldsOf(r.profile) : null, updatedAt: r.profile?.updatedAt ?? null })),
    total: rows[0]?.total ?? 0,
    page,
    pageSize: PAGE_SIZE,
  };
}
