import { asc, eq, like, or, sql } from "drizzle-orm";
import { containsPattern } from "@/db/like";
import { platformRoles, users } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";

export const USERS_PAGE_SIZE = 50;

/** Admin: users with their platform roles, one page, in one query. */
export async function listUsers(ctx: UseCaseContext, input: { q?: string; page: number }) {
  assertCan(ctx.viewer, "user.list");
  const pattern = input.q ? containsPattern(input.q) : undefined;
  const rows = await ctx.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerifiedAt: users.emailVerifiedAt,
      status: users.status,
      version: users.version,
      createdAt: users.createdAt,
      roles: sql<string | null>`group_concat(${platformRoles.role} order by ${platformRoles.role})`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(users)
    .leftJoin(platformRoles, eq(platformRoles.userId, users.id))
    .where(pattern ? or(like(users.email, pattern), like(users.name, pattern)) : undefined)
    .groupBy(users.id)
    .orderBy(asc(users.name), asc(users.id))
    .limit(USERS_PAGE_SIZE)
    .offset((input.page - 1) * USERS_PAGE_SIZE);
  return {
    items: rows.map(({ total: _t, roles, ...u }) => ({ ...u, roles: roles ? (roles.split(",") as ("reviewer" | "admin")[]) : [] })),
    total: rows[0]?.total ?? 0,
    pageSize: USERS_PAGE_SIZE,
  };
}
