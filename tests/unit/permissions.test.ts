import { describe, expect, it } from "vitest";
import type { InstitutionStatus, MembershipRole } from "../../db/schema/institutions";
import { assertCan, can, PERMISSIONS, type Action, type Subject } from "../../server/authz/permissions";
import type { SignedInViewer, Viewer, ViewerMembership } from "../../server/authz/viewer";
import { DomainError } from "../../server/errors";

const A = "inst0000000000000aaa";
const B = "inst0000000000000bbb";

function membershipOf(institutionId: string, role: MembershipRole, institutionStatus: InstitutionStatus = "verified", isSignatory = false): ViewerMembership {
  return { membershipId: `m-${institutionId}-${role}`, institutionId, institutionName: `Institution ${institutionId}`, institutionStatus, role, isSignatory };
}

function person(userId: string, extra: Partial<SignedInViewer> = {}): SignedInViewer {
  return { userId, email: `${userId}@example.test`, name: userId, locale: "en", roles: [], memberships: [], ...extra };
}

const visitor: Viewer = null;
const stranger = person("stranger");
const memberA = person("memberA", { memberships: [membershipOf(A, "member")] });
const ownerA = person("ownerA", { memberships: [membershipOf(A, "owner")] });
const ownerOfPendingA = person("ownerPending", { memberships: [membershipOf(A, "owner", "pending")] });
const ownerOfSuspendedA = person("ownerSuspended", { memberships: [membershipOf(A, "owner", "suspended")] });
const ownerOfRejectedA = person("ownerRejected", { memberships: [membershipOf(A, "owner", "rejected")] });
const memberOfSuspendedA = person("memberSuspended", { memberships: [membershipOf(A, "member", "suspended")] });
const ownerB = person("ownerB", { memberships: [membershipOf(B, "owner")] });
const admin = person("admin", { roles: ["admin"] });
const reviewer = person("reviewer", { roles: ["reviewer"] });

