// The one permission table: which platform role or relationship may do what.
// Every use case calls assertCan() before it loads or changes anything; pages and
// menus call can() only to hide what the server would refuse anyway.
import type { InstitutionStatus } from "@/db/schema/institutions";
import { DomainError } from "../errors";
import { isAdmin, isReviewer, membershipIn, type Viewer } from "./viewer";

/**
 * anyone    — visitors included
 * user      — any signed-in user
 * admin, reviewer — platform roles
 * member, owner, signatory — active membership of the subject institution (an owner is also a member)
 * self      — the subject user is the viewer (e.g. their own invitation)
 */
export type Relation = "anyone" | "user" | "admin" | "reviewer" | "member" | "owner" | "signatory" | "self";

type Rule = {
  readonly who: readonly Relation[];
  /** Institution relations (member/owner/signatory) only count while the institution may act (not suspended or rejected). */
  readonly acts?: boolean;
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
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;

/** What a permission is checked against: the institution it concerns and/or the user it concerns. */
export type Subject = { institutionId?: string; userId?: string };

const ACTING_STATUSES: readonly InstitutionStatus[] = ["pending", "verified"];

function holds(viewer: Viewer, relation: Relation, subject: Subject, acts: boolean): boolean {
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
    case "member":
    case "owner":
    case "signatory": {
      if (!subject.institutionId) return false;
      const m = membershipIn(viewer, subject.institutionId);
      if (!m || (acts && !ACTING_STATUSES.includes(m.institutionStatus))) return false;
      if (relation === "owner") return m.role === "owner";
      if (relation === "signatory") return m.isSignatory;
      return true;
    }
  }
}

export function can(viewer: Viewer, action: Action, subject: Subject = {}): boolean {
  const rule: Rule = PERMISSIONS[action];
  return rule.who.some((relation) => holds(viewer, relation, subject, rule.acts ?? false));
}

/**
 * Throws unless the viewer may do `action`. A viewer with no relation at all to the subject
 * institution gets NOT_FOUND (its private objects do not exist for them); a member without
 * the right gets FORBIDDEN; a member of a suspended institution gets INSTITUTION_NOT_ACTIVE.
 */
export function assertCan(viewer: Viewer, action: Action, subject: Subject = {}): void {
  if (can(viewer, action, subject)) return;
  if (viewer === null) throw new DomainError("UNAUTHENTICATED");
  const rule: Rule = PERMISSIONS[action];
  const membership = subject.institutionId ? membershipIn(viewer, subject.institutionId) : undefined;
  const related = membership !== undefined || isAdmin(viewer) || subject.userId === viewer.userId;
  if (subject.institutionId && !related) throw new DomainError("NOT_FOUND", { what: "institution" });
  if (membership && rule.acts && !ACTING_STATUSES.includes(membership.institutionStatus)) {
    throw new DomainError("INSTITUTION_NOT_ACTIVE", { status: membership.institutionStatus });
  }
  throw new DomainError("FORBIDDEN", { action });
}
