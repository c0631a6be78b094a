// Joining, inviting, owners and signatories, and what a suspended institution may still do.
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { memberships } from "../../db/schema";
import type { UseCaseContext } from "../../server/context";
import { changeInstitutionStatus } from "../../server/institutions/change-institution-status";
import { changeMembershipStatus } from "../../server/memberships/change-membership-status";
import { inviteMember } from "../../server/memberships/invite-member";
import { listMembers } from "../../server/memberships/list-memberships";
import { requestMembership } from "../../server/memberships/request-membership";
import { setMemberRole } from "../../server/memberships/set-member-role";
import { addMembership, createInstitution, createUser, grantPlatformRole, uniqueSuffix } from "../factories";
import { auditEntriesOf, membershipRow, membershipsOf, openTestDb, outboxTo } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

/** An institution (verified unless told otherwise) with one owner and one plain member. */
async function institutionWithOwner(status: "verified" | "pending" = "verified") {
  const owner = await createUser(db);
  const member = await createUser(db);
  const institution = await createInstitution(db, { status, createdByUserId: owner.id });
  const ownership = await addMembership(db, { institutionId: institution.id, userId: owner.id, role: "owner" });
  const membership = await addMembership(db, { institutionId: institution.id, userId: member.id });
  return { owner, member, institution, ownership, membership };
}

async function institutionWithTwoOwners() {
  const owners = [await createUser(db), await createUser(db)] as const;
  const institution = await createInstitution(db, { createdByUserId: owners[0].id });
  const ownerships = [
    await addMembership(db, { institutionId: institution.id, userId: owners[0].id, role: "owner" }),
    await addMembership(db, { institutionId: institution.id, userId: owners[1].id, role: "owner" }),
  ] as const;
  return { institution, owners, ownerships };
}

async function activeOwnerCount(institutionId: string) {
  const rows = await db.select().from(memberships).where(eq(memberships.institutionId, institutionId));
  return rows.filter((m) => m.status === "active" && m.role === "owner").length;
}

describe("asking to join an institution", () => {
  it("creates a request, writes one audit entry and emails the owners", async () => {
    const { owner, institution } = await institutionWithOwner();
    const user = await createUser(db);

    const { membershipId, status } = await requestMembership(await actingAs(db, user), { institutionId: institution.id, message: "Hello" });

    expect(status).toBe("requested");
    expect(await membershipRow(db, membershipId)).toMatchObject({ userId: user.id, status: "requested", role: "member", message: "Hello" });
    expect(await auditEntriesOf(db, "membership", membershipId)).toEqual([expect.objectContaining({ action: "membership.request", actorUserId: user.id })]);
    expect(await outboxTo(db, owner.email)).toHaveLength(1);
  });

  it("treats a pending (unverified) institution as not found, and adds nothing", async () => {
    const { institution } = await institutionWithOwner("pending");
    const user = await createUser(db);

    const error = await domainErrorOf(requestMembership(await actingAs(db, user), { institutionId: institution.id }));

    expect(error.code).toBe("NOT_FOUND");
    expect(await membershipsOf(db, institution.id, user.id)).toEqual([]);
  });

  it("refuses a second live request by the same user (ALREADY_EXISTS) and adds nothing", async () => {
    const { institution } = await institutionWithOwner();
    const user = await createUser(db);
    const asUser = await actingAs(db, user);
    const { membershipId } = await requestMembership(asUser, { institutionId: institution.id });

    const error = await domainErrorOf(requestMembership(asUser, { institutionId: institution.id }));

    expect(error.code).toBe("ALREADY_EXISTS");
    expect((await membershipsOf(db, institution.id, user.id)).map((m) => m.id)).toEqual([membershipId]);
    expect(await auditEntriesOf(db, "membership", membershipId)).toHaveLength(1);
  });

  it("lets a user ask again once the earlier request was declined", async () => {
    const { owner, institution } = await institutionWithOwner();
    const user = await createUser(db);
    const asUser = await actingAs(db, user);
    const first = await requestMembership(asUser, { institutionId: institution.id });
    await changeMembershipStatus(await actingAs(db, owner), { membershipId: first.membershipId, event: "decline", version: 1 });

    const second = await requestMembership(asUser, { institutionId: institution.id });

    expect((await membershipsOf(db, institution.id, user.id)).map((m) => m.status).sort()).toEqual(["declined", "requested"]);
    expect(second.membershipId).not.toBe(first.membershipId);
  });
});

