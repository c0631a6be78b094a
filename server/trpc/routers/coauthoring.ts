import { getActivity } from "../../coauthoring/get-activity";
import { inviteCoLead } from "../../coauthoring/invite-co-lead";
import { leaveCoLead, removeCoLead } from "../../coauthoring/remove-co-lead";
import { saveSection } from "../../coauthoring/save-section";
import { activityInput, coLeadInput, saveSectionInput } from "../../coauthoring/schemas";
import { createTRPCRouter, protectedProcedure } from "../init";

/** Co-authoring a proposal (issue #16): section saves, the co-lead list, the programme's activity feed. */
export const coauthoringRouter = createTRPCRouter({
  saveSection: protectedProcedure.input(saveSectionInput).mutation(({ ctx, input }) => saveSection(ctx, input)),
  inviteCoLead: protectedProcedure.input(coLeadInput).mutation(({ ctx, input }) => inviteCoLead(ctx, input)),
  removeCoLead: protectedProcedure.input(coLeadInput).mutation(({ ctx, input }) => removeCoLead(ctx, input)),
  leaveCoLead: protectedProcedure.input(coLeadInput).mutation(({ ctx, input }) => leaveCoLead(ctx, input)),
  activity: protectedProcedure.input(activityInput).query(({ ctx, input }) => getActivity(ctx, input)),
});
