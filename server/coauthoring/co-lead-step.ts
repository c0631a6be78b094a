// What the three co-lead steps share: the programme and the institution concerned, loaded in one
// wave, and whom a change of the co-lead list is told (every party before and after it).
import type { Database } from "@/db/client";
import type { Notice } from "../notifications/notices";
import { findInstitution } from "../institutions/queries";
import { partyInstitutionIds } from "../programmes/parties";
import { findProgramme, type ProgrammeRow } from "../programmes/queries";
import type { CoLeadInput } from "./schemas";

export async function loadCoLeadChange(db: Database, input: CoLeadInput) {
  const [found, institution] = await Promise.all([findProgramme(db, input.programmeId), findInstitution(db, input.institutionId)]);
  return found && { ...found, institution };
}
export type CoLeadChange = NonNullable<Awaited<ReturnType<typeof loadCoLeadChange>>>;

export type CoLeadChangeKind = "invited" | "removed" | "left";

/**
 * Both sides are told: the parties that remain (a link to the proposal) and the institution that
 * joined (the same link) or left (its dashboard: the proposal is no longer theirs to open).
 */
export function coLeadNotices(programme: ProgrammeRow, institution: { id: string; name: string }, change: CoLeadChangeKind): Notice[] {
  const params = { reference: programme.reference, title: programme.title, institution: institution.name, change };
  const remaining = partyInstitutionIds(programme).filter((id) => id !== institution.id);
  const toProposal = change === "invited" ? [...remaining, institution.id] : remaining;
  const notices: Notice[] = [{ to: { membersOf: toProposal }, kind: "coLeadChanged", params, path: `/proposals/${programme.id}` }];
  if (change !== "invited") notices.push({ to: { membersOf: [institution.id] }, kind: "coLeadChanged", params, path: "/dashboard" });
  return notices;
}

/** The co-lead list after the change: the lead never in it, no duplicates. */
export function coLeadsWith(programme: ProgrammeRow, add?: string, remove?: string): string[] {
  const ids = programme.coLeadInstitutionIds.filter((id) => id !== remove && id !== programme.leadInstitutionId);
  return add && !ids.includes(add) ? [...ids, add] : ids;
}
