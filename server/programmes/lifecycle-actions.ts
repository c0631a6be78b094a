// Which lifecycle buttons a page may show for a programme (pure; the use cases check again).
// Pages: `lifecycleActions(viewer, data.programme)` with the viewer from server/auth/current-viewer.ts
// and the programme from `programmes.byId`.
import type { ProgrammeStatus } from "@/db/schema/programmes";
import { can } from "../authz/permissions";
import type { Viewer } from "../authz/viewer";
import { eventsFrom } from "../workflow/state-machine";
import { todayUtc } from "../agreements/in-force";
import { startsLater } from "./programme-step";
import { FLAGSHIP_STATUSES } from "./set-flagship-programme";
import { programmeMachine, type ProgrammeEvent } from "./transitions";

type ProgrammeFacts = { status: ProgrammeStatus; leadInstitutionId: string; coLeadInstitutionIds: readonly string[]; involvesDataSharing: boolean; startDate: string | null };

/** `today` is a UTC calendar date (YYYY-MM-DD), the one the start and complete steps check against. */
export function lifecycleActions(viewer: Viewer, programme: ProgrammeFacts, today: string = todayUtc()) {
  const subject = { institutionId: programme.leadInstitutionId, partnerInstitutionIds: programme.coLeadInstitutionIds };
  const events = eventsFrom(programmeMachine, programme.status);
  const may = (event: ProgrammeEvent) => events.includes(event) && can(viewer, programmeMachine.transitions[event].permission, subject);
  const later = startsLater(programme, today);
  return {
    publish: may("publish"),
    /** Whether starting needs an agreement in force (the server refuses with AGREEMENT_NOT_IN_FORCE otherwise). */
    start: may("start") && !later,
    startNeedsAgreement: programme.involvesDataSharing,
    complete: may("complete") && !later,
    /** The start date, when the viewer could start or complete the programme but it lies ahead (NOT_STARTED_YET); else null. */
    startsOn: later && (may("start") || may("complete")) ? programme.startDate : null,
    cancel: may("cancel"),
    setFlagship: FLAGSHIP_STATUSES.includes(programme.status) && can(viewer, "programme.designateFlagship", subject),
    decideApplications: can(viewer, "participation.decide", subject),
    listApplications: can(viewer, "participation.listForProgramme", subject),
  };
}
