// /review-desk and /review-desk/[id] — the admins' desk of proposals to assign, and one proposal's panel.
import { can } from "../../authz/permissions";
import { idSchema } from "../../institutions/schemas";
import { forbidUnless, notFoundUnless, pageRead, signedIn } from "../page-read";

export const reviewDeskPage = pageRead("reviewDeskPage", async (ctx) => {
  forbidUnless(can(signedIn(ctx), "programme.reviewDesk"));
  return { items: await ctx.api.reviews.desk() };
});

/** One proposal on the desk: its summary, the current panel, the candidates and the suggestion. */
export const reviewDeskProposalPage = pageRead("reviewDeskProposalPage", async (ctx, programmeId: string) => {
  forbidUnless(can(signedIn(ctx), "programme.reviewDesk"));
  notFoundUnless(idSchema.safeParse(programmeId).success, "programme");
  const [found, panel] = await Promise.all([ctx.api.programmes.byId({ programmeId }), ctx.api.reviews.suggestPanel({ programmeId })]);
  return {
    programme: found.programme,
    leadName: found.leadName,
    leadCountry: found.leadCountry,
    canAssign: found.can.assign,
    members: panel.candidates.filter((c) => c.standing !== null),
    open: panel.candidates.filter((c) => c.standing !== "active"),
    suggestion: panel.suggestion,
    panelSize: panel.panelSize,
    quorum: panel.quorum,
    activeReviewers: panel.reviewerSeats,
    hasChair: panel.hasChair,
  };
});
