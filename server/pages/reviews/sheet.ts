// /reviews/[id] — the review sheet of one proposal, for its panel and the admins.
import { isAdmin } from "../../authz/viewer";
import { idSchema } from "../../institutions/schemas";
import { sheetComparison } from "../programmes/compare";
import { notFoundUnless, pageRead, signedIn } from "../page-read";
import { referenceLists } from "../reference";

/**
 * The sheet, the co-leads' names and the decisions on earlier revisions, the comparison the query
 * asks for and the reference lists the frozen text names. The proposer's own people read their
 * proposal elsewhere (/proposals/…): without a seat, only admins open the sheet (others: not found).
 */
export const reviewSheetPage = pageRead("reviewSheetPage", async (ctx, programmeId: string, from?: string, to?: string) => {
  const viewer = signedIn(ctx);
  notFoundUnless(idSchema.safeParse(programmeId).success, "programme");
  const [sheet, details, reference] = await Promise.all([ctx.api.reviews.sheet({ programmeId }), ctx.api.programmes.byId({ programmeId }), referenceLists(ctx)]);
  const admin = isAdmin(viewer);
  notFoundUnless(sheet.seat !== null || admin, "programme");
  const { programme, seat } = sheet;
  // The panel's threads, for a seat that still gives access (a recused reviewer keeps the sheet, not the threads).
  const reads = seat?.status === "active" || admin;
  const [compare, panelThreads, reviewerThreads] = await Promise.all([
    sheetComparison(ctx, programmeId, programme.currentRevision, from, to),
    reads ? ctx.api.discussions.list({ on: "programme", programmeId, audience: "panel", page: 1 }) : null,
    reads ? ctx.api.discussions.list({ on: "programme", programmeId, audience: "parties_and_reviewers", page: 1 }) : null,
  ]);
  const discussions = panelThreads && reviewerThreads ? { panel: panelThreads, partiesAndReviewers: reviewerThreads } : null;
  return {
    sheet,
    admin,
    seesPanel: admin || (seat?.role === "chair" && seat.status === "active"),
    coLeads: details.coLeads.map((c) => ({ id: c.id, name: c.name })),
    earlier: details.decisions.filter((d) => d.revisionNumber < programme.currentRevision || programme.status !== "under_review"),
    compare,
    discussions,
    reference,
  };
});
