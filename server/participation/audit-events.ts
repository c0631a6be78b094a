import type { ParticipationStatus } from "@/db/schema/participation";
import type { Change, StatusChange } from "../audit/changes";

type Moved = { objectType: "participation"; changes: StatusChange<ParticipationStatus> };
type OnProgramme = { programmeId: string };

/** An institution's participation in a programme, from its application to its leaving. */
export type ParticipationAuditEvents = {
  "participation.apply": { objectType: "participation"; changes: { status: Change<ParticipationStatus | null> }; context: OnProgramme };
  "participation.accept": Moved & { context: OnProgramme & { reason: string | null } };
  "participation.decline": Moved & { context: OnProgramme & { reason: string | null } };
  "participation.withdraw": Moved & { context: OnProgramme & { reason: string | null } };
  "participation.leave": Moved & { context: OnProgramme & { reason: string | null } };
};
