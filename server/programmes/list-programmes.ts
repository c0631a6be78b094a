import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { listInstitutionProgrammes } from "./queries";

/** An institution's proposals and programmes, for its members. */
export async function listInstitutionProposals(ctx: UseCaseContext, institutionId: string) {
  assertCan(ctx.viewer, "institution.viewPrivate", { institutionId });
  return listInstitutionProgrammes(ctx.db, institutionId);
}
