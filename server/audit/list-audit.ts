import { and, desc, eq, gte, like, lt, lte, type SQL } from "drizzle-orm";
import { prefixPattern } from "@/db/like";
import { auditLog, institutions, users } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import type { AuditFilters } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

/** Admin: the audit log, newest first, filtered, keyset-paginated (fast at any size). */
export async function listAudit(ctx: UseCaseContext, filters: AuditFilters) {
  assertCan(ctx.viewer, "audit.read");
  const where: SQL[] = [];
  if (filters.action) where.push(like(auditLog.action, prefixPattern(filters.action)));
  if (filters.objectType) where.push(eq(auditLog.objectType, filters.objectType));
  if (filters.objectId) where.push(eq(auditLog.objectId, filters.objectId));
  if (filters.actorUserId) where.push(eq(auditLog.actorUserId, filters.actorUserId));
  if (filters.institutionId) where.push(eq(auditLog.onBehalfOfInstitutionId, filters.institutionId));
  if (filters.from) where.push(gte(auditLog.occurredAt, filters.from));
  if (filters.to) where.push(lte(auditLog.occurredAt, filters.to));
  if (filters.before) where.push(lt(auditLog.id, filters.before));
  const rows = await ctx.db
    .select({
      entry: auditLog,
      actorName: users.name,
      actorEmail: users.email,
      institutionName: institutions.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(institutions, eq(institutions.id, auditLog.onBehalfOfInstitutionId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const items = rows.slice(0, AUDIT_PAGE_SIZE);
  return { items, nextBefore: rows.length > AUDIT_PAGE_SIZE ? items.at(-1)?.entry.id : undefined };
}
