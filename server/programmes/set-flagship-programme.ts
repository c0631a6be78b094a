import type { ProgrammeStatus } from "@/db/schema/programmes";
import { assertCan } from "../authz/permissions";
import { metaContext, type UseCaseContext } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { findProgramme, guardedProgrammeUpdate, programmeSubject } from "./queries";
import type { SetFlagshipInput } from "./schemas";

/** Statuses in which an admin may mark (or unmark) a programme as flagship: approved and after, unless cancelled. */
export const FLAGSHIP_STATUSES: readonly ProgrammeStatus[] = ["approved", "open", "active", "completed"];

/**
 * An admin designates a programme as flagship, or withdraws the designation. Not a status
 * change (the status is only the guard), but audited; setting the value it already has
 * writes nothing.
 */
export async function setFlagshipProgramme(ctx: UseCaseContext, input: SetFlagshipInput) {
  const { db, viewer } = ctx;
  const found = await findProgramme(db, input.programmeId);
  if (!found) throw notFound("programme");
  const { programme } = found;
  assertCan(viewer, "programme.designateFlagship", programmeSubject(programme, found.panel));
  if (programme.version !== input.version) throw conflict("programme");
  if (!FLAGSHIP_STATUSES.includes(programme.status)) {
    throw new DomainError("INVALID_TRANSITION", { machine: "programme", from: programme.status, event: "setFlagship" });
  }
  if (programme.isFlagship === input.flagship) return { programmeId: programme.id, status: programme.status, version: programme.version };
  await commitAtomic(db, [guardedProgrammeUpdate(db, programme.id, programme, { isFlagship: input.flagship })], {
    actorUserId: viewer!.userId,
    action: "programme.setFlagship",
    objectType: "programme",
    objectId: programme.id,
    changes: { isFlagship: { before: programme.isFlagship, after: input.flagship } },
    context: metaContext(ctx.meta),
  });
  return { programmeId: programme.id, status: programme.status, version: programme.version + 1 };
}
