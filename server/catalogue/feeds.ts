// The catalogue's two feeds, bounded: the application deadlines of open programmes (nearest
// first, for a calendar) and the newest public programmes (for a feed reader). Public fields only.
import { and, asc, desc, eq, gte, isNotNull, sql } from "drizzle-orm";
import { institutions, programmes } from "@/db/schema";
import type { UseCaseContext } from "../context";

export const FEED_LIMIT = 50;

export type DeadlineFeedItem = { reference: string; title: string; summary: string; leadName: string; applicationDeadline: string; updatedAt: Date };
export type NewProgrammeFeedItem = { reference: string; title: string; summary: string; leadName: string; publishedAt: Date; updatedAt: Date };

/** Open programmes whose deadline is today or later, nearest first, at most FEED_LIMIT. */
export async function deadlineFeed(ctx: Pick<UseCaseContext, "db">): Promise<DeadlineFeedItem[]> {
  const rows = await ctx.db
    .select({
      reference: programmes.reference,
      title: programmes.title,
      summary: programmes.summary,
      leadName: institutions.name,
      applicationDeadline: programmes.applicationDeadline,
      updatedAt: programmes.updatedAt,
    })
    .from(programmes)
    .innerJoin(institutions, eq(institutions.id, programmes.leadInstitutionId))
    .where(and(eq(programmes.isPublic, true), eq(programmes.status, "open"), isNotNull(programmes.applicationDeadline), gte(programmes.applicationDeadline, sql`current_date`)))
    .orderBy(asc(programmes.applicationDeadline), asc(programmes.reference))
    .limit(FEED_LIMIT);
  return rows.map((r) => ({ ...r, applicationDeadline: r.applicationDeadline! }));
}

/** The latest published public programmes, newest first, at most FEED_LIMIT. */
export async function newProgrammesFeed(ctx: Pick<UseCaseContext, "db">): Promise<NewProgrammeFeedItem[]> {
  const rows = await ctx.db
    .select({
      reference: programmes.reference,
      title: programmes.title,
      summary: programmes.summary,
      leadName: institutions.name,
      publishedAt: programmes.publishedAt,
      updatedAt: programmes.updatedAt,
    })
    .from(programmes)
    .innerJoin(institutions, eq(institutions.id, programmes.leadInstitutionId))
    .where(and(eq(programmes.isPublic, true), isNotNull(programmes.publishedAt)))
    .orderBy(desc(programmes.publishedAt), asc(programmes.reference))
    .limit(FEED_LIMIT);
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt! }));
}
