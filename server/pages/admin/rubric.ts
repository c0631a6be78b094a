// /admin/rubric — the review rubric's criteria and weights.
import { can } from "../../authz/permissions";
import { forbidUnless, pageRead, signedIn } from "../page-read";

export const rubricPage = pageRead("rubricPage", async (ctx) => {
  forbidUnless(can(signedIn(ctx), "review.configureRubric"));
  return { criteria: await ctx.api.reviews.rubric() };
});
