import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { listAwaitingDecision } from "./queries";

/** Pending applications to the programmes an institution leads: what waits for its decision. */
export async function listApplicationsAwaitingDecision(ctx: UseCaseContext, input: { institutionId: string }) {
  assertCan(ctx.viewer, "participation.listForInstitution", { institutionId: input.institutionId });
  return listAwaitingDecision(ctx.db, input.institutionId);
}
