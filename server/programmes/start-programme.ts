import { hasAgreementInForce } from "../agreements/in-force";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { notifyProgrammeStatusChanged } from "../participation/notify-status-change";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { findProgramme, guardedProgrammeUpdate, programmeSubject } from "./queries";
import { programmeMachine } from "./transitions";

/**
 * The lead's owner starts an open programme (open → active). A programme that involves data
 * sharing needs a data-sharing agreement in force today (read in the same wave as the programme).
 */
export async function startProgramme(ctx: UseCaseContext, input: { programmeId: string; version: number }) {
  const { db, viewer } = ctx;
  const [found, agreementInForce] = await Promise.all([findProgramme(db, input.programmeId), hasAgreementInForce(db, input.programmeId)]);
  if (!found) throw notFound("programme");
  const { programme } = found;
  assertCan(viewer, programmeMachine.transitions.start.permission, programmeSubject(programme, found.panel));
  if (programme.version !== input.version) throw conflict("programme");
  const to = nextState(programmeMachine, programme.status, "start");
  if (programme.involvesDataSharing && !agreementInForce) throw new DomainError("AGREEMENT_NOT_IN_FORCE", { programmeId: programme.id });
  await commitAtomic(db, [guardedProgrammeUpdate(db, programme.id, programme, { status: to, startedAt: new Date() })], {
    actorUserId: viewer!.userId,
    onBehalfOfInstitutionId: programme.leadInstitutionId,
    action: "programme.start",
    objectType: "programme",
    objectId: programme.id,
    changes: { status: { before: programme.status, after: to } },
    context: { ...metaContext(ctx.meta), agreementInForce },
  });
  await afterResponse(ctx, () => notifyProgrammeStatusChanged(db, programme, to));
  return { programmeId: programme.id, status: to, version: programme.version + 1 };
}
