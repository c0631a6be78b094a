import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError, invalidFields, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { findInstitution, guardedInstitutionUpdate } from "./queries";
import { institutionMachine, type InstitutionEvent } from "./transitions";

export type ChangeInstitutionStatusInput = { institutionId: string; event: InstitutionEvent; reason?: string; version: number };

/** An admin verifies, rejects (with reason), suspends (with reason) or reinstates an institution. */
export async function changeInstitutionStatus(ctx: UseCaseContext, input: ChangeInstitutionStatusInput) {
  const { db, viewer } = ctx;
  const rule = institutionMachine.transitions[input.event];
  assertCan(viewer, rule.permission, { institutionId: input.institutionId });

  const found = await findInstitution(db, input.institutionId);
  if (!found) throw notFound("institution");
  const { institution } = found;
  const to = nextState(institutionMachine, institution.status, input.event);
  if (rule.needsReason && !input.reason) throw invalidFields({ reason: ["validation.reasonRequired"] });
  if (institution.version !== input.version) throw new DomainError("CONFLICT", { what: "institution" });

  const now = new Date();
  const reason = input.reason ?? null;
  await commitAtomic(
    db,
    [guardedInstitutionUpdate(db, institution.id, institution, { status: to, statusReason: reason, statusChangedAt: now })],
    {
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: institution.id,
      action: `institution.${input.event}`,
      objectType: "institution",
      objectId: institution.id,
      changes: { status: { before: institution.status, after: to }, statusReason: { before: institution.statusReason, after: reason } },
      context: { ...metaContext(ctx.meta), reason },
    },
  );
  return { institutionId: institution.id, status: to, version: institution.version + 1 };
}
