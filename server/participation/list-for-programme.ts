import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { countForProgramme, findProgrammeForParticipation, listForProgramme } from "./queries";
import { APPLICATIONS_PAGE_SIZE } from "./schemas";

/**
 * The applications to a programme, a page at a time (pending first), for the lead's members and
 * admins, with the capacity and places taken. Programme, page and total are read in one parallel
 * wave; nothing is returned before the permission check.
 */
export async function listProgrammeApplications(ctx: UseCaseContext, input: { programmeId: string; page?: number }) {
  const { db, viewer } = ctx;
  const page = input.page ?? 1;
  const [programme, items, total] = await Promise.all([
    findProgrammeForParticipation(db, input.programmeId),
    listForProgramme(db, input.programmeId, page, APPLICATIONS_PAGE_SIZE),
    countForProgramme(db, input.programmeId),
  ]);
  if (!programme) throw notFound("programme");
  assertCan(viewer, "participation.listForProgramme", { institutionId: programme.leadInstitutionId });
  return { items, capacity: programme.capacity, acceptedCount: programme.acceptedCount, page, pageSize: APPLICATIONS_PAGE_SIZE, total };
}
