import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { countries, institutions, memberships, participations, programmes, type ParticipationStatus } from "@/db/schema";
import { guardedUpdate } from "../workflow/guarded-update";
import { programmeMachine } from "../programmes/transitions";

export type ParticipationRow = typeof participations.$inferSelect;

/** The programme facts the participation workflow needs, in one query. */
export async function findProgrammeForParticipation(db: Executor, programmeId: string) {
  const [row] = await db
    .select({
      id: programmes.id,
      reference: programmes.reference,
      title: programmes.title,
      status: programmes.status,
      leadInstitutionId: programmes.leadInstitutionId,
      coLeadInstitutionIds: programmes.coLeadInstitutionIds,
      applicationDeadline: programmes.applicationDeadline,
      capacity: programmes.capacity,
      acceptedCount: programmes.acceptedCount,
    })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .limit(1);
  return row;
}
export type ProgrammeForParticipation = NonNullable<Awaited<ReturnType<typeof findProgrammeForParticipation>>>;

/** The applicant institution with its country's eligibility (G77 + China). */
export async function findApplicant(db: Executor, institutionId: string) {
  const [row] = await db
    .select({ id: institutions.id, name: institutions.name, type: institutions.type, status: institutions.status, countryCode: institutions.countryCode, g77: countries.g77 })
    .from(institutions)
    .innerJoin(countries, eq(countries.iso2, institutions.countryCode))
    .where(eq(institutions.id, institutionId))
    .limit(1);
  return row;
}

/** The institution's live application (pending or accepted) to the programme, if any. */
export async function findLiveApplication(db: Executor, programmeId: string, institutionId: string) {
  const [row] = await db
    .select({ id: participations.id, status: participations.status })
    .from(participations)
    .where(and(eq(participations.programmeId, programmeId), eq(participations.institutionId, institutionId), inArray(participations.status, ["pending", "accepted"])))
    .limit(1);
  return row;
}

/** A participation with its programme and applicant institution, in one query. */
export async function findParticipation(db: Executor, participationId: string) {
  const [row] = await db
    .select({
      participation: participations,
      institutionName: institutions.name,
      programme: {
        id: programmes.id,
        reference: programmes.reference,
        title: programmes.title,
        status: programmes.status,
        leadInstitutionId: programmes.leadInstitutionId,
        capacity: programmes.capacity,
        acceptedCount: programmes.acceptedCount,
      },
    })
    .from(participations)
    .innerJoin(programmes, eq(programmes.id, participations.programmeId))
    .innerJoin(institutions, eq(institutions.id, participations.institutionId))
    .where(eq(participations.id, participationId))
    .limit(1);
  return row;
}

/** The guarded update of a participation (status and version as read): an atomic step, not executed. */
export function guardedParticipationUpdate(
  db: Executor,
  id: string,
  expected: { status: ParticipationStatus; version: number },
  set: Partial<Pick<ParticipationRow, "status" | "decidedByUserId" | "decidedAt" | "reason">>,
) {
  return guardedUpdate(db, participations, id, expected, set);
}

/**
 * Takes one place: changes exactly one row only while the programme runs (open or active) and
 * has a free place. Its row lock serialises concurrent acceptances, so capacity holds under
 * any concurrency. A programme without a capacity has no limit. Not executed: an atomic step.
 */
export function takePlace(db: Executor, programmeId: string) {
  return {
    statement: db
      .update(programmes)
      .set({ acceptedCount: sql`${programmes.acceptedCount} + 1` })
      .where(
        and(
          eq(programmes.id, programmeId),
          inArray(programmes.status, [...programmeMachine.groups.running]),
          sql`${programmes.acceptedCount} < coalesce(${programmes.capacity}, 2147483647)`,
        ),
      ),
    expectRows: 1,
  };
}

/** Frees the place of a participant who leaves. Not executed: an atomic step. */
export function freePlace(db: Executor, programmeId: string) {
  return {
    statement: db
      .update(programmes)
      .set({ acceptedCount: sql`${programmes.acceptedCount} - 1` })
      .where(and(eq(programmes.id, programmeId), sql`${programmes.acceptedCount} > 0`)),
    expectRows: 1,
  };
}

const LIST_LIMIT = 500;

/** A page of a programme's applications (pending first, then newest first), with the applicant's name and country. */
export async function listForProgramme(db: Executor, programmeId: string, page: number, pageSize: number) {
  return db
    .select({
      id: participations.id,
      institutionId: participations.institutionId,
      institutionName: institutions.name,
      countryCode: institutions.countryCode,
      status: participations.status,
      motivation: participations.motivation,
      contactName: participations.contactName,
      contactEmail: participations.contactEmail,
      createdAt: participations.createdAt,
      decidedAt: participations.decidedAt,
      reason: participations.reason,
      version: participations.version,
    })
    .from(participations)
    .innerJoin(institutions, eq(institutions.id, participations.institutionId))
    .where(eq(participations.programmeId, programmeId))
    .orderBy(sql`(${participations.status} = 'pending') desc`, desc(participations.createdAt), desc(participations.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

/** How many applications a programme has received (all states). */
export async function countForProgramme(db: Executor, programmeId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(participations).where(eq(participations.programmeId, programmeId));
  return row?.n ?? 0;
}

/** An institution's applications (newest first, at most 500) with the programme's reference, title and status. */
export async function listForInstitution(db: Executor, institutionId: string) {
  return db
    .select({
      id: participations.id,
      programmeId: participations.programmeId,
      reference: programmes.reference,
      title: programmes.title,
      programmeStatus: programmes.status,
      status: participations.status,
      createdAt: participations.createdAt,
      decidedAt: participations.decidedAt,
      reason: participations.reason,
      version: participations.version,
    })
    .from(participations)
    .innerJoin(programmes, eq(programmes.id, participations.programmeId))
    .where(eq(participations.institutionId, institutionId))
    .orderBy(desc(participations.createdAt), desc(participations.id))
    .limit(LIST_LIMIT);
}

/** Pending applications to the programmes the institution leads (oldest first, at most 500). */
export async function listAwaitingDecision(db: Executor, leadInstitutionId: string) {
  return db
    .select({
      id: participations.id,
      programmeId: participations.programmeId,
      reference: programmes.reference,
      title: programmes.title,
      institutionName: institutions.name,
      createdAt: participations.createdAt,
      version: participations.version,
    })
    .from(programmes)
    .innerJoin(participations, and(eq(participations.programmeId, programmes.id), eq(participations.status, "pending")))
    .innerJoin(institutions, eq(institutions.id, participations.institutionId))
    .where(eq(programmes.leadInstitutionId, leadInstitutionId))
    .orderBy(participations.createdAt, participations.id)
    .limit(LIST_LIMIT);
}

/** Active members of these institutions (user ids, distinct): who is told about a change. */
export async function activeMemberIds(db: Executor, institutionIds: readonly string[]): Promise<string[]> {
  if (institutionIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(and(inArray(memberships.institutionId, [...institutionIds]), eq(memberships.status, "active")));
  return rows.map((r) => r.userId);
}

/** The institutions taking part in a programme (accepted participations). */
export async function participantInstitutionIds(db: Executor, programmeId: string): Promise<string[]> {
  const rows = await db
    .select({ institutionId: participations.institutionId })
    .from(participations)
    .where(and(eq(participations.programmeId, programmeId), eq(participations.status, "accepted")));
  return rows.map((r) => r.institutionId);
}
