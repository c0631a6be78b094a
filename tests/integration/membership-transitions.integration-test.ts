// Every (state × event) of the membership lifecycle, each event done by the actor who may do it,
// through the real use case and database; plus stale and concurrent decisions.
import { afterAll, describe, expect, it } from "vitest";
import { MEMBERSHIP_STATUSES, type MembershipStatus } from "../../db/schema/institutions";
import { changeMembershipStatus } from "../../server/memberships/change-membership-status";
import { setMemberRole } from "../../server/memberships/set-member-role";
import { membershipMachine, type MembershipEvent, type MembershipStatusEvent } from "../../server/memberships/transitions";
import { addMembership, createInstitution, createUser } from "../factories";
import { auditEntriesOf, membershipRow, openTestDb } from "./support/db";
import { domainErrorOf } from "./support/errors";
import { actingAs } from "./support/personas";

const handle = openTestDb();
const { db } = handle;

afterAll(async () => {
  await handle.close();
});

// Written out by hand (PRODUCT.md): the state each allowed event leads to; absent = refused.
const EXPECTED: Record<MembershipStatus, Partial<Record<MembershipStatusEvent, MembershipStatus>>> = {
  requested: { accept: "active", decline: "declined" },
  invited: { acceptInvitation: "active", declineInvitation: "declined" },
  active: { remove: "removed" },
  declined: {},
  removed: {},
};
/** Who causes each event: an owner of the institution, or the person the membership is for. */
const ACTOR: Record<MembershipStatusEvent, "owner" | "self"> = {
  accept: "owner",
  decline: "owner",
  acceptInvitation: "self",
  declineInvitation: "self",
  remove: "owner",
};
// setRole and setSignatory keep the state (set-member-role, membership-rules.integration-test.ts).
const EVENTS = (Object.keys(membershipMachine.transitions) as MembershipEvent[]).filter((e): e is MembershipStatusEvent => e !== "setRole" && e !== "setSignatory");
const ACTOR_NAME = { owner: "an owner", self: "the user concerned" } as const;
const PAIRS = MEMBERSHIP_STATUSES.flatMap((from) => EVENTS.map((event) => ({ from, event, to: EXPECTED[from][event] })));

/** A verified institution with one owner, and a membership of another user in state `status`. */
async function scene(status: MembershipStatus) {
  const owner = await createUser(db);
  const person = await createUser(db);
  const institution = await createInstitution(db, { createdByUserId: owner.id });
  await addMembership(db, { institutionId: institution.id, userId: owner.id, role: "owner" });
  const membership = await addMembership(db, {
    institutionId: institution.id,
    userId: person.id,
    status,
    invitedByUserId: status === "invited" ? owner.id : null,
    message: status === "requested" ? "I work in the AI lab." : null,
  });
  return { owner, person, institution, membership };
}

async function snapshot(id: string) {
  return { row: await membershipRow(db, id), audit: (await auditEntriesOf(db, "membership", id)).length };
}

describe("the membership lifecycle, state by event", () => {
  it("covers every state and event of the machine, with an actor for every event", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...membershipMachine.states].sort());
    expect(Object.keys(ACTOR).sort()).toEqual([...EVENTS].sort());
    expect(PAIRS.filter((p) => p.to)).toHaveLength(5);
  });

  it.each(PAIRS.filter((p) => p.to).map((p) => [p.event, ACTOR_NAME[ACTOR[p.event]], p.from, p.to!] as const))(
    "%s by %s moves a %s membership to %s, with version + 1 and one audit entry",
    async (event, actorKind, from, to) => {
      const { owner, person, institution, membership } = await scene(from);
      const actor = actorKind === ACTOR_NAME.owner ? owner : person;

      const result = await changeMembershipStatus(await actingAs(db, actor), { membershipId: membership.id, event, version: membership.version });

      expect(result).toEqual({ membershipId: membership.id, status: to, version: membership.version + 1 });
      const row = await membershipRow(db, membership.id);
      expect(row).toMatchObject({ status: to, version: membership.version + 1 });
      if (event === "remove") expect(row?.isSignatory).toBe(false);
      else {
        expect(row?.decidedByUserId).toBe(actor.id);
        expect(row?.decidedAt).toBeInstanceOf(Date);
      }
      const audit = await auditEntriesOf(db, "membership", membership.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: `membership.${event}`,
        actorUserId: actor.id,
        onBehalfOfInstitutionId: institution.id,
        changes: { status: { before: from, after: to } },
      });
    },
  );

  it.each(PAIRS.filter((p) => !p.to).map((p) => [p.event, ACTOR_NAME[ACTOR[p.event]], p.from] as const))(
    "%s by %s of a %s membership is refused with INVALID_TRANSITION and changes nothing",
    async (event, actorKind, from) => {
      const { owner, person, membership } = await scene(from);
      const before = await snapshot(membership.id);

      const error = await domainErrorOf(
        changeMembershipStatus(await actingAs(db, actorKind === ACTOR_NAME.owner ? owner : person), { membershipId: membership.id, event, version: membership.version }),
      );

      expect(error.code).toBe("INVALID_TRANSITION");
      expect(error.details).toEqual({ machine: "membership", from, event });
      expect(await snapshot(membership.id)).toEqual(before);
    },
  );
});

