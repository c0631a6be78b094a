// A small, fresh world for one authorization check: institution A (verified) with its owner and a
// member, institution B with its owner and a member, a signed-in user with no institution, a
// reviewer and an admin — and two people who lost their standing (issue #11):
//  - memberSuspended: owner and signatory of S, a SUSPENDED institution that is party to the
//    world's programmes and agreements (a co-lead of every programme of A the inputs create);
//  - revokedReviewer: a reviewer whose role an admin revoked (through the real use case); on
//    the world's review panel they had a seat, ended by that revocation (see seatRevokedReviewer).
// Every call gets its own world, so no call can affect the next.
import type { Database } from "../../../db/client";
import { signUp } from "../../../server/accounts/sign-up";
import { requestPasswordReset } from "../../../server/accounts/request-password-reset";
import { requestEmailChange } from "../../../server/accounts/request-email-change";
import { changePlatformRole } from "../../../server/users/change-platform-role";
import { addMembership, addPanel, createInstitution, createUser, DEFAULT_TEST_PASSWORD, grantPlatformRole, uniqueSuffix, type Institution, type User } from "../../factories";
import { latestTokenSentTo } from "./db";
import { actingAs } from "./personas";

export const PERSONAS = ["visitor", "signedIn", "memberA", "ownerA", "memberB", "reviewer", "admin", "memberSuspended", "revokedReviewer"] as const;
export type Persona = (typeof PERSONAS)[number];

export type World = {
  db: Database;
  a: Institution;
  b: Institution;
  /** Suspended; party (co-lead) to A's programmes in the matrix. */
  s: Institution;
  people: Record<Exclude<Persona, "visitor"> | "ownerB", User>;
};

export async function buildWorld(db: Database): Promise<World> {
  const [signedIn, memberA, ownerA, memberB, ownerB, reviewer, admin, memberSuspended, revokedReviewer] = await Promise.all(Array.from({ length: 9 }, () => createUser(db)));
  await Promise.all([grantPlatformRole(db, reviewer!.id, "reviewer"), grantPlatformRole(db, admin!.id, "admin"), grantPlatformRole(db, revokedReviewer!.id, "reviewer")]);
  const [a, b, s] = await Promise.all([
    createInstitution(db, { createdByUserId: ownerA!.id }),
    createInstitution(db, { createdByUserId: ownerB!.id }),
    createInstitution(db, { createdByUserId: memberSuspended!.id, status: "suspended", statusReason: "Matrix: suspended" }),
  ]);
  await Promise.all([
    addMembership(db, { institutionId: a.id, userId: ownerA!.id, role: "owner" }),
    addMembership(db, { institutionId: a.id, userId: memberA!.id }),
    addMembership(db, { institutionId: b.id, userId: ownerB!.id, role: "owner" }),
    addMembership(db, { institutionId: b.id, userId: memberB!.id }),
    addMembership(db, { institutionId: s.id, userId: memberSuspended!.id, role: "owner", isSignatory: true }),
    revokeReviewerRole(db, admin!, revokedReviewer!),
  ]);
  return {
    db,
    a,
    b,
    s,
    people: {
      signedIn: signedIn!,
      memberA: memberA!,
      ownerA: ownerA!,
      memberB: memberB!,
      ownerB: ownerB!,
      reviewer: reviewer!,
      admin: admin!,
      memberSuspended: memberSuspended!,
      revokedReviewer: revokedReviewer!,
    },
  };
}

/** The admin revokes the reviewer role through the real use case (which ends any seat on an undecided panel). */
async function revokeReviewerRole(db: Database, admin: User, reviewer: User) {
  await changePlatformRole(await actingAs(db, admin), { userId: reviewer.id, role: "reviewer", grant: false });
}

/**
 * Gives the revoked reviewer the seat they had on a programme's panel: the role is granted
 * again, they are seated, and the admin revokes the role again — which ends the seat.
 */
export async function seatRevokedReviewer(w: World, programmeId: string) {
  await grantPlatformRole(w.db, w.people.revokedReviewer.id, "reviewer");
  await addPanel(w.db, programmeId, { reviewers: [w.people.revokedReviewer], assignedBy: w.people.admin });
  await revokeReviewerRole(w.db, w.people.admin, w.people.revokedReviewer);
}

/** Who a programme of A is led and proposed by in the matrix: A, A's owner, with S (suspended) as co-lead. */
export const ofA = (w: World) => ({ leadInstitutionId: w.a.id, createdByUserId: w.people.ownerA.id, coLeadInstitutionIds: [w.s.id] });

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

/** A real address-change token for a fresh account, read from the email sent to the new address. */
export async function emailChangeToken(db: Database): Promise<string> {
  const user = await createUser(db);
  const newEmail = `moved-${uniqueSuffix()}@example.test`;
  await requestEmailChange(await actingAs(db, user), { newEmail, currentPassword: DEFAULT_TEST_PASSWORD });
  return latestTokenSentTo(db, newEmail);
}

/** A real password-reset token for a fresh account, read from the email it was sent. */
export async function passwordResetToken(db: Database): Promise<string> {
  const user = await createUser(db);
  await requestPasswordReset(await actingAs(db, null), { email: user.email, locale: "en" });
  return latestTokenSentTo(db, user.email);
}
