import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { newId } from "../../db/ids";
import { institutions, memberships, type MembershipRole, type MembershipStatus } from "../../db/schema";
import { uniqueSuffix } from "./unique";
import { createUser } from "./users";

export type Institution = typeof institutions.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type InstitutionOverrides = Partial<typeof institutions.$inferInsert>;

/** Inserts a verified Kenyan university; without `createdByUserId` a new user is created as its creator. */
export async function createInstitution(db: Executor, overrides: InstitutionOverrides = {}): Promise<Institution> {
  const suffix = uniqueSuffix();
  const id = overrides.id ?? newId();
  const status = overrides.status ?? "verified";
  const createdByUserId = overrides.createdByUserId ?? (await createUser(db)).id;
  const domain = `institution-${suffix}.example.test`;
  await db.insert(institutions).values({
    name: `Test University ${suffix}`,
    countryCode: "KE",
    type: "university",
    website: `https://${domain}`,
    emailDomains: [domain],
    description: "A test institution created by a data factory.",
    statusChangedAt: status === "pending" ? null : new Date(),
    ...overrides,
    id,
    status,
    createdByUserId,
  });
  const [row] = await db.select().from(institutions).where(eq(institutions.id, id));
  if (!row) throw new Error(`createInstitution: institution ${id} was not stored`);
  return row;
}

export type MembershipInput = {
  institutionId: string;
  userId: string;
  role?: MembershipRole;
  status?: MembershipStatus;
  isSignatory?: boolean;
} & Partial<Omit<typeof memberships.$inferInsert, "liveKey">>;

/** Inserts a membership, active member by default; a decided one (active, declined, removed) gets `decidedAt`. */
export async function addMembership(db: Executor, input: MembershipInput): Promise<Membership> {
  const id = input.id ?? newId();
  const status = input.status ?? "active";
  const decided = status === "active" || status === "declined" || status === "removed";
  await db.insert(memberships).values({
    role: "member",
    isSignatory: false,
    decidedAt: decided ? new Date() : null,
    ...input,
    id,
    status,
  });
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
  if (!row) throw new Error(`addMembership: membership ${id} was not stored`);
  return row;
}
