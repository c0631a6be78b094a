// The one permission table: which platform role or relationship may do what.
// Every use case calls assertCan() before it loads or changes anything; pages and
// menus call can() only to hide what the server would refuse anyway.
import type { InstitutionStatus } from "@/db/schema/institutions";
import { DomainError } from "../errors";
import { isAdmin, isReviewer, membershipIn, type SignedInViewer, type Viewer } from "./viewer";

/**
 * anyone    — visitors included
 * user      — any signed-in user
 * admin, reviewer — platform roles
 * member, owner, signatory — active membership of the subject institution (an owner is also a member)
 * self      — the subject user is the viewer (e.g. their own invitation)
 * partyMember — active member of the subject institution or of one of its partner institutions (co-leads)
 * assignedReviewer, chair — the viewer is on the subject programme's review panel / chairs it
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

type Rule = {
  readonly who: readonly Relation[];
  /** Institution relations (member/owner/signatory) only count while the institution may act (not suspended or rejected). */
  readonly acts?: boolean;
  /** Stricter than `acts`: the institution must be verified (proposals, applications, signatures). */
  readonly verifiedOnly?: boolean;
};

export const PERMISSIONS = {
  "institution.register": { who: ["user"] },
  "institution.viewPrivate": { who: ["member", "admin"] },
  "institution.update": { who: ["owner"], acts: true },
  "institution.verify": { who: ["admin"] },
  "institution.reject": { who: ["admin"] },
  "institution.suspend": { who: ["admin"] },
  "institution.reinstate": { who: ["admin"] },
  "institution.reviewQueue": { who: ["admin"] },

  "membership.request": { who: ["user"] },
  "membership.invite": { who: ["owner"], acts: true },
  "membership.decide": { who: ["owner"], acts: true },
  "membership.respond": { who: ["self"] },
  "membership.remove": { who: ["owner", "self"], acts: true },
  "membership.promote": { who: ["owner"], acts: true },
  "membership.setSignatory": { who: ["owner"], acts: true },
  "membership.list": { who: ["member", "admin"] },

  "user.list": { who: ["admin"] },
  "user.grantRole": { who: ["admin"] },
  "user.revokeRole": { who: ["admin"] },
  "audit.read": { who: ["admin"] },

  "account.read": { who: ["user"] },
  "account.signOutEverywhere": { who: ["user"] },

  "programme.create": { who: ["member"], acts: true, verifiedOnly: true },
  "programme.edit": { who: ["member"], acts: true, verifiedOnly: true },
  "programme.submit": { who: ["member"], acts: true, verifiedOnly: true },
  "programme.withdraw": { who: ["member"], acts: true, verifiedOnly: true },
  "programme.viewPrivate": { who: ["partyMember", "assignedReviewer", "chair", "admin"] },
  "programme.reviewDesk": { who: ["admin"] },
  "programme.assignPanel": { who: ["admin"] },
  "programme.decide": { who: ["chair", "admin"] },
  "programme.override": { who: ["admin"] },
  "programme.designateFlagship": { who: ["admin"] },
  // After approval the lead institution's owners run the programme (subject: the lead).
  "programme.publish": { who: ["owner"], verifiedOnly: true },
  "programme.start": { who: ["owner"], verifiedOnly: true },
  "programme.complete": { who: ["owner"], verifiedOnly: true },
  "programme.cancel": { who: ["owner", "admin"], verifiedOnly: true },

  // Participation. apply/withdraw/leave: subject is the applicant institution; decide/list: the lead.
  "participation.apply": { who: ["member"], verifiedOnly: true },
  "participation.withdraw": { who: ["member"], verifiedOnly: true },
  "participation.leave": { who: ["member"], verifiedOnly: true },
  "participation.decide": { who: ["member"], verifiedOnly: true },
  "participation.listForProgramme": { who: ["member", "admin"] },
  "participation.listForInstitution": { who: ["member", "admin"] },

  // Data-sharing agreements. Subject: { institutionId: the programme's lead, partnerInstitutionIds: the parties }
  // except for sign/terminate, whose subject is the party institution the signatory acts for.
  "agreement.create": { who: ["partyMember"], verifiedOnly: true },
  "agreement.view": { who: ["partyMember", "admin"] },
  "agreement.edit": { who: ["partyMember"], verifiedOnly: true },
  "agreement.send": { who: ["partyMember"], verifiedOnly: true },
  "agreement.amend": { who: ["partyMember"], verifiedOnly: true },
  "agreement.sign": { who: ["signatory"], verifiedOnly: true },
  "agreement.terminate": { who: ["signatory", "admin"], verifiedOnly: true },

  // Transparency reports: admins write and publish; published reports are public (no rule needed to read them).
  "report.manage": { who: ["admin"] },
  "report.liveFigures": { who: ["admin"] },

  "review.workspace": { who: ["reviewer"] },
  "review.write": { who: ["assignedReviewer"] },
  "review.recuse": { who: ["assignedReviewer", "chair"] },
  "review.readPanel": { who: ["chair", "admin"] },
  "review.configureRubric": { who: ["admin"] },

  "notification.read": { who: ["user"] },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;

/**
 * What a permission is checked against: the institution it concerns (for a programme, the
 * lead), partner institutions, the user it concerns, and a programme's review panel.
 */
export type Subject = {
  institutionId?: string;
  partnerInstitutionIds?: readonly string[];
  userId?: string;
  reviewerUserIds?: readonly string[];
  chairUserId?: string | null;
};

const ACTING_STATUSES: readonly InstitutionStatus[] = ["pending", "verified"];
const VERIFIED_ONLY: readonly InstitutionStatus[] = ["verified"];

function holds(viewer: Viewer, relation: Relation, subject: Subject, rule: Rule): boolean {
  const acting = rule.verifiedOnly ? VERIFIED_ONLY : rule.acts ? ACTING_STATUSES : null;
  switch (relation) {
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
      return viewer !== null && (subject.reviewerUserIds ?? []).includes(viewer.userId);
    case "chair":
      return viewer !== null && !!subject.chairUserId && subject.chairUserId === viewer.userId;
    case "partyMember":
      return [subject.institutionId, ...(subject.partnerInstitutionIds ?? [])].some((id) => !!id && !!membershipIn(viewer, id));
    case "member":
    case "owner":
    case "signatory": {
      if (!subject.institutionId) return false;
      const m = membershipIn(viewer, subject.institutionId);
      if (!m || (acting && !acting.includes(m.institutionStatus))) return false;
      if (relation === "owner") return m.role === "owner";
      if (relation === "signatory") return m.isSignatory;
      return true;
    }
  }
}

export function can(viewer: Viewer, action: Action, subject: Subject = {}): boolean {
  const rule: Rule = PERMISSIONS[action];
  return rule.who.some((relation) => holds(viewer, relation, subject, rule));
}

/**
 * Throws unless the viewer may do `action`. A viewer with no relation at all to the subject
 * institution gets NOT_FOUND (its private objects do not exist for them); a member without
 * the right gets FORBIDDEN; a member of a suspended institution gets INSTITUTION_NOT_ACTIVE.
 */
export function assertCan(viewer: Viewer, action: Action, subject: Subject = {}): asserts viewer is SignedInViewer {
  if (can(viewer, action, subject)) return;
  if (viewer === null) throw new DomainError("UNAUTHENTICATED");
  const rule: Rule = PERMISSIONS[action];
  const membership = subject.institutionId ? membershipIn(viewer, subject.institutionId) : undefined;
  const related =
    membership !== undefined ||
    isAdmin(viewer) ||
    subject.userId === viewer.userId ||
    holds(viewer, "partyMember", subject, rule) ||
    holds(viewer, "assignedReviewer", subject, rule) ||
    holds(viewer, "chair", subject, rule);
  if (subject.institutionId && !related) throw new DomainError("NOT_FOUND", { what: "institution" });
  const acting = rule.verifiedOnly ? VERIFIED_ONLY : rule.acts ? ACTING_STATUSES : null;
  if (membership && acting && !acting.includes(membership.institutionStatus)) {
    throw new DomainError("INSTITUTION_NOT_ACTIVE", { status: membership.institutionStatus });
  }
  throw new DomainError("FORBIDDEN", { action });
}
