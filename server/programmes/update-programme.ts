import { assertCan } from "../authz/permissions";
import { changedFields } from "../audit/record-audit";
import { metaContext, type UseCaseContext } from "../context";
import { DomainError, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { contentOf } from "./content";
import { findProgramme, guardedProgrammeUpdate, programmeSubject } from "./queries";
import type { ProgrammeDraft } from "./schemas";
import { EDITABLE_STATUSES } from "./transitions";

/**
 * The proposer saves the text (a draft, or a revision after "changes requested"). Based on
 * the version they loaded: if somebody saved in between, CONFLICT and the newer text stays.
 */
export async function updateProgramme(ctx: UseCaseContext, input: Partial<ProgrammeDraft> & { programmeId: string; version: number }) {
  const { db, viewer } = ctx;
  const found = await findProgramme(db, input.programmeId);
  if (!found) throw notFound("programme");
  const { programme } = found;
  assertCan(viewer, "programme.edit", programmeSubject(programme, found.panel));
  if (!(EDITABLE_STATUSES as readonly string[]).includes(programme.status)) {
    throw new DomainError("INVALID_TRANSITION", { machine: "programme", from: programme.status, event: "edit" });
  }
  if (programme.version !== input.version) throw new DomainError("CONFLICT", { what: "programme" });

  const { programmeId, version: _version, ...draft } = input;
  const fields = { ...draft, coLeadInstitutionIds: (draft.coLeadInstitutionIds ?? programme.coLeadInstitutionIds).filter((i) => i !== programme.leadInstitutionId) };
  const before = contentOf(programme);
  await commitAtomic(db, [guardedProgrammeUpdate(db, programmeId, programme, fields)], {
    actorUserId: viewer!.userId,
    onBehalfOfInstitutionId: programme.leadInstitutionId,
    action: "programme.edit",
    objectType: "programme",
    objectId: programmeId,
    changes: changedFields(before, fields),
    context: metaContext(ctx.meta),
  });
  return { programmeId, version: programme.version + 1 };
}
