// /proposals/[id], /proposals/[id]/edit, /proposals/new — a proposal for its proposers' pages.
import { can } from "../../authz/permissions";
import { membershipIn, type SignedInViewer } from "../../authz/viewer";
import { idSchema } from "../../institutions/schemas";
import { lifecycleActions } from "../../programmes/lifecycle-actions";
import { forbidUnless, notFoundUnless, pageRead, PageRedirect, signedIn, type PageContext } from "../page-read";
import { referenceLists } from "../reference";
import { proposalComparison } from "./compare";

/** Statuses in which a programme has applications to show (it has been open). */
const WITH_APPLICATIONS = ["open", "active", "completed", "cancelled"];

/**
 * The proposal for members of its lead or a co-lead institution, and admins. Anyone else
 * (reviewers included: they have their own workspace) finds nothing here.
 */
async function proposalFor(ctx: PageContext, viewer: SignedInViewer, programmeId: string) {
  notFoundUnless(idSchema.safeParse(programmeId).success, "programme");
  const data = await ctx.api.programmes.byId({ programmeId });
  const { programme } = data;
  const party = can(viewer, "programme.viewPrivate", { institutionId: programme.leadInstitutionId, partnerInstitutionIds: programme.coLeadInstitutionIds });
  notFoundUnless(data.canSeePrivate && party, "programme");
  return { ...data, submitKind: data.can.submit ? (programme.status === "changes_requested" ? ("resubmit" as const) : ("submit" as const)) : null };
}

/** Status, history, decisions, lifecycle actions, applications, text and revisions (with the comparison asked for). */
export const proposalPage = pageRead("proposalPage", async (ctx, programmeId: string, from?: string, to?: string) => {
  const viewer = signedIn(ctx);
  const data = await proposalFor(ctx, viewer, programmeId);
  const { programme } = data;
  const lifecycle = lifecycleActions(viewer, programme);
  const showsApplications = lifecycle.listApplications && WITH_APPLICATIONS.includes(programme.status);
  const [applications, compare, reference, partiesThreads, reviewerThreads] = await Promise.all([
    showsApplications ? ctx.api.participation.forProgramme({ programmeId }) : Promise.resolve(null),
    proposalComparison(ctx, programmeId, data.revisions, from, to),
    referenceLists(ctx),
    ctx.api.discussions.list({ on: "programme", programmeId, audience: "parties", page: 1 }),
    ctx.api.discussions.list({ on: "programme", programmeId, audience: "parties_and_reviewers", page: 1 }),
  ]);
  // Back to the reader's own institution: the lead if they belong to it, else their co-lead.
  const backToId = membershipIn(viewer, programme.leadInstitutionId)
    ? programme.leadInstitutionId
    : viewer.memberships.find((m) => programme.coLeadInstitutionIds.includes(m.institutionId))?.institutionId;
  const backTo = backToId
    ? { institutionId: backToId, name: backToId === programme.leadInstitutionId ? data.leadName : (data.coLeads.find((c) => c.id === backToId)?.name ?? "") }
    : null;
  return {
    ...data,
    lifecycle,
    applications: applications && { ...applications, canDecide: lifecycle.decideApplications && ["open", "active"].includes(programme.status) },
    backTo,
    compare,
    reference,
    discussions: { parties: partiesThreads, partiesAndReviewers: reviewerThreads },
  };
});

/** The proposal form while the text may be edited (draft, changes requested); otherwise its page. */
export const proposalEditPage = pageRead("proposalEditPage", async (ctx, programmeId: string) => {
  const data = await proposalFor(ctx, signedIn(ctx), programmeId);
  if (!data.can.edit) throw new PageRedirect(`/proposals/${programmeId}`);
  return { ...data, reference: await referenceLists(ctx) };
});

/** Starting a proposal for an institution: only its members, while it may propose (verified). */
export const newProposalPage = pageRead("newProposalPage", (ctx, institutionId: string) => {
  const viewer = signedIn(ctx);
  notFoundUnless(idSchema.safeParse(institutionId).success, "institution");
  const membership = membershipIn(viewer, institutionId);
  notFoundUnless(membership !== undefined, "institution");
  forbidUnless(can(viewer, "programme.create", { institutionId }));
  return Promise.resolve({ institutionId, institutionName: membership.institutionName });
});
