import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { listInstitutionMemberships, listUserMemberships } from "./queries";

/** Members, pending requests and invitations of an institution (its members and admins only). */
export async function listMembers(ctx: UseCaseContext, institutionId: string) {
  assertCan(ctx.viewer, "membership.list", { institutionId });
  return listInstitutionMemberships(ctx.db, institutionId, ["active", "requested", "invited"]);
}

/** The signed-in user's memberships, requests and invitations. */
export async function listMyMemberships(ctx: UseCaseContext) {
  assertCan(ctx.viewer, "account.read");
  return listUserMemberships(ctx.db, ctx.viewer.userId);
}
