import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { conflict, invalidFields, notFound } from "../errors";
import { notifyProgrammeStatusChanged } from "../participation/notify-status-change";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { findProgramme, guardedProgrammeUpdate, programmeSubject } from "./queries";
import type { CancelProgrammeInput } from "./schemas";
import { programmeMachine } from "./transitions";

/** The lead's owner or an admin cancels an open or active programme, giving a reason (shown publicly). */
export async function cancelProgramme(ctx: UseCaseContext, input: CancelProgrammeInput) {
  const { db, viewer } = ctx;
  const found = await findProgramme(db, input.programmeId);
  if (!found) throw notFound("programme");
  const { programme } = found;
  assertCan(viewer, programmeMachine.transitions.cancel.permission, programmeSubject(programme, found.panel));
  if (programme.version !== input.version) throw conflict("programme");
  const to = nextState(programmeMachine, programme.status, "cancel");
  const reason = input.reason.trim();
  if (!reason) throw invalidFields({ reason: ["validation.reasonRequired"] });
  await commitAtomic(db, [guardedProgrammeUpdate(db, programme.id, programme, { status: to, closedAt: new Date(), cancellationReason: reason })], {
    actorUserId: viewer!.userId,
    onBehalfOfInstitutionId: programme.leadInstitutionId,
    action: "programme.cancel",
    objectType: "programme",
    objectId: programme.id,
    changes: { status: { before: programme.status, after: to } },
    context: { ...metaContext(ctx.meta), reason },
  });
  await afterResponse(ctx, () => notifyProgrammeStatusChanged(db, programme, to));
  return { programmeId: programme.id, status: to, version: programme.version + 1 };
}
