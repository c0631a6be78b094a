import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { findProgramme, guardedProgrammeUpdate, programmeSubject } from "./queries";
import { programmeMachine } from "./transitions";

/** The proposer withdraws a proposal that has not been decided yet. */
export async function withdrawProgramme(ctx: UseCaseContext, input: { programmeId: string; version: number }) {
  const { db, viewer } = ctx;
  const found = await findProgramme(db, input.programmeId);
  if (!found) throw notFound("programme");
  const { programme } = found;
  assertCan(viewer, programmeMachine.transitions.withdraw.permission, programmeSubject(programme, found.panel));
  const to = nextState(programmeMachine, programme.status, "withdraw");
  if (programme.version !== input.version) throw new DomainError("CONFLICT", { what: "programme" });
  await commitAtomic(db, [guardedProgrammeUpdate(db, programme.id, programme, { status: to })], {
    actorUserId: viewer!.userId,
    onBehalfOfInstitutionId: programme.leadInstitutionId,
    action: "programme.withdraw",
    objectType: "programme",
    objectId: programme.id,
    changes: { status: { before: programme.status, after: to } },
    context: metaContext(ctx.meta),
  });
  return { programmeId: programme.id, status: to, version: programme.version + 1 };
}
