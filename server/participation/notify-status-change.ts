import type { Executor } from "@/db/client";
import { notify } from "../notifications/notify";
import { activeMemberIds, participantInstitutionIds } from "./queries";

type ProgrammeFacts = { id: string; reference: string; title: string; leadInstitutionId: string; coLeadInstitutionIds: readonly string[] };

/**
 * Tells the lead's and co-leads' members (link to the proposal page) and the participating
 * institutions' members (link to their dashboard) that a programme changed status.
 * Run it through afterResponse().
 */
export async function notifyProgrammeStatusChanged(db: Executor, programme: ProgrammeFacts, status: string): Promise<void> {
  const participants = await participantInstitutionIds(db, programme.id);
  const [leadPeople, participantPeople] = await Promise.all([
    activeMemberIds(db, [programme.leadInstitutionId, ...programme.coLeadInstitutionIds]),
    activeMemberIds(db, participants),
  ]);
  const params = { reference: programme.reference, title: programme.title, status };
  const lead = new Set(leadPeople);
  await Promise.all([
    notify(db, { userIds: leadPeople }, "programmeStatusChanged", params, `/proposals/${programme.id}`),
    notify(db, { userIds: participantPeople.filter((id) => !lead.has(id)) }, "programmeStatusChanged", params, "/dashboard"),
  ]);
}
