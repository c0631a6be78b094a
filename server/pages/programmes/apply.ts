// /programmes/[reference]/apply — applying to an open programme for one of the viewer's verified institutions.
import { pageRead, signedIn } from "../page-read";

/** The public programme (anything not in the catalogue: not found), the institutions the viewer may apply for, and why applying is closed. */
export const applyPage = pageRead("applyPage", async (ctx, reference: string) => {
  const viewer = signedIn(ctx);
  const data = await ctx.api.catalogue.byReference({ reference });
  const institutions = data.viewer.applicantInstitutions;
  return {
    programme: data.programme,
    lead: data.lead,
    institutions,
    closedBecause: data.applications.closedBecause,
    /** Every verified institution of the viewer leads (or co-leads) this programme. */
    allLeading: viewer.memberships.some((m) => m.institutionStatus === "verified") && institutions.length === 0,
    contact: { name: viewer.name, email: viewer.email },
  };
});
