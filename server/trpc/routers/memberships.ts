import { z } from "zod";
import { idSchema } from "../../institutions/schemas";
import { changeMembershipStatus } from "../../memberships/change-membership-status";
import { inviteMember } from "../../memberships/invite-member";
import { listMembers } from "../../memberships/list-memberships";
import { requestMembership } from "../../memberships/request-membership";
import { inviteMemberInput, membershipEventInput, requestMembershipInput, setMemberRoleInput, setSignatoryInput } from "../../memberships/schemas";
import { setMemberRole } from "../../memberships/set-member-role";
import { createTRPCRouter, protectedProcedure } from "../init";

export const membershipsRouter = createTRPCRouter({
  list: protectedProcedure.input(z.object({ institutionId: idSchema })).query(({ ctx, input }) => listMembers(ctx, input.institutionId)),
  request: protectedProcedure.input(requestMembershipInput).mutation(({ ctx, input }) => requestMembership(ctx, input)),
  invite: protectedProcedure.input(inviteMemberInput).mutation(({ ctx, input }) => inviteMember(ctx, input)),
  changeStatus: protectedProcedure.input(membershipEventInput).mutation(({ ctx, input }) => changeMembershipStatus(ctx, input)),
  setRole: protectedProcedure.input(setMemberRoleInput).mutation(({ ctx, input }) => setMemberRole(ctx, input)),
  setSignatory: protectedProcedure.input(setSignatoryInput).mutation(({ ctx, input }) => setMemberRole(ctx, input)),
});
