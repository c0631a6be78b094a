import type { Database } from "@/db/client";
import { institutions, memberships } from "@/db/schema";
import { DomainError } from "../errors";
import { membershipMachine } from "../memberships/transitions";
import { creation } from "../workflow/transition";
import { isEligibleCountry } from "./eligibility";
import { findCountry } from "./queries";
import type { InstitutionFields } from "./schemas";
import { institutionMachine } from "./transitions";

/** A signed-in user registers an institution; it waits for an admin as `pending`, with the user as its first owner. */
export const registerInstitution = creation({
  machine: institutionMachine,
  create: "register",
  object: "institution",
  load: (db: Database, input: InstitutionFields) => findCountry(db, input.countryCode),
  subject: () => ({}),
  rules: ({ input, loaded: country }) => {
    if (!country) throw new DomainError("VALIDATION", { field: "countryCode" });
    if (!isEligibleCountry(country, input.type)) throw new DomainError("INELIGIBLE_COUNTRY", { country: country.iso2 });
  },
  change: ({ db, input, id, to, viewer, now }) => [
    { statement: db.insert(institutions).values({ id, ...input, status: to, createdByUserId: viewer.userId }) },
    {
      statement: db.insert(memberships).values({
        institutionId: id,
        userId: viewer.userId,
        status: membershipMachine.create.found.to,
        role: "owner",
        decidedByUserId: viewer.userId,
        decidedAt: now,
      }),
    },
  ],
  audit: ({ input, id, to }) => ({
    action: "institution.register",
    onBehalfOfInstitutionId: id,
    changes: { status: { before: null, after: to }, name: { before: null, after: input.name }, countryCode: { before: null, after: input.countryCode } },
    context: {},
  }),
  result: ({ id, to }) => ({ institutionId: id, status: to }),
});
