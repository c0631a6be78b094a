// The relations of the permission table and when each holds, before any institution status
// is considered (permissions.ts applies the status rule of reads and writes).
import type { AssignmentStatus } from "@/db/schema/reviews";
import { isAdmin, isReviewer, membershipIn, type Viewer, type ViewerMembership } from "./viewer";

/**
 * anyone    — visitors included
 * user      — any signed-in user
 * admin, reviewer — platform roles
 * member, owner, signatory — active membership of the subject institution (an owner is also a member)
 * self      — the subject user is the viewer (e.g. their own invitation)
 * partyMember — active member of the subject institution or of one of its partner institutions (co-leads, parties)
 * assignedReviewer, chair — an ACTIVE reviewer's / chair's seat on the subject programme's panel,
 *             held by a viewer who STILL HOLDS the reviewer role (a revoked reviewer loses both at once)
 */
export type Relation =
  | "anyone"
  | "user"
  | "admin"
  | "reviewer"
  | "member"
  | "owner"
  | "signatory"
  | "self"
  | "partyMember"
  | "assignedReviewer"
  | "chair";

/** A seat on a programme's review panel, as loaded with the programme. */
export type PanelSeat = { userId: string; role: "reviewer" | "chair"; status: AssignmentStatus };

/**
 * What a permission is checked against: the institution it concerns (for a programme, the
 * lead), partner institutions, the user it concerns, and a programme's review panel.
 */
export type Subject = {
  institutionId?: string;
  partnerInstitutionIds?: readonly string[];
  userId?: string;
  panel?: readonly PanelSeat[];
};

/** Relations made through a membership: their institution's status matters for writes. */
export const INSTITUTION_RELATIONS: ReadonlySet<Relation> = new Set<Relation>(["member", "owner", "signatory", "partyMember"]);

/** The memberships through which an institution relation holds, whatever the institutions' status. */
export function institutionRelationVia(viewer: Viewer, relation: Relation, subject: Subject): ViewerMembership[] {
  if (relation === "partyMember") {
    return [subject.institutionId, ...(subject.partnerInstitutionIds ?? [])].flatMap((id) => (id ? (membershipIn(viewer, id) ?? []) : []));
  }
  const m = subject.institutionId ? membershipIn(viewer, subject.institutionId) : undefined;
  if (!m) return [];
  if (relation === "owner" && m.role !== "owner") return [];
  if (relation === "signatory" && !m.isSignatory) return [];
  return relation === "member" || relation === "owner" || relation === "signatory" ? [m] : [];
}

function activeSeat(viewer: Viewer, subject: Subject, role?: PanelSeat["role"]): boolean {
  if (!viewer) return false;
  return (subject.panel ?? []).some((s) => s.userId === viewer.userId && s.status === "active" && (!role || s.role === role));
}

/**
 * Whether a relation holds, institution relations whatever the institution's status. `seated`
 * is not in the table: it says the viewer has an active seat on the subject's panel (role
 * held or not), for telling FORBIDDEN from NOT_FOUND.
 */
export function relationHolds(viewer: Viewer, relation: Relation | "seated", subject: Subject): boolean {
  switch (relation) {
    case "member":
    case "owner":
    case "signatory":
    case "partyMember":
      return institutionRelationVia(viewer, relation, subject).length > 0;
    case "anyone":
      return true;
    case "user":
      return viewer !== null;
    case "admin":
      return isAdmin(viewer);
    case "reviewer":
      return isReviewer(viewer);
    case "self":
      return viewer !== null && subject.userId === viewer.userId;
    case "assignedReviewer":
      return isReviewer(viewer) && activeSeat(viewer, subject, "reviewer");
    case "chair":
      return isReviewer(viewer) && activeSeat(viewer, subject, "chair");
    case "seated":
      return activeSeat(viewer, subject);
  }
}
