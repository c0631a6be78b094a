// A small, fresh world for one authorization check: institution A (verified) with its owner and a
// member, institution B with its owner and a member, a signed-in user with no institution, a
// reviewer and an admin. Every call gets its own world, so no call can affect the next.
import type { Database } from "../../../db/client";
import { signUp } from "../../../server/accounts/sign-up";
import { requestPasswordReset } from "../../../server/accounts/request-password-reset";
import { addMembership, createInstitution, createUser, grantPlatformRole, uniqueSuffix, type Institution, type User } from "../../factories";
import { latestTokenSentTo } from "./db";
import { actingAs } from "./personas";

export const PERSONAS = ["visitor", "signedIn", "memberA", "ownerA", "memberB", "reviewer", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];

export type World = {
  db: Database;
  a: Institution;
  b: Institution;
  people: Record<Exclude<Persona, "visitor"> | "ownerB", User>;
};

export async function buildWorld(db: Database): Promise<World> {
  const [signedIn, memberA, ownerA, memberB, ownerB, reviewer, admin] = await Promise.all(Array.from({ length: 7 }, () => createUser(db)));
  await Promise.all([grantPlatformRole(db, reviewer!.id, "reviewer"), grantPlatformRole(db, admin!.id, "admin")]);
  const [a, b] = await Promise.all([createInstitution(db, { createdByUserId: ownerA!.id }), createInstitution(db, { createdByUserId: ownerB!.id })]);
  await Promise.all([
    addMembership(db, { institutionId: a.id, userId: ownerA!.id, role: "owner" }),
    addMembership(db, { institutionId: a.id, userId: memberA!.id }),
    addMembership(db, { institutionId: b.id, userId: ownerB!.id, role: "owner" }),
    addMembership(db, { institutionId: b.id, userId: memberB!.id }),
  ]);
  return { db, a, b, people: { signedIn: signedIn!, memberA: memberA!, ownerA: ownerA!, memberB: memberB!, ownerB: ownerB!, reviewer: reviewer!, admin: admin! } };
}

export function personOf(world: World, persona: Persona): User | null {
  return persona === "visitor" ? null : world.people[persona];
}

export function institutionFields(suffix = uniqueSuffix()) {
  return {
    name: `Matrix Institute ${suffix}`,
    acronym: "",
    countryCode: "KE",
    type: "research_institute" as const,
    website: `https://matrix-${suffix}.example.test`,
    emailDomains: [`matrix-${suffix}.example.test`],
    description: "An institution made for the authorization matrix.",
    rorId: "",
  };
}

/** A real email-verification token: a new account signs up and the token is read from its email. */
export async function verificationToken(db: Database): Promise<string> {
  const email = `signup-${uniqueSuffix()}@example.test`;
  await signUp(await actingAs(db, null), { name: "New Person", email, password: "A-long-password-2026", locale: "en" });
  return latestTokenSentTo(db, email);
}

/** A real password-reset token for a fresh account, read from the email it was sent. */
export async function passwordResetToken(db: Database): Promise<string> {
  const user = await createUser(db);
  await requestPasswordReset(await actingAs(db, null), { email: user.email, locale: "en" });
  return latestTokenSentTo(db, user.email);
}