/** The error assertCan throws, or undefined when it allows. */
function refusal(viewer: Viewer, action: Action, subject?: Subject): DomainError | undefined {
  try {
    assertCan(viewer, action, subject);
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

const OWNER_ACTIONS = ["institution.update", "membership.invite", "membership.decide", "membership.promote", "membership.setSignatory"] as const;
const ADMIN_ACTIONS = ["institution.verify", "institution.reject", "institution.suspend", "institution.reinstate", "institution.reviewQueue", "user.list", "user.grantRole", "user.revokeRole", "audit.read"] as const;
const READ_ACTIONS = ["membership.list", "institution.viewPrivate"] as const;

describe("a visitor", () => {
  const actions = (Object.keys(PERMISSIONS) as Action[]).filter((a) => !(PERMISSIONS[a].who as readonly string[]).includes("anyone"));

  it.each(actions)("may not %s and is told to sign in (UNAUTHENTICATED)", (action) => {
    expect(can(visitor, action, { institutionId: A, userId: "someone" })).toBe(false);
    expect(refusal(visitor, action, { institutionId: A, userId: "someone" })?.code).toBe("UNAUTHENTICATED");
  });
});

describe("a signed-in user unrelated to the institution", () => {
  it.each([...OWNER_ACTIONS, ...READ_ACTIONS])("gets NOT_FOUND for %s on it, as if it did not exist", (action) => {
    expect(can(stranger, action, { institutionId: A })).toBe(false);
    const error = refusal(stranger, action, { institutionId: A });
    expect(error?.code).toBe("NOT_FOUND");
    expect(error?.details).toEqual({ what: "institution" });
  });

  it("is not related to A by owning another institution B", () => {
    expect(refusal(ownerB, "institution.update", { institutionId: A })?.code).toBe("NOT_FOUND");
    expect(refusal(ownerB, "membership.list", { institutionId: A })?.code).toBe("NOT_FOUND");
    expect(refusal(ownerB, "institution.update", { institutionId: B })).toBeUndefined();
  });

  it("may register an institution, ask to join one and read their own account", () => {
    for (const action of ["institution.register", "membership.request", "account.read", "account.signOutEverywhere"] as const) {
      expect(refusal(stranger, action, { institutionId: A })).toBeUndefined();
    }
  });
});

describe("a plain member", () => {
  it.each(OWNER_ACTIONS)("is FORBIDDEN to %s", (action) => {
    expect(can(memberA, action, { institutionId: A })).toBe(false);
    expect(refusal(memberA, action, { institutionId: A })?.code).toBe("FORBIDDEN");
  });

  it.each(READ_ACTIONS)("may %s", (action) => {
    expect(refusal(memberA, action, { institutionId: A })).toBeUndefined();
  });
});

describe("an owner", () => {
  it.each(OWNER_ACTIONS)("of a verified institution may %s", (action) => {
    expect(refusal(ownerA, action, { institutionId: A })).toBeUndefined();
  });

  it.each(OWNER_ACTIONS)("of a pending institution may still %s", (action) => {
    expect(refusal(ownerOfPendingA, action, { institutionId: A })).toBeUndefined();
  });

  it.each(OWNER_ACTIONS)("of a suspended institution gets INSTITUTION_NOT_ACTIVE for %s", (action) => {
    expect(can(ownerOfSuspendedA, action, { institutionId: A })).toBe(false);
    const error = refusal(ownerOfSuspendedA, action, { institutionId: A });
    expect(error?.code).toBe("INSTITUTION_NOT_ACTIVE");
    expect(error?.details).toEqual({ status: "suspended" });
  });

  it.each(OWNER_ACTIONS)("of a rejected institution gets INSTITUTION_NOT_ACTIVE for %s", (action) => {
    expect(refusal(ownerOfRejectedA, action, { institutionId: A })?.code).toBe("INSTITUTION_NOT_ACTIVE");
  });

  it.each(READ_ACTIONS)("and a member of a suspended institution may still read (%s)", (action) => {
    expect(refusal(ownerOfSuspendedA, action, { institutionId: A })).toBeUndefined();
    expect(refusal(memberOfSuspendedA, action, { institutionId: A })).toBeUndefined();
  });

  it("is FORBIDDEN the admin's decisions on their own institution", () => {
    for (const action of ["institution.verify", "institution.suspend"] as const) {
      expect(refusal(ownerOfPendingA, action, { institutionId: A })?.code).toBe("FORBIDDEN");
    }
  });
});

describe("platform roles", () => {
  it.each(ADMIN_ACTIONS)("let an admin %s", (action) => {
    expect(refusal(admin, action, { institutionId: A })).toBeUndefined();
  });

  it.each(ADMIN_ACTIONS)("do not let a reviewer %s (FORBIDDEN)", (action) => {
    expect(refusal(reviewer, action)?.code).toBe("FORBIDDEN");
  });

  it("let an admin read any institution's members, but not act as its owner (FORBIDDEN, not NOT_FOUND)", () => {
    expect(refusal(admin, "membership.list", { institutionId: A })).toBeUndefined();
    expect(refusal(admin, "institution.viewPrivate", { institutionId: A })).toBeUndefined();
    for (const action of OWNER_ACTIONS) expect(refusal(admin, action, { institutionId: A })?.code).toBe("FORBIDDEN");
  });
});

describe("the self relation", () => {
  it("lets the invitee answer their own invitation, even with no membership in the institution yet", () => {
    expect(can(stranger, "membership.respond", { institutionId: A, userId: stranger.userId })).toBe(true);
    expect(refusal(stranger, "membership.respond", { institutionId: A, userId: stranger.userId })).toBeUndefined();
  });

  it("does not let anyone else answer it: NOT_FOUND when unrelated, FORBIDDEN for the institution's owner", () => {
    expect(refusal(stranger, "membership.respond", { institutionId: A, userId: "invitee" })?.code).toBe("NOT_FOUND");
    expect(refusal(ownerA, "membership.respond", { institutionId: A, userId: "invitee" })?.code).toBe("FORBIDDEN");
  });

  it("does not let a user accept their own membership request (FORBIDDEN)", () => {
    expect(refusal(stranger, "membership.decide", { institutionId: A, userId: stranger.userId })?.code).toBe("FORBIDDEN");
  });

  it("lets a member leave (remove their own membership) but not remove somebody else", () => {
    expect(refusal(memberA, "membership.remove", { institutionId: A, userId: memberA.userId })).toBeUndefined();
    expect(refusal(memberA, "membership.remove", { institutionId: A, userId: "someone-else" })?.code).toBe("FORBIDDEN");
    expect(refusal(ownerA, "membership.remove", { institutionId: A, userId: "someone-else" })).toBeUndefined();
  });
});
