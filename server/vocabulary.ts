// The value lists of the schema that forms, filters and labels offer (working areas, formats,
// statuses…), for components: they may import values from the server only through the shared
// modules listed in eslint.config.mjs (SHARED_SERVER_MODULES), never from db/. Pure, no I/O.
export {
  FUNDING_SIDES,
  OUTCOME_METRICS,
  PROGRAMME_FORMATS,
  PROGRAMME_STATUSES,
  WORKING_AREAS,
  type FundingSide,
  type FundingSource,
  type OutcomeMetric,
  type OutcomeReport,
  type OutcomeTarget,
  type ProgrammeFormat,
  type ProgrammeStatus,
  type WorkingArea,
} from "@/db/schema/programmes";
export { INSTITUTION_TYPES, type InstitutionStatus, type InstitutionType } from "@/db/schema/institutions";
export { REPORT_PERIODS, type ReportPeriod, type ReportStatus } from "@/db/schema/reports";
// Types only: the words the pages show for the other workflows' states and records.
export type { AgreementStatus, PartyRole } from "@/db/schema/agreements";
export type { AuditContext, FieldChanges } from "@/db/schema/audit";
export type { ParticipationStatus } from "@/db/schema/participation";
export type { DecisionOutcome, Recommendation } from "@/db/schema/reviews";