describe("inviting a member", () => {
  it("invites an existing user by email, with one audit entry and an email to the invitee", async () => {
    const { owner, institution } = await institutionWithOwner();
    const invitee = await createUser(db);

    const { membershipId } = await inviteMember(await actingAs(db, owner), { institutionId: institution.id, email: invitee.email });

    expect(await membershipRow(db, membershipId)).toMatchObject({ userId: invitee.id, status: "invited", invitedByUserId: owner.id });
    expect(await auditEntriesOf(db, "membership", membershipId)).toEqual([expect.objectContaining({ action: "membership.invite", actorUserId: owner.id })]);
    expect(await outboxTo(db, invitee.email)).toHaveLength(1);
  });

  it("writes the invitation email in the invitee's language, with a link in that language", async () => {
    const { owner, institution } = await institutionWithOwner();
    const invitee = await createUser(db, { locale: "fr" });

    await inviteMember(await actingAs(db, owner), { institutionId: institution.id, email: invitee.email });

    const [email] = await outboxTo(db, invitee.email);
    expect(email?.textBody).toContain("/fr/dashboard");
  });

  it("refuses an email that belongs to no account (NOT_FOUND) and adds nothing", async () => {
    const { owner, institution } = await institutionWithOwner();
    const email = `nobody-${uniqueSuffix()}@example.test`;

    const error = await domainErrorOf(inviteMember(await actingAs(db, owner), { institutionId: institution.id, email }));

    expect(error).toMatchObject({ code: "NOT_FOUND", details: { what: "user" } });
    expect(await outboxTo(db, email)).toEqual([]);
  });

  it("refuses to invite someone who is already a member (ALREADY_EXISTS) and adds nothing", async () => {
    const { owner, member, institution, membership } = await institutionWithOwner();

    const error = await domainErrorOf(inviteMember(await actingAs(db, owner), { institutionId: institution.id, email: member.email }));

    expect(error.code).toBe("ALREADY_EXISTS");
    expect((await membershipsOf(db, institution.id, member.id)).map((m) => m.id)).toEqual([membership.id]);
  });
});

