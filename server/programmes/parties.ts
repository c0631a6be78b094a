// Who the parties of a programme are: its lead and co-lead institutions. Discussions, the
// activity feed and co-authoring ask here (a programme's participants are not parties).
import type { Executor } from "@/db/client";
import type { Viewer } from "../authz/viewer";
import { findProgramme, type ProgrammeRow } from "./queries";

type PartyFields = Pick<ProgrammeRow, "leadInstitutionId" | "coLeadInstitutionIds">;

/** The party institutions of a programme row: the lead first, then the co-leads. */
export function partyInstitutionIds(programme: PartyFields): string[] {
  return [programme.leadInstitutionId, ...programme.coLeadInstitutionIds.filter((id) => id !== programme.leadInstitutionId)];
}

/** The party institutions of a programme by id (undefined: no such programme). */
export async function partiesOf(db: Executor, programmeId: string): Promise<string[] | undefined> {
  const found = await findProgramme(db, programmeId);
  return found ? partyInstitutionIds(found.programme) : undefined;
}

/**
 * Whether the viewer is an active member of one of the programme's parties, whatever the
 * institution's status (a read relation; writes are decided by the permission table, which
 * also requires the institution to be verified).
 */
export function isPartyMember(viewer: Viewer, programme: PartyFields): boolean {
  const parties = new Set(partyInstitutionIds(programme));
  return !!viewer?.memberships.some((m) => parties.has(m.institutionId));
}

/**
 * The party institution a member acts for on this programme: the lead when they belong to it,
 * else the first co-lead they belong to whose institution is verified (undefined: none).
 */
export function actingPartyOf(viewer: Viewer, programme: PartyFields): string | undefined {
  const verified = new Set(viewer?.memberships.filter((m) => m.institutionStatus === "verified").map((m) => m.institutionId));
  return partyInstitutionIds(programme).find((id) => verified.has(id));
}
