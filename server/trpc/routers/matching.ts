import { z } from "zod";
import { listOpenForBids, placeBid } from "../../reviewer-matching/bids";
import { commitBatch } from "../../reviewer-matching/commit-batch";
import { previewBatch } from "../../reviewer-matching/preview-batch";
import { getMyReviewerProfile, listReviewerProfiles } from "../../reviewer-matching/reviewer-profile";
import { batchOptionsInput, commitBatchInput, openForBidsInput, placeBidInput, updateReviewerProfileInput } from "../../reviewer-matching/schemas";
import { updateReviewerProfile } from "../../reviewer-matching/update-reviewer-profile";
import { createTRPCRouter, permittedProcedure } from "../init";

const pageInput = z.object({ page: z.number().int().min(1).max(1000).default(1) });

/** Reviewer matching (issue #17): profiles, bids, and the admins' batch assignment. */
export const matchingRouter = createTRPCRouter({
  myProfile: permittedProcedure("review.editProfile").query(({ ctx }) => getMyReviewerProfile(ctx)),
  updateProfile: permittedProcedure("review.editProfile").input(updateReviewerProfileInput).mutation(({ ctx, input }) => updateReviewerProfile(ctx, input)),
  profiles: permittedProcedure("review.listProfiles").input(pageInput).query(({ ctx, input }) => listReviewerProfiles(ctx, input.page)),
  openForBids: permittedProcedure("review.bid").input(openForBidsInput).query(({ ctx, input }) => listOpenForBids(ctx, input.page)),
  bid: permittedProcedure("review.bid").input(placeBidInput).mutation(({ ctx, input }) => placeBid(ctx, input)),
  previewBatch: permittedProcedure("programme.assignBatch").input(batchOptionsInput).query(({ ctx, input }) => previewBatch(ctx, input)),
  commitBatch: permittedProcedure("programme.assignBatch").input(commitBatchInput).mutation(({ ctx, input }) => commitBatch(ctx, input)),
});
