import { can } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { findInstitution } from "./queries";

/**
 * One institution. Verified ones are public; any other state exists only for its members
 * and admins. `canSeePrivate` tells the page whether to show members and contact details.
 */
export async function getInstitution(ctx: UseCaseContext, institutionId: string) {
  const found = await findInstitution(ctx.db, institutionId);
  const canSeePrivate = can(ctx.viewer, "institution.viewPrivate", { institutionId });
  if (!found || (found.institution.status !== "verified" && !canSeePrivate)) throw notFound("institution");
  const { institution, region, subregion } = found;
  const publicView = {
    id: institution.id,
    name: institution.name,
    acronym: institution.acronym,
    countryCode: institution.countryCode,
    region,
    subregion,
    type: institution.type,
    website: institution.website,
    description: institution.description,
    rorId: institution.rorId,
    status: institution.status,
    verifiedSince: institution.status === "verified" ? institution.statusChangedAt : null,
  };
  if (!canSeePrivate) return { ...publicView, private: null };
  return {
    ...publicView,
    private: {
      emailDomains: institution.emailDomains,
      statusReason: institution.statusReason,
      version: institution.version,
      createdAt: institution.createdAt,
    },
  };
}
