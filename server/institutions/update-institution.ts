import type { Database } from "@/db/client";
import { changedFields } from "../audit/record-audit";
import { DomainError } from "../errors";
import { transition } from "../workflow/transition";
import { isEligibleCountry } from "./eligibility";
import { onInstitution } from "./institution-step";
import { findCountry, findInstitution } from "./queries";
import type { InstitutionFields } from "./schemas";

export type UpdateInstitutionInput = InstitutionFields & { institutionId: string; version: number };

async function load(db: Database, input: UpdateInstitutionInput) {
  const [found, country] = await Promise.all([findInstitution(db, input.institutionId), findCountry(db, input.countryCode)]);
  return found && { ...found, country };
}

const fieldsOf = ({ institutionId: _id, version: _version, ...fields }: UpdateInstitutionInput) => fields;

/**
 * An owner edits the institution's details. The edit is based on the version the owner
 * loaded: if somebody saved in between, CONFLICT and the newer text stays.
 */
export const updateInstitution = transition({
  ...onInstitution<UpdateInstitutionInput>(),
  load,
  event: "edit",
  rules: ({ input, loaded: { country } }) => {
    if (!country) throw new DomainError("VALIDATION", { field: "countryCode" });
    if (!isEligibleCountry(country, input.type)) throw new DomainError("INELIGIBLE_COUNTRY", { country: country.iso2 });
  },
  change: ({ input }) => ({ set: fieldsOf(input) }),
  audit: ({ input, loaded: { institution } }) => ({
    action: "institution.update",
    onBehalfOfInstitutionId: institution.id,
    changes: changedFields(institution, fieldsOf(input)),
    context: {},
  }),
  result: ({ target }) => ({ institutionId: target.id, version: target.version + 1 }),
});
