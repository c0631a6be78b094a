import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError, notFound } from "../errors";
import { commitMembershipChange } from "./commit-membership-change";
import { findMembership } from "./queries";

type Change = { role: "member" | "owner" } | { isSignatory: boolean };

/** An owner promotes a member to owner (or back), or designates/undesignates a signatory. */
export async function setMemberRole(ctx: UseCaseContext, input: { membershipId: string; version: number } & Change) {
  const { db, viewer } = ctx;
  const found = await findMembership(db, input.membershipId);
  if (!found) throw notFound("membership");
  const { membership } = found;
  const isRoleChange = "role" in input;
  assertCan(viewer, isRoleChange ? "membership.promote" : "membership.setSignatory", { institutionId: membership.institutionId });
  if (membership.status !== "active") throw new DomainError("INVALID_TRANSITION", { machine: "membership", from: membership.status, event: isRoleChange ? "setRole" : "setSignatory" });
  if (membership.version !== input.version) throw new DomainError("CONFLICT", { what: "membership" });
  const demotesOwner = isRoleChange && input.role === "member" && membership.role === "owner";
  if (demotesOwner && found.activeOwners <= 1) throw new DomainError("LAST_OWNER");

  const set = isRoleChange ? { role: input.role } : { isSignatory: input.isSignatory };
  const field = isRoleChange ? "role" : "isSignatory";
  const before = isRoleChange ? membership.role : membership.isSignatory;
  const after = isRoleChange ? input.role : input.isSignatory;
  const audit = {
    actorUserId: viewer.userId,
    onBehalfOfInstitutionId: membership.institutionId,
    action: isRoleChange ? "membership.set_role" : "membership.set_signatory",
    objectType: "membership",
    objectId: membership.id,
    changes: { [field]: { before, after } },
    context: metaContext(ctx.meta),
  };
  await commitMembershipChange(db, membership, set, audit, { removesAnOwner: demotesOwner });
  return { membershipId: membership.id, version: membership.version + 1 };
}
