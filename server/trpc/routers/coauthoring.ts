import { getActivity } from "../../coauthoring/get-activity";
import { getHistory } from "../../coauthoring/get-history";
import { getSections } from "../../coauthoring/get-sections";
import { programmeIdInput } from "../../programmes/schemas";
import { inviteCoLead } from "../../coauthoring/invite-co-lead";
import { leaveCoLead, removeCoLead } from "../../coauthoring/remove-co-lead";
import { saveSection } from "../../coauthoring/save-section";
import { activityInput, coLeadInput, historyInput, saveSectionInput } from "../../coauthoring/schemas";
import { createTRPCRouter, protectedProcedure } from "../init";

/** Co-authoring a proposal (issue #16): section saves, the co-lead list, the programme's activity feed, the revision history. */
export const coauthoringRouter = createTRPCRouter({
  saveSection: protectedProcedure.input(saveSectionInput).mutation(({ ctx, input }) => saveSection(ctx, input)),
  inviteCoLead: protectedProcedure.input(coLeadInput).mutation(({ ctx, input }) => inviteCoLead(ctx, input)),
  removeCoLead: protectedProcedure.input(coLeadInput).mutation(({ ctx, input }) => removeCoLead(ctx, input)),
  leaveCoLead: protectedProcedure.input(coLeadInput).mutation(({ ctx, input }) => leaveCoLead(ctx, input)),
  sections: protectedProcedure.input(programmeIdInput).query(({ ctx, input }) => getSections(ctx, input.programmeId)),
  activity: protectedProcedure.input(activityInput).query(({ ctx, input }) => getActivity(ctx, input)),
  history: protectedProcedure.input(historyInput).query(({ ctx, input }) => getHistory(ctx, input)),
});
