import { eq, and } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { newId } from "../../db/ids";
import { platformRoles, users, type PlatformRole } from "../../db/schema";
import { hashPassword } from "../../server/accounts/passwords";
import { uniqueSuffix } from "./unique";

export const DEFAULT_TEST_PASSWORD = "Southbridge-demo-2026";

export type User = typeof users.$inferSelect;
export type UserOverrides = Partial<typeof users.$inferInsert> & { password?: string };

// argon2id is deliberately slow: hash each distinct password once per process and reuse it
// (a fixture may share a salt between users; the application never does).
const hashes = new Map<string, Promise<string>>();

export function passwordHashFor(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

/** Inserts a user with a verified email (pass `emailVerifiedAt: null` for an unverified one). */
export async function createUser(db: Executor, overrides: UserOverrides = {}): Promise<User> {
  const { password = DEFAULT_TEST_PASSWORD, ...values } = overrides;
  const suffix = uniqueSuffix();
  const id = values.id ?? newId();
  await db.insert(users).values({
    email: `user-${suffix}@example.test`,
    name: `Test User ${suffix}`,
    emailVerifiedAt: new Date(),
    ...values,
    id,
    passwordHash: values.passwordHash ?? (await passwordHashFor(password)),
  });
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw new Error(`createUser: user ${id} was not stored`);
  return row;
}

/** Grants a platform role; granting a role the user already holds changes nothing. */
export async function grantPlatformRole(
  db: Executor,
  userId: string,
  role: PlatformRole,
  grantedByUserId: string | null = null,
): Promise<typeof platformRoles.$inferSelect> {
  await db.insert(platformRoles).values({ userId, role, grantedByUserId }).onDuplicateKeyUpdate({ set: { role } });
  const [row] = await db
    .select()
    .from(platformRoles)
    .where(and(eq(platformRoles.userId, userId), eq(platformRoles.role, role)));
  if (!row) throw new Error(`grantPlatformRole: ${role} of ${userId} was not stored`);
  return row;
}
