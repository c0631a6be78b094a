import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { conflict, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { findParticipation, guardedParticipationUpdate } from "./queries";
import type { WithdrawParticipationInput } from "./schemas";
import { participationMachine } from "./transitions";

/** A member of the applicant institution withdraws its pending application. */
export async function withdrawApplication(ctx: UseCaseContext, input: WithdrawParticipationInput) {
  const { db, viewer } = ctx;
  const found = await findParticipation(db, input.participationId);
  if (!found) throw notFound("participation");
  const { participation, programme } = found;
  assertCan(viewer, participationMachine.transitions.withdraw.permission, { institutionId: participation.institutionId });
  if (participation.version !== input.version) throw conflict("participation");
  const to = nextState(participationMachine, participation.status, "withdraw");
  await commitAtomic(db, [guardedParticipationUpdate(db, participation.id, participation, { status: to })], {
    actorUserId: viewer!.userId,
    onBehalfOfInstitutionId: participation.institutionId,
    action: "participation.withdraw",
    objectType: "participation",
    objectId: participation.id,
    changes: { status: { before: participation.status, after: to } },
    context: { ...metaContext(ctx.meta), programmeId: programme.id },
  });
  return { participationId: participation.id, status: to, version: participation.version + 1 };
}
