import type { MembershipRole, MembershipStatus } from "@/db/schema/institutions";
import type { Change, StatusChange } from "../audit/changes";

type Membership = { objectType: "membership" };
type Moved = Membership & { changes: StatusChange<MembershipStatus> & { isSignatory?: Change<boolean> }; context: object };

/** A person's membership of an institution, by request or invitation, and their role in it. */
export type MembershipAuditEvents = {
  "membership.request": Membership & { changes: { status: Change<MembershipStatus | null> }; context: object };
  "membership.invite": Membership & { changes: { status: Change<MembershipStatus | null>; userId: Change<string | null> }; context: object };
  "membership.accept": Moved;
  "membership.decline": Moved;
  "membership.acceptInvitation": Moved;
  "membership.declineInvitation": Moved;
  "membership.remove": Moved;
  "membership.set_role": Membership & { changes: { role: Change<MembershipRole> }; context: object };
  "membership.set_signatory": Membership & { changes: { isSignatory: Change<boolean> }; context: object };
};
