// The rows of a programme's activity feed: its audit events, those of its participations and
// agreements, newest first, with the names the feed may show (joined in the same query).
import { and, desc, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/mysql-core";
import type { Executor } from "@/db/client";
import { agreements, auditLog, institutions, messages, participations, threads, users } from "@/db/schema";
import type { ThreadAudience } from "@/db/schema/discussions";

const actingInstitution = alias(institutions, "acting_institution");
const concernedInstitution = alias(institutions, "concerned_institution");

/** The thread a discussion event is about: the thread itself, or a hidden message's thread. */
const threadOfEvent = sql<string | null>`(case when ${auditLog.objectType} = 'thread' then ${auditLog.objectId} when ${auditLog.objectType} = 'message' then (select m.thread_id from messages m where m.id = ${auditLog.objectId}) end)`;
const threadSubject = sql<string | null>`(select t.subject from threads t where t.id = ${threadOfEvent})`;
const threadAudience = sql<ThreadAudience | null>`(select t.audience from threads t where t.id = ${threadOfEvent})`;

/** A programme's threads of the audiences the reader may read (none: no discussion event at all). */
function aboutThreads(db: Executor, programmeId: string, audiences: readonly ThreadAudience[]): SQL[] {
  if (audiences.length === 0) return [];
  const readable = and(eq(threads.programmeId, programmeId), inArray(threads.audience, [...audiences]));
  return [
    and(eq(auditLog.objectType, "thread"), inArray(auditLog.objectId, db.select({ id: threads.id }).from(threads).where(readable)))!,
    and(eq(auditLog.objectType, "message"), inArray(auditLog.objectId, db.select({ id: messages.id }).from(messages).innerJoin(threads, eq(threads.id, messages.threadId)).where(readable)))!,
  ];
}

/**
 * The programme's audit rows of these actions, newest first, older than `before` (an audit id) when
 * given; discussion events only for threads of the audiences given (those the reader may read).
 */
export async function activityRows(db: Executor, programmeId: string, actions: readonly string[], before: number | undefined, limit: number, audiences: readonly ThreadAudience[] = []) {
  const aboutProgramme = or(
    ...aboutThreads(db, programmeId, audiences),
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
      threadId: threadOfEvent,
      threadSubject,
      threadAudience,
      /** Who wrote a started or posted message: a reviewer or chair is shown by number only. */
      authorRole: sql<string | null>`(select m.author_role from messages m where m.id = json_unquote(json_extract(${auditLog.changes}, '$.message.after')))`,
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
