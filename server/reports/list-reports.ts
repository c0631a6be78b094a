import { count, desc, eq } from "drizzle-orm";
import { transparencyReports as reports } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { joinAnySuccessor, joinPublishedSuccessor, joinSuperseded, successor, supersedes } from "./supersession";

export const PUBLISHED_PAGE_SIZE = 20;
const ADMIN_LIST_LIMIT = 200;

/** Every report for the admins, newest first, with the reports it supersedes / is superseded by. */
export async function listReportsForAdmin(ctx: UseCaseContext) {
  assertCan(ctx.viewer, "report.manage");
  const rows = await ctx.db
    .select({
      id: reports.id,
      slug: reports.slug,
      title: reports.title,
      periodKind: reports.periodKind,
      periodStart: reports.periodStart,
      periodEnd: reports.periodEnd,
      status: reports.status,
      publishedAt: reports.publishedAt,
      createdAt: reports.createdAt,
      version: reports.version,
      supersedesId: supersedes.id,
      supersedesSlug: supersedes.slug,
      supersededById: successor.id,
      supersededBySlug: successor.slug,
      supersededByStatus: successor.status,
    })
    .from(reports)
    .leftJoin(supersedes, joinSuperseded)
    .leftJoin(successor, joinAnySuccessor)
    .orderBy(desc(reports.createdAt), desc(reports.id))
    .limit(ADMIN_LIST_LIMIT);
  return rows.map(({ supersedesId, supersedesSlug, supersededById, supersededBySlug, supersededByStatus, ...r }) => ({
    ...r,
    supersedes: supersedesId ? { id: supersedesId, slug: supersedesSlug! } : null,
    supersededBy: supersededById ? { id: supersededById, slug: supersededBySlug!, status: supersededByStatus! } : null,
  }));
}

/** Published reports for everybody, newest first, a page at a time; a superseded report names its (published) correction. */
export async function listPublishedReports(ctx: Pick<UseCaseContext, "db">, input: { page: number }) {
  const page = input.page;
  const published = eq(reports.status, "published");
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        slug: reports.slug,
        title: reports.title,
        periodKind: reports.periodKind,
        periodStart: reports.periodStart,
        periodEnd: reports.periodEnd,
        publishedAt: reports.publishedAt,
        supersedesSlug: supersedes.slug,
        supersededBySlug: successor.slug,
      })
      .from(reports)
      .leftJoin(supersedes, joinSuperseded)
      .leftJoin(successor, joinPublishedSuccessor)
      .where(published)
      .orderBy(desc(reports.publishedAt), desc(reports.id))
      .limit(PUBLISHED_PAGE_SIZE)
      .offset((page - 1) * PUBLISHED_PAGE_SIZE),
    ctx.db.select({ n: count() }).from(reports).where(published),
  ]);
  return {
    items: rows.map((r) => ({ ...r, publishedAt: r.publishedAt! })),
    total: total?.n ?? 0,
    page,
    pageSize: PUBLISHED_PAGE_SIZE,
  };
}
