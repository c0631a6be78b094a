import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, countries, institutions, programmeDecisions, programmeRevisions, programmes, referenceCounters, reviewAssignments, type ProgrammeStatus } from "@/db/schema";
import type { AssignmentStatus } from "@/db/schema/reviews";
import type { PanelSeat, Subject } from "../authz/permissions";
import { guardedUpdate } from "../workflow/guarded-update";

export type ProgrammeRow = typeof programmes.$inferSelect;

/**
 * Human references such as PRG-2026-0042: `bumpReferenceCounter` advances the year's counter
 * and leaves its value in LAST_INSERT_ID() for the same connection, where `referenceFromCounter`
 * reads it — so both fit in one atomic write with the programme insert.
 */
export function bumpReferenceCounter(db: Executor, year: number) {
  return db
    .insert(referenceCounters)
    .values({ scope: `PRG-${year}`, value: sql`LAST_INSERT_ID(1)` })
    .onDuplicateKeyUpdate({ set: { value: sql`LAST_INSERT_ID(${referenceCounters.value} + 1)` } });
}
export const referenceFromCounter = (year: number) => sql<string>`concat(${`PRG-${year}-`}, lpad(last_insert_id(), 4, '0'))`;

export async function findReference(db: Executor, id: string): Promise<string | undefined> {
  const [row] = await db.select({ reference: programmes.reference }).from(programmes).where(eq(programmes.id, id)).limit(1);
  return row?.reference;
}

/**
 * A programme with its lead's name, country and status, and its review panel, in one query
 * (the panel comes back as "userId:role:status" strings; few rows per programme).
 */
export async function findProgramme(db: Executor, id: string) {
  const [row] = await db
    .select({
      programme: programmes,
      leadName: institutions.name,
      leadCountry: institutions.countryCode,
      leadStatus: institutions.status,
      panel: sql<string | null>`(select group_concat(concat(${reviewAssignments.reviewerUserId}, ':', ${reviewAssignments.role}, ':', ${reviewAssignments.status})) from ${reviewAssignments} where ${reviewAssignments.programmeId} = ${programmes.id})`,
    })
    .from(programmes)
    .innerJoin(institutions, eq(institutions.id, programmes.leadInstitutionId))
    .where(eq(programmes.id, id))
    .limit(1);
  if (!row) return undefined;
  return { ...row, panel: parsePanel(row.panel) };
}

export type PanelMember = PanelSeat;

export function parsePanel(raw: string | null): PanelMember[] {
  if (!raw) return [];
  return raw.split(",").map((entry) => {
    const [userId = "", role, status] = entry.split(":");
    // Anything but an explicit "active" is not a seat that gives access.
    const seat: AssignmentStatus = status === "active" ? "active" : status === "recused" ? "recused" : "ended";
    return { userId, role: role === "chair" ? "chair" : "reviewer", status: seat };
  });
}

/**
 * Who may see a programme's private side: the lead and co-leads' members, its panel, admins.
 * The whole panel goes with it: the permission rules look for an active seat (and the role).
 */
export function programmeSubject(p: Pick<ProgrammeRow, "leadInstitutionId" | "coLeadInstitutionIds">, panel: PanelMember[]) {
  return {
    institutionId: p.leadInstitutionId,
    partnerInstitutionIds: p.coLeadInstitutionIds,
    panel,
  } satisfies Subject;
}

/** The guarded update (status and version must still be as read), not yet executed: an atomic step. */
export function guardedProgrammeUpdate(
  db: Executor,
  id: string,
  expected: { status: ProgrammeStatus; version: number },
  set: Partial<Omit<ProgrammeRow, "id" | "version" | "createdAt" | "reference">>,
) {
  return guardedUpdate(db, programmes, id, expected, set);
}

/** Eligibility (G77 + China) of every country, keyed by ISO code: 194 rows, read alongside the programme. */
export async function countryEligibility(db: Executor): Promise<Map<string, boolean>> {
  const rows = await db.select({ iso2: countries.iso2, g77: countries.g77 }).from(countries);
  return new Map(rows.map((r) => [r.iso2, r.g77]));
}

export async function institutionsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: institutions.id, name: institutions.name, countryCode: institutions.countryCode, status: institutions.status })
    .from(institutions)
    .where(inArray(institutions.id, ids));
}

export async function listRevisions(db: Executor, programmeId: string) {
  return db
    .select({ number: programmeRevisions.number, content: programmeRevisions.content, createdAt: programmeRevisions.createdAt })
    .from(programmeRevisions)
    .where(eq(programmeRevisions.programmeId, programmeId))
    .orderBy(asc(programmeRevisions.number));
}

export async function listDecisions(db: Executor, programmeId: string) {
  return db
    .select()
    .from(programmeDecisions)
    .where(eq(programmeDecisions.programmeId, programmeId))
    .orderBy(asc(programmeDecisions.revisionNumber));
}

/** The programme's status history from the audit log (actions and times only; no actor names). */
export async function statusTimeline(db: Executor, programmeId: string) {
  return db
    .select({ action: auditLog.action, occurredAt: auditLog.occurredAt, changes: auditLog.changes })
    .from(auditLog)
    .where(
      or(
        and(eq(auditLog.objectType, "programme"), eq(auditLog.objectId, programmeId)),
        // A batch assignment is one event for many programmes (server/reviewer-matching/commit-batch.ts).
        and(eq(auditLog.action, "programme.assign_batch"), sql`json_contains_path(${auditLog.changes}, 'one', ${`$."programme:${programmeId}"`})`),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(100);
}

/**
 * An institution's programmes, newest first (its dashboard): those it leads and those it co-leads
 * (co-authoring, issue #16; the co-lead list is a short JSON array, read with JSON_CONTAINS).
 */
export async function listInstitutionProgrammes(db: Executor, institutionId: string, limit = 100) {
  return db
    .select({
      id: programmes.id,
      reference: programmes.reference,
      title: programmes.title,
      status: programmes.status,
      currentRevision: programmes.currentRevision,
      updatedAt: programmes.updatedAt,
      version: programmes.version,
    })
    .from(programmes)
    .where(or(eq(programmes.leadInstitutionId, institutionId), sql`json_contains(${programmes.coLeadInstitutionIds}, json_quote(${institutionId}))`))
    .orderBy(desc(programmes.updatedAt))
    .limit(limit);
}
