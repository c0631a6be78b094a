// Which lifecycle buttons a page may show for a programme (pure; the use cases check again).
// Pages: `lifecycleActions(viewer, data.programme)` with the viewer from server/auth/current-viewer.ts
// and the programme from `programmes.byId`.
import type { ProgrammeStatus } from "@/db/schema/programmes";
import { can } from "../authz/permissions";
import type { Viewer } from "../authz/viewer";
import { eventsFrom } from "../workflow/state-machine";
import { FLAGSHIP_STATUSES } from "./set-flagship-programme";
import { programmeMachine, type ProgrammeEvent } from "./transitions";

type ProgrammeFacts = { status: ProgrammeStatus; leadInstitutionId: string; coLeadInstitutionIds: readonly string[]; involvesDataSharing: boolean };

export function lifecycleActions(viewer: Viewer, programme: ProgrammeFacts) {
  const subject = { institutionId: programme.leadInstitutionId, partnerInstitutionIds: programme.coLeadInstitutionIds };
  const events = eventsFrom(programmeMachine, programme.status);
  const may = (event: ProgrammeEvent) => events.includes(event) && can(viewer, programmeMachine.transitions[event].permission, subject);
  return {
    publish: may("publish"),
    /** Whether starting needs an agreement in force (the server refuses with AGREEMENT_NOT_IN_FORCE otherwise). */
    start: may("start"),
    startNeedsAgreement: programme.involvesDataSharing,
    complete: may("complete"),
    cancel: may("cancel"),
    setFlagship: FLAGSHIP_STATUSES.includes(programme.status) && can(viewer, "programme.designateFlagship", subject),
    decideApplications: can(viewer, "participation.decide", subject),
    listApplications: can(viewer, "participation.listForProgramme", subject),
  };
}
