// The `edit` event shared by updating the text and recording the impact assessment: a draft
// stays a draft; an agreement waiting for signatures goes back to draft and every signature of
// the round is voided — in the same atomic write as the change and its one audit entry.
import { and, eq } from "drizzle-orm";
import { agreementSignatures } from "@/db/schema";
import type { AtomicStep } from "@/db/client";
import type { FieldChanges } from "@/db/schema/audit";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { conflict } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { actingInstitution, agreementSubject } from "./access";
import { effectiveAgreementStatus } from "./in-force";
import { notifyPartySignatories } from "./notify-parties";
import { guardedAgreementUpdate, type AgreementRow, type FoundAgreement } from "./queries";
import { agreementMachine } from "./transitions";

/** Authorizes the edit and tells which state it leads to (throws INVALID_TRANSITION / CONFLICT). */
export function authorizeEdit(ctx: UseCaseContext, found: FoundAgreement, partyIds: string[], version: number) {
  const { agreement, programme } = found;
  assertCan(ctx.viewer, agreementMachine.transitions.edit.permission, agreementSubject(programme, partyIds));
  const to = nextState(agreementMachine, effectiveAgreementStatus(agreement), "edit");
  if (agreement.version !== version) throw conflict("agreement");
  return to;
}

export async function commitEdit(
  ctx: UseCaseContext,
  found: FoundAgreement,
  partyIds: string[],
  change: { set: Partial<AgreementRow>; extraSteps?: AtomicStep[]; changes: FieldChanges; action: string },
) {
  const { db, viewer } = ctx;
  const { agreement, programme } = found;
  const to = nextState(agreementMachine, agreement.status, "edit");
  const voiding = agreement.status === "pending_signatures";
  const steps: AtomicStep[] = [
    guardedAgreementUpdate(db, agreement.id, agreement, {
      ...change.set,
      status: to,
      ...(voiding ? { canonicalContent: null, contentHash: null, partiesToSign: 0, signaturesGiven: 0 } : {}),
    }),
    ...(change.extraSteps ?? []),
  ];
  if (voiding) {
    steps.push({
      statement: db
        .update(agreementSignatures)
        .set({ status: "voided", voidedAt: new Date() })
        .where(and(eq(agreementSignatures.agreementId, agreement.id), eq(agreementSignatures.signingRound, agreement.signingRound), eq(agreementSignatures.status, "valid"))),
    });
  }
  const changes: FieldChanges = { ...change.changes };
  if (to !== agreement.status) changes.status = { before: agreement.status, after: to };
  if (voiding) changes.signaturesVoided = { before: agreement.signaturesGiven, after: 0 };
  await commitAtomic(db, steps, {
    actorUserId: viewer!.userId,
    onBehalfOfInstitutionId: actingInstitution(viewer, [...partyIds, programme.leadInstitutionId, ...programme.coLeadInstitutionIds]),
    action: change.action,
    objectType: "agreement",
    objectId: agreement.id,
    changes,
    context: { ...metaContext(ctx.meta), ...(voiding ? { signingRound: agreement.signingRound, voidedSignatures: agreement.signaturesGiven } : {}) },
  });
  if (voiding) {
    await afterResponse(ctx, () => notifyPartySignatories(db, "signaturesVoided", { agreementId: agreement.id, reference: agreement.reference, title: agreement.title }));
  }
  return { agreementId: agreement.id, status: to, version: agreement.version + 1, signaturesVoided: voiding ? agreement.signaturesGiven : 0 };
}
