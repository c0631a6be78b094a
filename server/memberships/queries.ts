import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { affectedRows, type Executor } from "@/db/client";
import { institutions, memberships, users, type MembershipStatus } from "@/db/schema";
import { guardedUpdate } from "../workflow/guarded-update";

export type MembershipRow = typeof memberships.$inferSelect;

/** A membership with its institution's status and the number of active owners (for the last-owner rule), in one query. */
export async function findMembership(db: Executor, id: string) {
  const [row] = await db
    .select({
      membership: memberships,
      institutionStatus: institutions.status,
      institutionName: institutions.name,
      activeOwners: sql<number>`(select count(*) from memberships o where o.institution_id = ${memberships.institutionId} and o.status = 'active' and o.role = 'owner')`.mapWith(Number),
    })
    .from(memberships)
    .innerJoin(institutions, eq(institutions.id, memberships.institutionId))
    .where(eq(memberships.id, id))
    .limit(1);
  return row;
}

export type MembershipChange = Partial<Omit<MembershipRow, "id" | "version" | "createdAt" | "liveKey">>;

/** The guarded update (status and version as read), as an atomic step. */
export function guardedMembershipUpdate(db: Executor, id: string, expected: { status: MembershipStatus; version: number }, set: MembershipChange) {
  return guardedUpdate(db, memberships, id, expected, set);
}

/** The same guarded update, executed now (inside a locking transaction); returns rows changed. */
export async function updateMembershipGuarded(db: Executor, id: string, expected: { status: MembershipStatus; version: number }, set: MembershipChange) {
  return affectedRows(await guardedMembershipUpdate(db, id, expected, set).statement);
}

/** Members, requests and invitations of one institution, with each user's name and email. */
export async function listInstitutionMemberships(db: Executor, institutionId: string, statuses: MembershipStatus[]) {
  return db
    .select({
      id: memberships.id,
      status: memberships.status,
      role: memberships.role,
      isSignatory: memberships.isSignatory,
      message: memberships.message,
      version: memberships.version,
      createdAt: memberships.createdAt,
      userId: users.id,
      userName: users.name,
      userEmail: users.email,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.institutionId, institutionId), inArray(memberships.status, statuses)))
    .orderBy(asc(memberships.status), asc(users.name));
}

/** The signed-in user's own memberships in every state that still needs or shows something. */
export async function listUserMemberships(db: Executor, userId: string) {
  return db
    .select({
      id: memberships.id,
      status: memberships.status,
      role: memberships.role,
      isSignatory: memberships.isSignatory,
      version: memberships.version,
      institutionId: institutions.id,
      institutionName: institutions.name,
      institutionStatus: institutions.status,
      countryCode: institutions.countryCode,
    })
    .from(memberships)
    .innerJoin(institutions, eq(institutions.id, memberships.institutionId))
    .where(and(eq(memberships.userId, userId), inArray(memberships.status, ["requested", "invited", "active"])))
    .orderBy(asc(institutions.name));
}

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db.select({ id: users.id, name: users.name, email: users.email, locale: users.locale }).from(users).where(eq(users.email, email)).limit(1);
  return row;
}

/**
 * Inside a transaction: locks the institution row, then counts its active owners with a
 * locking read, so two owners removing or demoting each other at once cannot both succeed.
 */
export async function lockAndCountOwners(tx: Executor, institutionId: string): Promise<number> {
  await tx.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, institutionId)).for("update");
  const [row] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(memberships)
    .where(and(eq(memberships.institutionId, institutionId), eq(memberships.status, "active"), eq(memberships.role, "owner")))
    .for("update");
  return row?.n ?? 0;
}
