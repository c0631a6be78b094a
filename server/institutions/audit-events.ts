import type { InstitutionStatus } from "@/db/schema/institutions";
import type { Change, EditedFields, StatusChange } from "../audit/changes";

type Institution = { objectType: "institution" };
type Decided = Institution & { changes: StatusChange<InstitutionStatus> & { statusReason: Change<string | null> }; context: { reason: string | null } };

/** An institution's registration, verification and standing. */
export type InstitutionAuditEvents = {
  "institution.register": Institution & {
    changes: { status: Change<InstitutionStatus | null>; name: Change<string | null>; countryCode: Change<string | null> };
    context: object;
  };
  "institution.update": Institution & { changes: EditedFields; context: object };
  "institution.verify": Decided;
  "institution.reject": Decided;
  "institution.suspend": Decided;
  "institution.reinstate": Decided;
};
