import { assertCan } from "../authz/permissions";
import { changedFields } from "../audit/record-audit";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { isEligibleCountry } from "./eligibility";
import { findCountry, findInstitution, guardedInstitutionUpdate } from "./queries";
import type { InstitutionFields } from "./schemas";

/**
 * An owner edits the institution's details. The edit is based on the version the owner
 * loaded: if somebody saved in between, CONFLICT and the newer text stays.
 */
export async function updateInstitution(ctx: UseCaseContext, input: InstitutionFields & { institutionId: string; version: number }) {
  const { db, viewer } = ctx;
  assertCan(viewer, "institution.update", { institutionId: input.institutionId });
  const [found, country] = await Promise.all([findInstitution(db, input.institutionId), findCountry(db, input.countryCode)]);
  if (!found) throw notFound("institution");
  if (!country) throw new DomainError("VALIDATION", { field: "countryCode" });
  if (!isEligibleCountry(country, input.type)) throw new DomainError("INELIGIBLE_COUNTRY", { country: country.iso2 });
  const { institution } = found;
  if (institution.version !== input.version) throw new DomainError("CONFLICT", { what: "institution" });

  const { institutionId, version: _version, ...fields } = input;
  const changes = changedFields(institution, fields);
  await commitAtomic(db, [guardedInstitutionUpdate(db, institutionId, institution, fields)], {
    actorUserId: viewer.userId,
    onBehalfOfInstitutionId: institutionId,
    action: "institution.update",
    objectType: "institution",
    objectId: institutionId,
    changes,
    context: metaContext(ctx.meta),
  });
  return { institutionId, version: institution.version + 1 };
}
