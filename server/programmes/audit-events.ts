import type { ProgrammeStatus } from "@/db/schema/programmes";
import type { Change, EditedFields, StatusChange } from "../audit/changes";

type Programme = { objectType: "programme" };
type Moved = Programme & { changes: StatusChange<ProgrammeStatus> };

/** The programme's audit events: its lifecycle from draft to completion, and its panel. */
export type ProgrammeAuditEvents = {
  "programme.create": Programme & { changes: { status: Change<ProgrammeStatus | null>; title: Change<string | null> }; context: object };
  "programme.edit": Programme & { changes: EditedFields; context: object };
  "programme.submit": Programme & { changes: StatusChange<ProgrammeStatus> & { revision: Change<number> }; context: object };
  "programme.resubmit": Programme & { changes: StatusChange<ProgrammeStatus> & { revision: Change<number> }; context: object };
  "programme.withdraw": Moved & { context: object };
  "programme.assign_panel": Programme & { changes: StatusChange<ProgrammeStatus> & { panel: Change<string[]> }; context: object };
  "programme.approve": Moved & { context: { reason: string | null; reviews: number } };
  "programme.requestChanges": Moved & { context: { reason: string | null; reviews: number } };
  "programme.reject": Moved & { context: { reason: string | null; reviews: number } };
  "programme.publish": Moved & { context: object };
  "programme.start": Moved & { context: { agreementInForce: boolean } };
  "programme.complete": Programme & { changes: StatusChange<ProgrammeStatus> & { outcomeReport: Change<unknown> }; context: object };
  "programme.cancel": Moved & { context: { reason: string } };
  /** A section saved by a party's member, on behalf of their institution (the lead or a co-lead). */
  "programme.editSection": Programme & { changes: EditedFields; context: { section: string } };
  "programme.inviteCoLead": Programme & { changes: { coLeadInstitutionIds: Change<string[]> }; context: { institutionId: string } };
  "programme.removeCoLead": Programme & { changes: { coLeadInstitutionIds: Change<string[]> }; context: { institutionId: string } };
  "programme.leaveCoLead": Programme & { changes: { coLeadInstitutionIds: Change<string[]> }; context: { institutionId: string } };
  "programme.setFlagship": Programme & { changes: { isFlagship: Change<boolean> }; context: object };
};
