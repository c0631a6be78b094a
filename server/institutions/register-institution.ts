import { institutions, memberships } from "@/db/schema";
import { newId } from "@/db/ids";
import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError } from "../errors";
import { membershipMachine } from "../memberships/transitions";
import { isEligibleCountry } from "./eligibility";
import { findCountry } from "./queries";
import type { InstitutionFields } from "./schemas";
import { institutionMachine } from "./transitions";
import { commitAtomic } from "../workflow/commit-transition";

/** A signed-in user registers an institution; it waits for an admin as `pending`, with the user as its first owner. */
export async function registerInstitution(ctx: UseCaseContext, input: InstitutionFields) {
  const { db, viewer } = ctx;
  assertCan(viewer, institutionMachine.create.register.permission);
  const userId = viewer.userId;

  const country = await findCountry(db, input.countryCode);
  if (!country) throw new DomainError("VALIDATION", { field: "countryCode" });
  if (!isEligibleCountry(country, input.type)) {
    throw new DomainError("INELIGIBLE_COUNTRY", { country: country.iso2 });
  }

  const institutionId = newId();
  const status = institutionMachine.create.register.to;
  await commitAtomic(
    db,
    [
      { statement: db.insert(institutions).values({ id: institutionId, ...input, status, createdByUserId: userId }) },
      {
        statement: db.insert(memberships).values({
          institutionId,
          userId,
          status: membershipMachine.create.found.to,
          role: "owner",
          decidedByUserId: userId,
          decidedAt: new Date(),
        }),
      },
    ],
    {
      actorUserId: userId,
      onBehalfOfInstitutionId: institutionId,
      action: "institution.register",
      objectType: "institution",
      objectId: institutionId,
      changes: { status: { before: null, after: status }, name: { before: null, after: input.name }, countryCode: { before: null, after: input.countryCode } },
      context: metaContext(ctx.meta),
    },
  );
  return { institutionId, status };
}
