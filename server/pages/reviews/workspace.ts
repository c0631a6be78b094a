// /reviews — the reviewer workspace: every panel seat of the viewer and the next proposal to review.
import { can } from "../../authz/permissions";
import { pageNumber } from "../page-number";
import { forbidUnless, pageRead, signedIn } from "../page-read";

export const reviewWorkspacePage = pageRead("reviewWorkspacePage", async (ctx, page: string | undefined) => {
  forbidUnless(can(signedIn(ctx), "review.workspace"));
  return ctx.api.reviews.myAssignments({ page: pageNumber(page) });
});
