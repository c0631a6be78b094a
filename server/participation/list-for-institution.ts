import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { listForInstitution } from "./queries";

/** An institution's own applications and participations (its members and admins). */
export async function listInstitutionApplications(ctx: UseCaseContext, input: { institutionId: string }) {
  assertCan(ctx.viewer, "participation.listForInstitution", { institutionId: input.institutionId });
  return listForInstitution(ctx.db, input.institutionId);
}