describe("deciding on a membership", () => {
  it("makes an accepted member part of the institution on their next request", async () => {
    const { owner, person, institution, membership } = await scene("requested");
    await changeMembershipStatus(await actingAs(db, owner), { membershipId: membership.id, event: "accept", version: 1 });

    const viewer = (await actingAs(db, person)).viewer;
    expect(viewer?.memberships).toEqual([expect.objectContaining({ institutionId: institution.id, role: "member" })]);
  });

  it("refuses a decision based on a stale version (CONFLICT) and keeps the newer state", async () => {
    const { owner, membership } = await scene("active");
    const asOwner = await actingAs(db, owner);
    await setMemberRole(asOwner, { membershipId: membership.id, isSignatory: true, version: 1 });
    const newer = await snapshot(membership.id);

    const error = await domainErrorOf(changeMembershipStatus(asOwner, { membershipId: membership.id, event: "remove", version: 1 }));

    expect(error.code).toBe("CONFLICT");
    expect(await snapshot(membership.id)).toEqual(newer);
    expect(newer.row).toMatchObject({ status: "active", isSignatory: true, version: 2 });
  });

  it("lets exactly one of two owners accepting the same request at once win, with one audit entry", async () => {
    const { owner, institution, membership } = await scene("requested");
    const second = await createUser(db);
    await addMembership(db, { institutionId: institution.id, userId: second.id, role: "owner" });
    const [asFirst, asSecond] = [await actingAs(db, owner), await actingAs(db, second)];

    const results = await Promise.allSettled([
      changeMembershipStatus(asFirst, { membershipId: membership.id, event: "accept", version: 1 }),
      changeMembershipStatus(asSecond, { membershipId: membership.id, event: "accept", version: 1 }),
    ]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected");
    expect(["CONFLICT", "INVALID_TRANSITION"]).toContain(((loser as PromiseRejectedResult).reason as { code: string }).code);
    expect(await membershipRow(db, membership.id)).toMatchObject({ status: "active", version: 2 });
    expect(await auditEntriesOf(db, "membership", membership.id)).toHaveLength(1);
  });

  it("lets a member leave the institution by removing their own membership", async () => {
    const { person, membership } = await scene("active");

    await changeMembershipStatus(await actingAs(db, person), { membershipId: membership.id, event: "remove", version: 1 });

    expect(await membershipRow(db, membership.id)).toMatchObject({ status: "removed" });
    expect((await actingAs(db, person)).viewer?.memberships).toEqual([]);
  });

  it("does not let a plain member decide on another user's request (FORBIDDEN), nothing changes", async () => {
    const { institution, membership } = await scene("requested");
    const member = await createUser(db);
    await addMembership(db, { institutionId: institution.id, userId: member.id });
    const before = await snapshot(membership.id);

    const error = await domainErrorOf(changeMembershipStatus(await actingAs(db, member), { membershipId: membership.id, event: "accept", version: 1 }));

    expect(error.code).toBe("FORBIDDEN");
    expect(await snapshot(membership.id)).toEqual(before);
  });

  it("does not let the requester accept their own request (FORBIDDEN), nothing changes", async () => {
    const { person, membership } = await scene("requested");
    const before = await snapshot(membership.id);

    const error = await domainErrorOf(changeMembershipStatus(await actingAs(db, person), { membershipId: membership.id, event: "accept", version: 1 }));

    expect(error.code).toBe("FORBIDDEN");
    expect(await snapshot(membership.id)).toEqual(before);
  });

  it("does not let an owner answer an invitation in the invitee's place (FORBIDDEN), nothing changes", async () => {
    const { owner, membership } = await scene("invited");
    const before = await snapshot(membership.id);

    const error = await domainErrorOf(
      changeMembershipStatus(await actingAs(db, owner), { membershipId: membership.id, event: "acceptInvitation", version: 1 }),
    );

    expect(error.code).toBe("FORBIDDEN");
    expect(await snapshot(membership.id)).toEqual(before);
  });
});
