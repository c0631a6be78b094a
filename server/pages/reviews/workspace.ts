// /reviews — the reviewer workspace: every panel seat of the viewer and the next proposal to review.
import { can } from "../../authz/permissions";
import { programmeReference } from "../../catalogue/schemas";
import { pageNumber } from "../page-number";
import { forbidUnless, pageRead, signedIn } from "../page-read";

/** `recused`: the reference the recusal form sent the reviewer back with (confirmed only if theirs). */
export const reviewWorkspacePage = pageRead("reviewWorkspacePage", async (ctx, page: string | undefined, recused: string | undefined) => {
  forbidUnless(can(signedIn(ctx), "review.workspace"));
  // A malformed reference in the address confirms nothing; it does not make the page fail.
  return ctx.api.reviews.myAssignments({ page: pageNumber(page), recused: programmeReference.safeParse(recused).data });
});
