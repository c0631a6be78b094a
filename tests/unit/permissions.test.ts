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
  return { userId, email: `${userId}@example.test`, name: userId, locale: "en", sessionVersion: 1, roles: [], memberships: [], ...extra };
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

describe("the status rule of the table: writes on behalf of an institution need it verified", () => {
  const LEAD = "inst000000000000lead";
  const STATUSES: InstitutionStatus[] = ["pending", "verified", "suspended", "rejected"];
  const institutionRelations = ["member", "owner", "signatory", "partyMember"];
  const actions = Object.keys(PERMISSIONS) as Action[];
  const viaInstitution = actions.filter((a) => (PERMISSIONS[a].who as readonly string[]).some((r) => institutionRelations.includes(r)));
  /** Owner and signatory of A (status given), A being the subject institution and a partner of the lead. */
  const strongestOf = (status: InstitutionStatus) => person(`owner-${status}`, { memberships: [membershipOf(A, "owner", status, true)] });
  /** A is the subject institution, or — for partyMember rules — a partner (party) of the lead's. */
  const subjectFor = (action: Action): Subject =>
    (PERMISSIONS[action].who as readonly string[]).includes("partyMember") ? { institutionId: LEAD, partnerInstitutionIds: [A] } : { institutionId: A };
  const writes = viaInstitution.filter((a) => PERMISSIONS[a].kind === "write");

  it("declares for every action whether it reads or writes", () => {
    expect(actions.filter((a) => !["read", "write"].includes(PERMISSIONS[a].kind))).toEqual([]);
  });

  it.each(writes)("%s: only a verified institution's people may do it (the pending owner's exception aside)", (action) => {
    const outcome = Object.fromEntries(STATUSES.map((s) => [s, can(strongestOf(s), action, subjectFor(action))]));
    expect(outcome).toEqual({ pending: "whilePending" in PERMISSIONS[action], verified: true, suspended: false, rejected: false });
  });

  it.each(writes)("%s: a suspended institution's owner and signatory is told INSTITUTION_NOT_ACTIVE", (action) => {
    const error = refusal(strongestOf("suspended"), action, subjectFor(action));
    expect({ code: error?.code, details: error?.details }).toEqual({ code: "INSTITUTION_NOT_ACTIVE", details: { status: "suspended" } });
  });

  it.each(viaInstitution.filter((a) => PERMISSIONS[a].kind === "read"))("%s: reading stays open to a suspended or rejected institution's people", (action) => {
    for (const status of STATUSES) expect({ status, ok: can(strongestOf(status), action, subjectFor(action)) }).toEqual({ status, ok: true });
  });

  it("grants the pending exception only to owners correcting the registration and building the team", () => {
    expect(actions.filter((a) => "whilePending" in PERMISSIONS[a]).sort()).toEqual([
      "institution.update",
      "membership.decide",
      "membership.invite",
      "membership.promote",
      "membership.remove",
      "membership.setSignatory",
    ]);
    const pendingMember = person("pendingMember", { memberships: [membershipOf(A, "member", "pending")] });
    expect(refusal(pendingMember, "programme.create", { institutionId: A })?.code).toBe("INSTITUTION_NOT_ACTIVE");
    expect(refusal(ownerOfPendingA, "programme.create", { institutionId: A })?.code).toBe("INSTITUTION_NOT_ACTIVE");
  });

  it("lets anyone leave an institution whatever its status (leaving is their own act)", () => {
    expect(refusal(memberOfSuspendedA, "membership.remove", { institutionId: A, userId: memberOfSuspendedA.userId })).toBeUndefined();
    expect(refusal(ownerOfSuspendedA, "membership.remove", { institutionId: A, userId: "someone-else" })?.code).toBe("INSTITUTION_NOT_ACTIVE");
  });

  it("does not let a verified membership elsewhere stand in for the suspended party", () => {
    const both = person("both", { memberships: [membershipOf(A, "member", "suspended"), membershipOf(B, "member")] });
    expect(refusal(both, "agreement.edit", { institutionId: LEAD, partnerInstitutionIds: [A] })?.code).toBe("INSTITUTION_NOT_ACTIVE");
    expect(refusal(both, "agreement.edit", { institutionId: LEAD, partnerInstitutionIds: [A, B] })).toBeUndefined();
  });
});

describe("panel relations need an active seat and the reviewer role still held", () => {
  const seat = (userId: string, role: "reviewer" | "chair", status: "active" | "recused" | "ended" = "active") => ({ userId, role, status });
  const subjectWith = (...panel: ReturnType<typeof seat>[]): Subject => ({ institutionId: A, panel });
  const revoked = person("reviewer", { roles: [] });

  it("lets a reviewer with an active seat write and a chair decide", () => {
    expect(can(reviewer, "review.write", subjectWith(seat("reviewer", "reviewer")))).toBe(true);
    expect(can(reviewer, "programme.decide", subjectWith(seat("reviewer", "chair")))).toBe(true);
  });

  it("refuses a reviewer whose seat ended or was recused", () => {
    for (const status of ["ended", "recused"] as const) {
      expect(can(reviewer, "review.write", subjectWith(seat("reviewer", "reviewer", status)))).toBe(false);
      expect(can(reviewer, "programme.viewPrivate", subjectWith(seat("reviewer", "chair", status)))).toBe(false);
      expect(refusal(reviewer, "programme.viewPrivate", subjectWith(seat("reviewer", "reviewer", status)))?.code).toBe("NOT_FOUND");
    }
  });

  it("refuses a seat still marked active once the reviewer role is gone", () => {
    for (const action of ["review.write", "review.recuse", "programme.viewPrivate", "programme.decide", "review.readPanel"] as const) {
      expect(can(revoked, action, subjectWith(seat("reviewer", "reviewer"), seat("reviewer", "chair")))).toBe(false);
    }
    expect(refusal(revoked, "review.write", subjectWith(seat("reviewer", "reviewer")))?.code).toBe("FORBIDDEN");
  });
});
