import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError, notFound } from "../errors";
import { nextState } from "../workflow/state-machine";
import { commitMembershipChange } from "./commit-membership-change";
import { findMembership } from "./queries";
import { membershipMachine, type MembershipEvent } from "./transitions";

/** Accept or decline a request (owners), accept or decline an invitation (the invitee), remove a member (owners, or leaving). */
export async function changeMembershipStatus(ctx: UseCaseContext, input: { membershipId: string; event: MembershipEvent; version: number }) {
  const { db, viewer } = ctx;
  const found = await findMembership(db, input.membershipId);
  if (!found) throw notFound("membership");
  const { membership } = found;
  const rule = membershipMachine.transitions[input.event];
  assertCan(viewer, rule.permission, { institutionId: membership.institutionId, userId: membership.userId });
  const to = nextState(membershipMachine, membership.status, input.event);
  if (membership.version !== input.version) throw new DomainError("CONFLICT", { what: "membership" });
  const removesOwner = input.event === "remove" && membership.role === "owner";
  if (removesOwner && found.activeOwners <= 1) throw new DomainError("LAST_OWNER");
  // An invitation cannot bring anyone into an institution that may not act (suspended or rejected).
  if (input.event === "acceptInvitation" && !["pending", "verified"].includes(found.institutionStatus)) {
    throw new DomainError("INSTITUTION_NOT_ACTIVE", { status: found.institutionStatus });
  }

  const decided = input.event !== "remove";
  const set = decided ? { status: to, decidedByUserId: viewer.userId, decidedAt: new Date() } : { status: to, isSignatory: false };
  const audit = {
    actorUserId: viewer.userId,
    onBehalfOfInstitutionId: membership.institutionId,
    action: `membership.${input.event}`,
    objectType: "membership",
    objectId: membership.id,
    changes: {
      status: { before: membership.status, after: to },
      ...(decided ? {} : { isSignatory: { before: membership.isSignatory, after: false } }),
    },
    context: metaContext(ctx.meta),
  };
  await commitMembershipChange(db, membership, set, audit, { removesAnOwner: removesOwner });
  return { membershipId: membership.id, status: to, version: membership.version + 1 };
}
