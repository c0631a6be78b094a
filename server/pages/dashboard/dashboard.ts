// /dashboard — the signed-in user's institutions, invitations and requests, and for each
// institution everything under way: what waits for its decision, its proposals and programmes,
// its applications to other programmes.
import type { ViewerMembership } from "../../authz/viewer";
import { pageRead, signedIn, type PageContext } from "../page-read";
import { nextSteps } from "./next-steps";

/** Statuses after publication: the programme is "ours" in the catalogue sense; earlier ones are proposals. */
const PUBLISHED_STATUSES = ["open", "active", "completed", "cancelled"];

/** One institution's work, each list one procedure, read together. */
async function institutionWork(ctx: PageContext, membership: ViewerMembership) {
  const { institutionId } = membership;
  const isOwner = membership.role === "owner";
  const acts = membership.institutionStatus === "verified";
  const [programmes, applications, awaiting, members, agreements] = await Promise.all([
    ctx.api.programmes.forInstitution({ institutionId }),
    ctx.api.participation.forInstitution({ institutionId }),
    ctx.api.participation.awaitingDecision({ institutionId }),
    isOwner ? ctx.api.memberships.list({ institutionId }) : Promise.resolve([]),
    ctx.api.agreements.forInstitution({ institutionId }),
  ]);
  return {
    membership,
    acts,
    proposals: programmes.filter((p) => !PUBLISHED_STATUSES.includes(p.status)),
    led: programmes.filter((p) => PUBLISHED_STATUSES.includes(p.status)),
    applications,
    awaiting,
    requests: isOwner && acts ? members.filter((m) => m.status === "requested") : [],
    agreementsToSign: agreements.filter((a) => a.awaitingOurSignature),
    activeMembers: members.filter((m) => m.status === "active").length,
    signatories: members.filter((m) => m.status === "active" && m.isSignatory).length,
  };
}

export type InstitutionWorkView = Awaited<ReturnType<typeof institutionWork>>;

export const dashboardPage = pageRead("dashboardPage", async (ctx) => {
  const viewer = signedIn(ctx);
  const [mine, work] = await Promise.all([ctx.api.account.myMemberships(), Promise.all(viewer.memberships.map((m) => institutionWork(ctx, m)))]);
  const invited = mine.filter((m) => m.status === "invited");
  const requested = mine.filter((m) => m.status === "requested");
  return {
    name: viewer.name,
    active: mine.filter((m) => m.status === "active"),
    invited,
    requested,
    work,
    nextSteps: nextSteps({
      roles: viewer.roles,
      pendingRequests: requested.length,
      invitations: invited.length,
      institutions: work.map((w) => ({
        ...w.membership,
        activeMembers: w.activeMembers,
        signatories: w.signatories,
        programmes: w.proposals.length + w.led.length,
        awaiting: w.awaiting.length,
        agreementsToSign: w.agreementsToSign.length,
      })),
    }),
  };
});
