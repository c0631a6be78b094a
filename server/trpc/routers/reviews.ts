import { z } from "zod";
import { programmeReference } from "../../catalogue/schemas";
import { programmeIdInput } from "../../programmes/schemas";
import { assignPanel } from "../../reviews/assign-panel";
import { decideProgramme } from "../../reviews/decide-programme";
import { getReviewSheet } from "../../reviews/get-review-sheet";
import { listMyAssignments, listReviewDesk } from "../../reviews/list-review-work";
import { recuse } from "../../reviews/recuse";
import { listRubric, updateRubric } from "../../reviews/rubric";
import { assignPanelInput, decideInput, recuseInput, submitReviewInput, updateRubricInput } from "../../reviews/schemas";
import { submitReview } from "../../reviews/submit-review";
import { suggestPanelFor } from "../../reviews/suggest-panel-for";
import { createTRPCRouter, permittedProcedure, protectedProcedure } from "../init";

export const reviewsRouter = createTRPCRouter({
  desk: permittedProcedure("programme.reviewDesk").query(({ ctx }) => listReviewDesk(ctx)),
  suggestPanel: permittedProcedure("programme.assignPanel").input(programmeIdInput).query(({ ctx, input }) => suggestPanelFor(ctx, input.programmeId)),
  assignPanel: permittedProcedure("programme.assignPanel").input(assignPanelInput).mutation(({ ctx, input }) => assignPanel(ctx, input)),
  myAssignments: permittedProcedure("review.workspace")
    .input(z.object({ page: z.number().int().min(1).max(1000).default(1), recused: programmeReference.optional() }).optional())
    .query(({ ctx, input }) => listMyAssignments(ctx, input?.page ?? 1, input?.recused)),
  sheet: protectedProcedure.input(programmeIdInput).query(({ ctx, input }) => getReviewSheet(ctx, input.programmeId)),
  submit: protectedProcedure.input(submitReviewInput).mutation(({ ctx, input }) => submitReview(ctx, input)),
  recuse: protectedProcedure.input(recuseInput).mutation(({ ctx, input }) => recuse(ctx, input)),
  decide: protectedProcedure.input(decideInput).mutation(({ ctx, input }) => decideProgramme(ctx, input)),
  rubric: permittedProcedure("review.configureRubric").query(({ ctx }) => listRubric(ctx)),
  updateRubric: permittedProcedure("review.configureRubric").input(updateRubricInput).mutation(({ ctx, input }) => updateRubric(ctx, input)),
});
