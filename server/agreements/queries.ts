// Reads and write steps shared by the agreement use cases. Every read is one query meant to run
// alongside the others in a single parallel wave (Promise.all); writes are atomic steps.
import { and, asc, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  agreementParties,
  agreements,
  agreementSignatures,
  institutions,
  memberships,
  participations,
  programmes,
  referenceCounters,
  transferRules,
  users,
  type AgreementStatus,
} from "@/db/schema";
import type { PartyRole } from "@/db/schema/agreements";
import type { TransferRule } from "./checks";
import { guardedUpdate } from "../workflow/guarded-update";

export type AgreementRow = typeof agreements.$inferSelect;

/** DSA-2026-0007: the year's counter, left in LAST_INSERT_ID() for the insert that follows in the same atomic write. */
export function bumpAgreementCounter(db: Executor, year: number) {
  return db
    .insert(referenceCounters)
    .values({ scope: `DSA-${year}`, value: sql`LAST_INSERT_ID(1)` })
    .onDuplicateKeyUpdate({ set: { value: sql`LAST_INSERT_ID(${referenceCounters.value} + 1)` } });
}
export const agreementReferenceFromCounter = (year: number) => sql<string>`concat(${`DSA-${year}-`}, lpad(last_insert_id(), 4, '0'))`;

const programmeColumns = {
  id: programmes.id,
  reference: programmes.reference,
  title: programmes.title,
  status: programmes.status,
  leadInstitutionId: programmes.leadInstitutionId,
  coLeadInstitutionIds: programmes.coLeadInstitutionIds,
  involvesDataSharing: programmes.involvesDataSharing,
  startDate: programmes.startDate,
  endDate: programmes.endDate,
};

/** An agreement with its programme, in one query. */
export async function findAgreement(db: Executor, id: string) {
  const [row] = await db
    .select({ agreement: agreements, programme: programmeColumns })
    .from(agreements)
    .innerJoin(programmes, eq(programmes.id, agreements.programmeId))
    .where(eq(agreements.id, id))
    .limit(1);
  return row;
}
export type FoundAgreement = NonNullable<Awaited<ReturnType<typeof findAgreement>>>;

export async function findProgrammeForAgreements(db: Executor, programmeId: string) {
  const [row] = await db.select(programmeColumns).from(programmes).where(eq(programmes.id, programmeId)).limit(1);
  return row;
}

export type PartyRow = { institutionId: string; role: PartyRole; name: string; countryCode: string; signatories: number };

/** How many active signatories an institution has (a correlated count, read with the party). */
const signatoryCount = sql<number>`(select count(*) from ${memberships} where ${memberships.institutionId} = ${agreementParties.institutionId} and ${memberships.status} = 'active' and ${memberships.isSignatory} = true)`.mapWith(Number);

/** The parties of an agreement with their names, countries and number of active signatories (the order they were written in the content). */
export async function partiesOf(db: Executor, agreementId: string): Promise<PartyRow[]> {
  return db
    .select({ institutionId: agreementParties.institutionId, role: agreementParties.role, name: institutions.name, countryCode: institutions.countryCode, signatories: signatoryCount })
    .from(agreementParties)
    .innerJoin(institutions, eq(institutions.id, agreementParties.institutionId))
    .where(eq(agreementParties.agreementId, agreementId))
    .orderBy(asc(agreementParties.createdAt), asc(agreementParties.id));
}

export type ProgrammeInstitution = { id: string; name: string; countryCode: string; relation: "lead" | "coLead" | "participant" };

const programmeOfAgreement = (agreementId: string): SQL => sql`(select ${agreements.programmeId} from ${agreements} where ${agreements.id} = ${agreementId})`;

/**
 * The institutions that may be parties to the programme's agreements: its lead, its co-leads and
 * its accepted participants. Two queries (the caller runs them in its read wave with the rest).
 * `programmeId` is an id or a SQL expression yielding one (e.g. an agreement's programme).
 */
export function programmeInstitutions(db: Executor, programme: { programmeId: string } | { agreementId: string }): Promise<ProgrammeInstitution[]> {
  const pid: SQL | string = "programmeId" in programme ? programme.programmeId : programmeOfAgreement(programme.agreementId);
  const organisers = db
    .select({ id: institutions.id, name: institutions.name, countryCode: institutions.countryCode, leadId: programmes.leadInstitutionId })
    .from(programmes)
    .innerJoin(
      institutions,
      or(eq(institutions.id, programmes.leadInstitutionId), sql`json_contains(${programmes.coLeadInstitutionIds}, json_quote(${institutions.id}))`),
    )
    .where(eq(programmes.id, pid));
  const participants = db
    .select({ id: institutions.id, name: institutions.name, countryCode: institutions.countryCode })
    .from(participations)
    .innerJoin(institutions, eq(institutions.id, participations.institutionId))
    .where(and(eq(participations.programmeId, pid), eq(participations.status, "accepted")));
  return Promise.all([organisers, participants]).then(([o, p]) => {
    const out: ProgrammeInstitution[] = [];
    const seen = new Set<string>();
    const lead = o.find((r) => r.id === r.leadId);
    for (const r of [...(lead ? [lead] : []), ...o.filter((r) => r !== lead)]) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({ id: r.id, name: r.name, countryCode: r.countryCode, relation: r.id === r.leadId ? "lead" : "coLead" });
    }
    for (const r of p) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({ ...r, relation: "participant" });
    }
    return out;
  });
}

