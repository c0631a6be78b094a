// Participation fixtures written straight to the database: open programmes whose deadline lies
// ahead, applicant institutions with their people, and applications in any state.
import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { newId } from "../../db/ids";
import { participations, programmes, type ParticipationStatus } from "../../db/schema";
import { addMembership, createInstitution, type Institution, type InstitutionOverrides } from "./institutions";
import { createProgramme, STARTED_DATES, type Programme, type ProgrammeOverrides } from "./programmes";
import { uniqueSuffix } from "./unique";
import { createUser, type User } from "./users";

export type Participation = typeof participations.$inferSelect;

/** Dates far enough ahead that no deadline passes while tests run. */
export const FUTURE_DATES = { applicationDeadline: "2099-06-30", startDate: "2099-09-01", endDate: "2100-12-31" } as const;

/** A programme open for applications (deadline ahead, capacity 10 unless given). */
export function createOpenProgramme(db: Executor, overrides: ProgrammeOverrides = {}): Promise<Programme> {
  return createProgramme(db, { status: "open", publishedAt: new Date(), capacity: 10, ...FUTURE_DATES, ...overrides });
}

/** An open programme whose start date has come (deadline passed): its owner may start it now. */
export function createStartableProgramme(db: Executor, overrides: ProgrammeOverrides = {}): Promise<Programme> {
  return createOpenProgramme(db, { ...STARTED_DATES, ...overrides });
}

export type Applicant = { institution: Institution; owner: User; member: User };

/** An applicant institution (verified Kenyan university unless overridden) with an owner and a member. */
export async function createApplicant(db: Executor, overrides: InstitutionOverrides = {}): Promise<Applicant> {
  const [owner, member] = await Promise.all([createUser(db), createUser(db)]);
  const institution = await createInstitution(db, { createdByUserId: owner.id, ...overrides });
  await Promise.all([
    addMembership(db, { institutionId: institution.id, userId: owner.id, role: "owner" }),
    addMembership(db, { institutionId: institution.id, userId: member.id }),
  ]);
  return { institution, owner, member };
}

export type ParticipationInput = { programmeId: string; institutionId: string; appliedByUserId: string; status?: ParticipationStatus } & Partial<
  Omit<typeof participations.$inferInsert, "liveKey">
>;

/**
 * Inserts an application in any state (pending by default). An accepted one also takes a place
 * in the programme's accepted count, as the workflow would.
 */
export async function addParticipation(db: Executor, input: ParticipationInput): Promise<Participation> {
  const id = input.id ?? newId();
  const status = input.status ?? "pending";
  const decided = status === "accepted" || status === "declined" || status === "left";
  await db.insert(participations).values({
    motivation: `We would like to take part: our team works on this very subject. ${uniqueSuffix()}`,
    contactName: "Amina Contact",
    contactEmail: `contact-${uniqueSuffix()}@example.test`,
    decidedAt: decided ? new Date() : null,
    ...input,
    id,
    status,
  });
  if (status === "accepted") {
    await db.update(programmes).set({ acceptedCount: sql`${programmes.acceptedCount} + 1` }).where(eq(programmes.id, input.programmeId));
  }
  const [row] = await db.select().from(participations).where(eq(participations.id, id));
  if (!row) throw new Error(`addParticipation: participation ${id} was not stored`);
  return row;
}

/** `n` pending applications to one programme, each from a new verified institution (bulk). */
export async function addPendingApplications(db: Executor, programmeId: string, n: number, appliedBy: User): Promise<Participation[]> {
  const applicants = await Promise.all(Array.from({ length: n }, () => createInstitution(db, { createdByUserId: appliedBy.id })));
  const rows = applicants.map((institution) => ({
    id: newId(),
    programmeId,
    institutionId: institution.id,
    status: "pending" as const,
    motivation: "A pending application made in bulk by a test factory.",
    contactName: "Bulk Contact",
    contactEmail: `bulk-${uniqueSuffix()}@example.test`,
    appliedByUserId: appliedBy.id,
  }));
  await db.insert(participations).values(rows);
  return db.select().from(participations).where(eq(participations.programmeId, programmeId));
}
