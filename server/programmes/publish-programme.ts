import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { conflict, notFound } from "../errors";
import { notifyProgrammeStatusChanged } from "../participation/notify-status-change";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { findProgramme, guardedProgrammeUpdate, programmeSubject } from "./queries";
import { programmeMachine } from "./transitions";

/** The lead's owner publishes an approved programme: it opens for applications (approved → open). */
export async function publishProgramme(ctx: UseCaseContext, input: { programmeId: string; version: number }) {
  const { db, viewer } = ctx;
  const found = await findProgramme(db, input.programmeId);
  if (!found) throw notFound("programme");
  const { programme } = found;
  assertCan(viewer, programmeMachine.transitions.publish.permission, programmeSubject(programme, found.panel));
  if (programme.version !== input.version) throw conflict("programme");
  const to = nextState(programmeMachine, programme.status, "publish");
  await commitAtomic(db, [guardedProgrammeUpdate(db, programme.id, programme, { status: to, publishedAt: new Date() })], {
    actorUserId: viewer!.userId,
    onBehalfOfInstitutionId: programme.leadInstitutionId,
    action: "programme.publish",
    objectType: "programme",
    objectId: programme.id,
    changes: { status: { before: programme.status, after: to } },
    context: metaContext(ctx.meta),
  });
  await afterResponse(ctx, () => notifyProgrammeStatusChanged(db, programme, to));
  return { programmeId: programme.id, status: to, version: programme.version + 1 };
}
