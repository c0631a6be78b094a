// Reviewer matching pages (issue #17): the reviewer's profile and bids, the admins' batch
// assignment and reviewer profiles.
import { can } from "../../authz/permissions";
import { pageNumber } from "../page-number";
import { forbidUnless, pageRead, signedIn } from "../page-read";

/** /reviews/profile — the reviewer's own profile form, with the reference lists it offers. */
export const reviewerProfilePage = pageRead("reviewerProfilePage", async (ctx) => {
  forbidUnless(can(signedIn(ctx), "review.editProfile"));
  const [mine, countries, sectors] = await Promise.all([ctx.api.matching.myProfile(), ctx.api.reference.countries(), ctx.api.reference.sectors()]);
  return { ...mine, countries, sectors };
});

/** /reviews/bids — proposals open for bids (titles and summaries only) with the viewer's bid. */
export const reviewerBidsPage = pageRead("reviewerBidsPage", async (ctx, page: string | undefined) => {
  forbidUnless(can(signedIn(ctx), "review.bid"));
  return ctx.api.matching.openForBids({ page: pageNumber(page) });
});

/** /review-desk/batch — the batch preview of every proposal awaiting a panel. */
export const batchAssignmentPage = pageRead("batchAssignmentPage", async (ctx, excludeLeadCountry: boolean) => {
  forbidUnless(can(signedIn(ctx), "programme.assignBatch"));
  return ctx.api.matching.previewBatch({ excludeLeadCountry });
});

/** /review-desk/reviewers — every reviewer's profile, for admins. */
export const reviewerProfilesPage = pageRead("reviewerProfilesPage", async (ctx, page: string | undefined) => {
  forbidUnless(can(signedIn(ctx), "review.listProfiles"));
  return ctx.api.matching.profiles({ page: pageNumber(page) });
});
