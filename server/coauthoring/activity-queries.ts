// The rows of a programme's activity feed: its audit events, those of its participations and
// agreements, newest first, with the names the feed may show (joined in the same query).
import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/mysql-core";
import type { Executor } from "@/db/client";
import { agreements, auditLog, institutions, participations, users } from "@/db/schema";

const actingInstitution = alias(institutions, "acting_institution");
const concernedInstitution = alias(institutions, "concerned_institution");

/** The programme's audit rows of these actions, newest first, older than `before` (an audit id) when given. */
export async function activityRows(db: Executor, programmeId: string, actions: readonly string[], before: number | undefined, limit: number) {
  const aboutProgramme = or(
    and(eq(auditLog.objectType, "programme"), eq(auditLog.objectId, programmeId)),
    and(eq(auditLog.objectType, "participation"), inArray(auditLog.objectId, db.select({ id: participations.id }).from(participations).where(eq(participations.programmeId, programmeId)))),
    and(eq(auditLog.objectType, "agreement"), inArray(auditLog.objectId, db.select({ id: agreements.id }).from(agreements).where(eq(agreements.programmeId, programmeId)))),
  );
  return db
    .select({
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      action: auditLog.action,
      actorUserId: auditLog.actorUserId,
      onBehalfOfInstitutionId: auditLog.onBehalfOfInstitutionId,
      changes: auditLog.changes,
      context: auditLog.context,
      actorName: users.name,
      actingInstitutionName: actingInstitution.name,
      concernedInstitutionName: concernedInstitution.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(actingInstitution, eq(actingInstitution.id, auditLog.onBehalfOfInstitutionId))
    .leftJoin(concernedInstitution, eq(concernedInstitution.id, sql`json_unquote(json_extract(${auditLog.context}, '$.institutionId'))`))
    .where(and(aboutProgramme, inArray(auditLog.action, [...actions]), before === undefined ? undefined : lt(auditLog.id, before)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
export type ActivityRow = Awaited<ReturnType<typeof activityRows>>[number];