/** The whole transfer-rules table (one row per country with a rule; a handful of rows). */
export async function allTransferRules(db: Executor): Promise<Map<string, TransferRule>> {
  const rows = await db.select().from(transferRules);
  return new Map(rows.map((r) => [r.iso2, r]));
}

/** Every signature given on the agreement (all rounds, voided ones included), newest first. */
export async function signaturesOf(db: Executor, agreementId: string) {
  return db
    .select({
      id: agreementSignatures.id,
      institutionId: agreementSignatures.institutionId,
      institutionName: institutions.name,
      userName: users.name,
      signingRound: agreementSignatures.signingRound,
      signedAt: agreementSignatures.signedAt,
      contentHash: agreementSignatures.contentHash,
      status: agreementSignatures.status,
      voidedAt: agreementSignatures.voidedAt,
      secondFactor: agreementSignatures.secondFactor,
    })
    .from(agreementSignatures)
    .innerJoin(institutions, eq(institutions.id, agreementSignatures.institutionId))
    .innerJoin(users, eq(users.id, agreementSignatures.userId))
    .where(eq(agreementSignatures.agreementId, agreementId))
    .orderBy(desc(agreementSignatures.signedAt), asc(agreementSignatures.id));
}

/** Whether the institution already gave a valid signature in the round. */
export async function signedInRound(db: Executor, agreementId: string, institutionId: string, round: number): Promise<boolean> {
  const [row] = await db
    .select({ id: agreementSignatures.id })
    .from(agreementSignatures)
    .where(and(eq(agreementSignatures.agreementId, agreementId), eq(agreementSignatures.institutionId, institutionId), eq(agreementSignatures.signingRound, round)))
    .limit(1);
  return row !== undefined;
}

/** The active signatories of the given institutions (for notifications; runs after the response). */
export async function signatoryUserIds(db: Executor, institutionIds: string[]): Promise<string[]> {
  if (institutionIds.length === 0) return [];
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(inArray(memberships.institutionId, institutionIds), eq(memberships.status, "active"), eq(memberships.isSignatory, true)));
  return [...new Set(rows.map((r) => r.userId))];
}

/** The active signatories of an agreement's parties, read by agreement id (parties may just have changed). */
export async function partySignatoryUserIds(db: Executor, agreementId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(agreementParties)
    .innerJoin(memberships, and(eq(memberships.institutionId, agreementParties.institutionId), eq(memberships.status, "active"), eq(memberships.isSignatory, true)))
    .where(eq(agreementParties.agreementId, agreementId));
  return [...new Set(rows.map((r) => r.userId))];
}

export async function passwordHashOf(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.passwordHash ?? null;
}

/** All versions of an agreement (same reference), oldest first. */
export async function versionsOf(db: Executor, agreementId: string) {
  return db
    .select({ id: agreements.id, versionNumber: agreements.versionNumber, status: agreements.status, expiryDate: agreements.expiryDate, parentId: agreements.parentAgreementId })
    .from(agreements)
    .where(eq(agreements.reference, sql`(select ${sql.raw("x.reference")} from ${agreements} ${sql.raw("x")} where ${sql.raw("x.id")} = ${agreementId})`))
    .orderBy(asc(agreements.versionNumber));
}

/** The parent version's text (for the amendment's diff), read by the child's id. */
export async function parentOf(db: Executor, agreementId: string) {
  const [row] = await db
    .select({ id: agreements.id, title: agreements.title, content: agreements.content, impactAssessment: agreements.impactAssessment })
    .from(agreements)
    .where(eq(agreements.id, sql`(select ${sql.raw("x.parent_agreement_id")} from ${agreements} ${sql.raw("x")} where ${sql.raw("x.id")} = ${agreementId})`))
    .limit(1);
  return row;
}

/** The guarded update (status and version must still be as read), not yet executed: an atomic step. */
export function guardedAgreementUpdate(
  db: Executor,
  id: string,
  expected: { status: AgreementStatus; version: number },
  set: Partial<Omit<AgreementRow, "id" | "version" | "createdAt" | "reference">>,
) {
  return guardedUpdate(db, agreements, id, expected, set);
}

/** Replaces the party rows of an agreement with the content's parties (atomic steps). */
export function replacePartiesSteps(db: Executor, agreementId: string, parties: { institutionId: string; role: PartyRole }[]) {
  const steps: { statement: { toSQL(): { sql: string; params: unknown[] } } }[] = [
    { statement: db.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId)) },
  ];
  if (parties.length) {
    const base = Date.now();
    steps.push({
      statement: db.insert(agreementParties).values(parties.map((p, i) => ({ agreementId, institutionId: p.institutionId, role: p.role, createdAt: new Date(base + i) }))),
    });
  }
  return steps;
}