describe("owners and signatories", () => {
  it("refuses to remove the last owner (LAST_OWNER) and changes nothing", async () => {
    const { owner, ownership } = await institutionWithOwner();
    const before = await membershipRow(db, ownership.id);

    const error = await domainErrorOf(changeMembershipStatus(await actingAs(db, owner), { membershipId: ownership.id, event: "remove", version: 1 }));

    expect(error.code).toBe("LAST_OWNER");
    expect(await membershipRow(db, ownership.id)).toEqual(before);
    expect(await auditEntriesOf(db, "membership", ownership.id)).toEqual([]);
  });

  it("refuses to demote the last owner to member (LAST_OWNER) and changes nothing", async () => {
    const { owner, ownership } = await institutionWithOwner();
    const before = await membershipRow(db, ownership.id);

    const error = await domainErrorOf(setMemberRole(await actingAs(db, owner), { membershipId: ownership.id, role: "member", version: 1 }));

    expect(error.code).toBe("LAST_OWNER");
    expect(await membershipRow(db, ownership.id)).toEqual(before);
  });

  // Each owner's check sees two owners; only a check made inside the writing transaction can see the other's change.
  it.each([
    ["remove each other", (ctx: UseCaseContext, membershipId: string) => changeMembershipStatus(ctx, { membershipId, event: "remove", version: 1 })],
    ["demote each other", (ctx: UseCaseContext, membershipId: string) => setMemberRole(ctx, { membershipId, role: "member", version: 1 })],
  ] as const)("keeps at least one owner when two owners %s at the same moment", async (_what, act) => {
    for (let round = 0; round < 3; round++) {
      const { institution, owners, ownerships } = await institutionWithTwoOwners();
      const [asFirst, asSecond] = [await actingAs(db, owners[0]), await actingAs(db, owners[1])];

      await Promise.allSettled([act(asFirst, ownerships[1].id), act(asSecond, ownerships[0].id)]);

      expect(await activeOwnerCount(institution.id)).toBeGreaterThanOrEqual(1);
    }
  });

  it("promotes a member to owner with one membership.set_role audit entry; the former sole owner may then leave", async () => {
    const { owner, member, ownership, membership } = await institutionWithOwner();
    const asOwner = await actingAs(db, owner);

    expect(await setMemberRole(asOwner, { membershipId: membership.id, role: "owner", version: 1 })).toEqual({ membershipId: membership.id, version: 2 });

    expect(await membershipRow(db, membership.id)).toMatchObject({ role: "owner", version: 2 });
    expect(await auditEntriesOf(db, "membership", membership.id)).toEqual([
      expect.objectContaining({ action: "membership.set_role", actorUserId: owner.id, changes: { role: { before: "member", after: "owner" } } }),
    ]);
    expect((await actingAs(db, member)).viewer?.memberships[0]?.role).toBe("owner");
    await changeMembershipStatus(asOwner, { membershipId: ownership.id, event: "remove", version: 1 });
    expect(await membershipRow(db, ownership.id)).toMatchObject({ status: "removed" });
  });

  it("designates a signatory with one membership.set_signatory audit entry", async () => {
    const { owner, member, membership } = await institutionWithOwner();

    await setMemberRole(await actingAs(db, owner), { membershipId: membership.id, isSignatory: true, version: 1 });

    expect(await membershipRow(db, membership.id)).toMatchObject({ isSignatory: true, role: "member", version: 2 });
    expect(await auditEntriesOf(db, "membership", membership.id)).toEqual([
      expect.objectContaining({ action: "membership.set_signatory", actorUserId: owner.id, changes: { isSignatory: { before: false, after: true } } }),
    ]);
    expect((await actingAs(db, member)).viewer?.memberships[0]?.isSignatory).toBe(true);
  });

  it("refuses a role change based on a stale version (CONFLICT) and changes nothing", async () => {
    const { owner, membership } = await institutionWithOwner();
    const asOwner = await actingAs(db, owner);
    await setMemberRole(asOwner, { membershipId: membership.id, isSignatory: true, version: 1 });
    const before = await membershipRow(db, membership.id);

    const error = await domainErrorOf(setMemberRole(asOwner, { membershipId: membership.id, role: "owner", version: 1 }));

    expect(error.code).toBe("CONFLICT");
    expect(await membershipRow(db, membership.id)).toEqual(before);
  });

  it("refuses to make a pending request a signatory (INVALID_TRANSITION)", async () => {
    const { owner, institution } = await institutionWithOwner();
    const request = await addMembership(db, { institutionId: institution.id, userId: (await createUser(db)).id, status: "requested" });

    const error = await domainErrorOf(setMemberRole(await actingAs(db, owner), { membershipId: request.id, isSignatory: true, version: 1 }));

    expect(error.code).toBe("INVALID_TRANSITION");
    expect(await membershipRow(db, request.id)).toMatchObject({ isSignatory: false, version: 1 });
  });
});

describe("a suspended institution", () => {
  it("cannot accept a request (INSTITUTION_NOT_ACTIVE), but its owner and members can still read the list", async () => {
    const { owner, member, institution } = await institutionWithOwner();
    const request = await addMembership(db, { institutionId: institution.id, userId: (await createUser(db)).id, status: "requested" });
    const admin = await createUser(db);
    await grantPlatformRole(db, admin.id, "admin");
    await changeInstitutionStatus(await actingAs(db, admin), { institutionId: institution.id, event: "suspend", reason: "Under investigation", version: 1 });
    const before = await membershipRow(db, request.id);

    const error = await domainErrorOf(changeMembershipStatus(await actingAs(db, owner), { membershipId: request.id, event: "accept", version: 1 }));

    expect(error).toMatchObject({ code: "INSTITUTION_NOT_ACTIVE", details: { status: "suspended" } });
    expect(await membershipRow(db, request.id)).toEqual(before);
    for (const reader of [owner, member]) {
      const listed = await listMembers(await actingAs(db, reader), institution.id);
      expect(listed.map((m) => m.id)).toContain(request.id);
    }
  });

  it("cannot invite anyone (INSTITUTION_NOT_ACTIVE)", async () => {
    const owner = await createUser(db);
    const institution = await createInstitution(db, { status: "suspended", createdByUserId: owner.id });
    await addMembership(db, { institutionId: institution.id, userId: owner.id, role: "owner" });
    const invitee = await createUser(db);

    const error = await domainErrorOf(inviteMember(await actingAs(db, owner), { institutionId: institution.id, email: invitee.email }));

    expect(error.code).toBe("INSTITUTION_NOT_ACTIVE");
    expect(await membershipsOf(db, institution.id, invitee.id)).toEqual([]);
  });
});
