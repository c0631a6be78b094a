import { assertCan, can } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { findProgramme, programmeSubject } from "../programmes/queries";
import { EDITABLE_STATUSES } from "../programmes/transitions";
import { SECTIONS } from "./schemas";
import { sectionState } from "./sections";

/**
 * The proposal's sections as the server holds them — each with its version, the base a section
 * editor saves on — and what the reader may do: co-author (a verified party's member while the
 * text is editable), manage the co-leads (the lead), leave (a co-lead's member, for which institution).
 */
export async function getSections(ctx: UseCaseContext, programmeId: string) {
  const found = await findProgramme(ctx.db, programmeId);
  if (!found) throw notFound("programme");
  const { programme } = found;
  const subject = programmeSubject(programme, found.panel);
  assertCan(ctx.viewer, "programme.activity", subject);
  const editable = (EDITABLE_STATUSES as readonly string[]).includes(programme.status);
  const leaveFor = programme.coLeadInstitutionIds.filter((id) => can(ctx.viewer, "programme.leaveCoLead", { institutionId: id }));
  return {
    programmeId: programme.id,
    reference: programme.reference,
    title: programme.title,
    status: programme.status,
    version: programme.version,
    leadInstitutionId: programme.leadInstitutionId,
    coLeadInstitutionIds: programme.coLeadInstitutionIds,
    sections: SECTIONS.map((s) => sectionState(programme, s)),
    can: {
      coauthor: editable && can(ctx.viewer, "programme.coauthor", subject),
      manageCoLeads: editable && can(ctx.viewer, "programme.manageCoLeads", subject),
      leaveFor: editable ? leaveFor : [],
    },
  };
}
