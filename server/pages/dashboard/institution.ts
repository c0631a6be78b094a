// /dashboard/institutions/[id] and /dashboard/institutions/new — managing an institution, registering one.
import { can } from "../../authz/permissions";
import { idSchema } from "../../institutions/schemas";
import { notFoundUnless, pageRead, signedIn } from "../page-read";

/** Whether the email address uses one of the institution's domains (a hint for the owners, never a decision). */
function domainMatches(email: string, domains: readonly string[]) {
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  return domains.some((d) => d.toLowerCase() === domain);
}

/**
 * The institution with its private facts, members, requests and invitations, its proposals and
 * what the viewer may do — for its members and admins (anyone else: not found).
 */
export const manageInstitutionPage = pageRead("manageInstitutionPage", async (ctx, institutionId: string) => {
  const viewer = signedIn(ctx);
  notFoundUnless(idSchema.safeParse(institutionId).success, "institution");
  const subject = { institutionId };
  const canEdit = can(viewer, "institution.update", subject);
  const [institution, memberships, proposals, countries] = await Promise.all([
    ctx.api.institutions.byId({ institutionId }),
    ctx.api.memberships.list({ institutionId }),
    ctx.api.programmes.forInstitution({ institutionId }),
    canEdit ? ctx.api.reference.countries() : Promise.resolve(null),
  ]);
  const internal = institution.private;
  notFoundUnless(internal !== null, "institution");
  return {
    institution: { ...institution, private: internal },
    viewerUserId: viewer.userId,
    members: memberships.filter((m) => m.status === "active"),
    requests: memberships.filter((m) => m.status === "requested").map((m) => ({ ...m, domainMatch: domainMatches(m.userEmail, internal.emailDomains) })),
    invitations: memberships.filter((m) => m.status === "invited"),
    proposals,
    /** For the edit form, when the viewer may edit. */
    countries,
    permissions: {
      edit: canEdit,
      createProgramme: can(viewer, "programme.create", subject),
      decide: can(viewer, "membership.decide", subject),
      invite: can(viewer, "membership.invite", subject),
      promote: can(viewer, "membership.promote", subject),
      setSignatory: can(viewer, "membership.setSignatory", subject),
      remove: can(viewer, "membership.remove", subject),
    },
  };
});

/** Registering an institution: any signed-in user; the form's countries. */
export const newInstitutionPage = pageRead("newInstitutionPage", async (ctx) => {
  signedIn(ctx);
  return { countries: await ctx.api.reference.countries() };
});
