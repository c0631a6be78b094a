import { isAdmin } from "../authz/viewer";
import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { conflict, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { actingInstitution, agreementSubject } from "./access";
import { effectiveAgreementStatus } from "./in-force";
import { findAgreement, guardedAgreementUpdate, partiesOf } from "./queries";
import type { TerminateAgreementInput } from "./schemas";
import { agreementMachine } from "./transitions";

/**
 * A party's signatory (for that party) or an admin ends an agreement in force, giving a reason.
 * Without `institutionId` the viewer acts for the first party they belong to (or as admin).
 */
export async function terminateAgreement(ctx: UseCaseContext, input: TerminateAgreementInput) {
  const { db, viewer } = ctx;
  const [found, parties] = await Promise.all([findAgreement(db, input.agreementId), partiesOf(db, input.agreementId)]);
  if (!found) throw notFound("agreement");
  const { agreement, programme } = found;
  const partyIds = parties.map((p) => p.institutionId);
  assertCan(viewer, "agreement.view", agreementSubject(programme, partyIds));
  const actingFor = input.institutionId ?? actingInstitution(viewer, partyIds) ?? (isAdmin(viewer) ? undefined : programme.leadInstitutionId);
  if (actingFor !== undefined && !partyIds.includes(actingFor)) throw notFound("party");
  assertCan(viewer, agreementMachine.transitions.terminate.permission, actingFor ? { institutionId: actingFor } : {});
  const to = nextState(agreementMachine, effectiveAgreementStatus(agreement), "terminate");
  if (agreement.version !== input.version) throw conflict("agreement");
  await commitAtomic(db, [guardedAgreementUpdate(db, agreement.id, agreement, { status: to, endedAt: new Date(), terminationReason: input.reason })], {
    actorUserId: viewer.userId,
    onBehalfOfInstitutionId: actingFor ?? null,
    action: "agreement.terminate",
    objectType: "agreement",
    objectId: agreement.id,
    changes: { status: { before: agreement.status, after: to } },
    context: { ...metaContext(ctx.meta), reason: input.reason },
  });
  return { agreementId: agreement.id, status: to, version: agreement.version + 1 };
}
