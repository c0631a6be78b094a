import type { AgreementStatus } from "@/db/schema/agreements";
import type { Change, EditedFields, StatusChange } from "../audit/changes";

type Agreement = { objectType: "agreement" };

/** A data-sharing agreement from its draft to its end. */
export type AgreementAuditEvents = {
  "agreement.create": Agreement & { changes: { status: Change<AgreementStatus | null>; title: Change<string | null>; template: Change<string | null> }; context: object };
  "agreement.amend": Agreement & { changes: { status: Change<AgreementStatus | null>; versionNumber: Change<number> }; context: { parentAgreementId: string } };
  "agreement.edit": Agreement & { changes: EditedFields; context: object };
  "agreement.recordImpactAssessment": Agreement & { changes: EditedFields; context: object };
  "agreement.send": Agreement & {
    changes: StatusChange<AgreementStatus> & { contentHash: Change<string | null>; signingRound: Change<number> };
    context: object;
  };
  /** Computed by the database in the signing write: whether this signature brought the agreement into force. */
  "agreement.sign": Agreement & {
    changes: StatusChange<AgreementStatus> & { signaturesGiven: Change<number> };
    context: { institutionId: string; signingRound: number; contentHash: string; parentAgreementId: string | null };
  };
  "agreement.terminate": Agreement & { changes: StatusChange<AgreementStatus>; context: { reason: string } };
  /** The scheduled job (no actor) warned the parties' signatories that the agreement expires soon. */
  "agreement.warnExpiry": Agreement & { changes: { expiryWarned: Change<boolean> }; context: { expiryDate: string; job: "agreement-expiry-warnings" } };
};
