// /reviews — the reviewer workspace: every panel seat of the viewer and the next proposal to review.
import { can } from "../../authz/permissions";
import { forbidUnless, pageRead, signedIn } from "../page-read";

export const reviewWorkspacePage = pageRead("reviewWorkspacePage", async (ctx) => {
  forbidUnless(can(signedIn(ctx), "review.workspace"));
  return ctx.api.reviews.myAssignments();
});
