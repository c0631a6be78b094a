// The one permission table: which platform role or relationship may do what.
// Every use case calls assertCan() before it loads or changes anything; pages and
// menus call can() only to hide what the server would refuse anyway.
import type { InstitutionStatus } from "@/db/schema/institutions";
import { DomainError } from "../errors";
import { INSTITUTION_RELATIONS, institutionRelationVia, relationHolds, type Relation, type Subject } from "./relations";
import { isAdmin, membershipIn, type SignedInViewer, type Viewer, type ViewerMembership } from "./viewer";

export type { PanelSeat, Relation, Subject } from "./relations";

/**
 * Every rule says whether it reads or writes:
 *
 * read  — looking. Institution relations (member, owner, signatory, partyMember) count
 *         whatever the institution's status: a suspended institution's people keep reading
 *         what is theirs.
 * write — anything that changes state. Every write made ON BEHALF OF AN INSTITUTION (through
 *         member, owner, signatory or partyMember) requires that institution to be VERIFIED;
 *         a pending, suspended or rejected institution's people get INSTITUTION_NOT_ACTIVE.
 *         Writes through other relations (user, self, admin, reviewer, assignedReviewer, chair)
 *         are not made for an institution and are not affected by its status.
 *
 * The one exception, `whilePending`: the OWNER of a PENDING institution may still correct its
 * registration and build its team (institution.update, membership.invite/decide/remove/promote/
 * setSignatory) before an admin verifies it — the admin checks the registration and who is
 * behind it, so it must be possible to fix both; nothing of it reaches another institution
 * (no proposal, application, agreement or signature, which all need `verified`). Suspended
 * and rejected institutions get no exception: read only.
 *
 * `self` on membership.remove lets a person leave an institution whatever its status: leaving
 * is their own act, not one made on the institution's behalf.
 */
type Rule = {
  readonly who: readonly Relation[];
  readonly kind: "read" | "write";
  /** write rules only: the owner of a pending institution may too (see above). */
  readonly whilePending?: true;
};

const READ = "read" as const;
const WRITE = "write" as const;

export const PERMISSIONS = {
  "institution.register": { who: ["user"], kind: WRITE },
  "institution.viewPrivate": { who: ["member", "admin"], kind: READ },
  "institution.update": { who: ["owner"], kind: WRITE, whilePending: true },
  "institution.verify": { who: ["admin"], kind: WRITE },
  "institution.reject": { who: ["admin"], kind: WRITE },
  "institution.suspend": { who: ["admin"], kind: WRITE },
  "institution.reinstate": { who: ["admin"], kind: WRITE },
  "institution.reviewQueue": { who: ["admin"], kind: READ },

  "membership.request": { who: ["user"], kind: WRITE },
  "membership.invite": { who: ["owner"], kind: WRITE, whilePending: true },
  "membership.decide": { who: ["owner"], kind: WRITE, whilePending: true },
  "membership.respond": { who: ["self"], kind: WRITE },
  "membership.remove": { who: ["owner", "self"], kind: WRITE, whilePending: true },
  "membership.promote": { who: ["owner"], kind: WRITE, whilePending: true },
  "membership.setSignatory": { who: ["owner"], kind: WRITE, whilePending: true },
  "membership.list": { who: ["member", "admin"], kind: READ },

  "user.list": { who: ["admin"], kind: READ },
  "user.grantRole": { who: ["admin"], kind: WRITE },
  "user.revokeRole": { who: ["admin"], kind: WRITE },
  // Suspending a user ends their sessions and panel seats and refuses their sign-in until reinstated.
  "user.suspend": { who: ["admin"], kind: WRITE },
  "user.reinstate": { who: ["admin"], kind: WRITE },
  "audit.read": { who: ["admin"], kind: READ },
  // The outbox's dead letters (emails given up on after repeated failures): seen and put back in the queue by admins.
  "outbox.read": { who: ["admin"], kind: READ },
  "outbox.retry": { who: ["admin"], kind: WRITE },

  // Visitors create accounts (throttled per address and per email, see server/throttle/).
  "account.signUp": { who: ["anyone"], kind: WRITE },
  "account.read": { who: ["user"], kind: READ },
  "account.signOutEverywhere": { who: ["user"], kind: WRITE },
  "account.changePassword": { who: ["user"], kind: WRITE },
  // Asking for a new address (the change itself is the emailed link, followed by whoever holds it).
  "account.changeEmail": { who: ["user"], kind: WRITE },
  "account.updateProfile": { who: ["user"], kind: WRITE },
  "account.notificationPreferences": { who: ["user"], kind: WRITE },
  // Second factors (server/step-up/): a person's own, whatever their institutions' standing.
  "account.secondFactors": { who: ["user"], kind: WRITE },
  "platform.signingStepUp": { who: ["admin"], kind: WRITE },

  "programme.create": { who: ["member"], kind: WRITE },
  "programme.edit": { who: ["member"], kind: WRITE },
  "programme.submit": { who: ["member"], kind: WRITE },
  "programme.withdraw": { who: ["member"], kind: WRITE },
  // Co-authoring (issue #16): the lead's and the co-leads' members write the draft section by
  // section; the lead alone invites and removes co-leads (and submits, withdraws, publishes);
  // a co-lead's members may take their institution off the proposal (subject: that co-lead).
  "programme.coauthor": { who: ["partyMember"], kind: WRITE },
  "programme.manageCoLeads": { who: ["member"], kind: WRITE },
  "programme.leaveCoLead": { who: ["member"], kind: WRITE },
  // The programme's activity feed: its parties and admins (reviewers read the proposal, not who wrote what).
  "programme.activity": { who: ["partyMember", "admin"], kind: READ },
  "programme.viewPrivate": { who: ["partyMember", "assignedReviewer", "chair", "admin"], kind: READ },
  "programme.reviewDesk": { who: ["admin"], kind: READ },
  "programme.assignPanel": { who: ["admin"], kind: WRITE },
  "programme.decide": { who: ["chair", "admin"], kind: WRITE },
  "programme.override": { who: ["admin"], kind: WRITE },
  "programme.designateFlagship": { who: ["admin"], kind: WRITE },
  // After approval the lead institution's owners run the programme (subject: the lead).
  "programme.publish": { who: ["owner"], kind: WRITE },
  "programme.start": { who: ["owner"], kind: WRITE },
  "programme.complete": { who: ["owner"], kind: WRITE },
  "programme.cancel": { who: ["owner", "admin"], kind: WRITE },

  // Participation. apply/withdraw/leave: subject is the applicant institution; decide/list: the lead.
  "participation.apply": { who: ["member"], kind: WRITE },
  "participation.withdraw": { who: ["member"], kind: WRITE },
  "participation.leave": { who: ["member"], kind: WRITE },
  "participation.decide": { who: ["member"], kind: WRITE },
  "participation.listForProgramme": { who: ["member", "admin"], kind: READ },
  "participation.listForInstitution": { who: ["member", "admin"], kind: READ },

  // Data-sharing agreements. Subject: { institutionId: the programme's lead, partnerInstitutionIds: the parties }
  // except for sign/terminate, whose subject is the party institution the signatory acts for.
  "agreement.create": { who: ["partyMember"], kind: WRITE },
  "agreement.view": { who: ["partyMember", "admin"], kind: READ },
  "agreement.edit": { who: ["partyMember"], kind: WRITE },
  "agreement.send": { who: ["partyMember"], kind: WRITE },
  "agreement.amend": { who: ["partyMember"], kind: WRITE },
  "agreement.sign": { who: ["signatory"], kind: WRITE },
  "agreement.terminate": { who: ["signatory", "admin"], kind: WRITE },

  // Transparency reports: admins write and publish; published reports are public (no rule needed to read them).
  "report.manage": { who: ["admin"], kind: WRITE },
  "report.liveFigures": { who: ["admin"], kind: READ },

  // Panel work needs an ACTIVE seat AND the reviewer role still held (see relations.ts).
  "review.workspace": { who: ["reviewer"], kind: READ },
  "review.write": { who: ["assignedReviewer"], kind: WRITE },
  "review.recuse": { who: ["assignedReviewer", "chair"], kind: WRITE },
  "review.readPanel": { who: ["chair", "admin"], kind: READ },
  "review.configureRubric": { who: ["admin"], kind: WRITE },
  // Reviewer matching (issue #17): reviewers keep their own profile and bid on proposals awaiting a
  // panel (titles and summaries only); admins read the profiles and assign whole batches.
  "review.editProfile": { who: ["reviewer"], kind: WRITE },
  "review.bid": { who: ["reviewer"], kind: WRITE },
  "review.listProfiles": { who: ["admin"], kind: READ },
  "programme.assignBatch": { who: ["admin"], kind: WRITE },

  // Discussions (server/discussions/audience.ts picks the pair of rules of a thread's audience).
  // Subject: the programme (lead, co-leads as partners, panel); a clause thread: the agreement's parties.
  "discussion.readParties": { who: ["partyMember", "admin"], kind: READ },
  "discussion.writeParties": { who: ["partyMember"], kind: WRITE },
  "discussion.readWithReviewers": { who: ["partyMember", "assignedReviewer", "chair", "admin"], kind: READ },
  "discussion.writeWithReviewers": { who: ["partyMember", "assignedReviewer", "chair"], kind: WRITE },
  "discussion.readPanel": { who: ["assignedReviewer", "chair", "admin"], kind: READ },
  "discussion.writePanel": { who: ["assignedReviewer", "chair"], kind: WRITE },
  // Public questions on an open programme: read by anyone; asked by a member of a verified
  // institution (checked by the step: no relation says "some verified institution"); answered by the parties.
  "discussion.readPublic": { who: ["anyone"], kind: READ },
  "discussion.ask": { who: ["user"], kind: WRITE },
  "discussion.answerPublic": { who: ["partyMember"], kind: WRITE },
  // Hiding a message with a reason: the thread's owner institution (the lead) or an admin; a panel thread's chair.
  "discussion.moderate": { who: ["member", "admin"], kind: WRITE },
  "discussion.moderatePanel": { who: ["chair", "admin"], kind: WRITE },
  // Following a thread one may read is a person's own act.
  "discussion.follow": { who: ["user"], kind: WRITE },

  "notification.read": { who: ["user"], kind: READ },

  // Personal API tokens are a person's own; webhooks are an institution's, set up by its owners.
  "apiToken.list": { who: ["user"], kind: READ },
  "apiToken.manage": { who: ["user"], kind: WRITE },
  "webhook.list": { who: ["owner"], kind: READ },
  "webhook.manage": { who: ["owner"], kind: WRITE },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;

/** Whether the rule lets a membership of an institution with this status count. */
function statusAllows(rule: Rule, relation: Relation, status: InstitutionStatus): boolean {
  if (rule.kind === "read" || status === "verified") return true;
  return status === "pending" && rule.whilePending === true && relation === "owner";
}

function holds(viewer: Viewer, relation: Relation, subject: Subject, rule: Rule): boolean {
  if (!INSTITUTION_RELATIONS.has(relation)) return relationHolds(viewer, relation, subject);
  return institutionRelationVia(viewer, relation, subject).some((m) => statusAllows(rule, relation, m.institutionStatus));
}

/**
 * What a personal API token lets count (the session behind it is the user's CURRENT standing,
 * re-read at every call, and the rule above still decides): scope `read` reads only; scope
 * `institution:write` also writes, but only on behalf of an institution (member, owner,
 * signatory, partyMember) — never a person's own account acts (tokens, password, registering,
 * joining). A token carries no platform role (load: server/api-tokens/token-viewer.ts).
 */
function tokenAllows(viewer: Viewer, rule: Rule, relation: Relation): boolean {
  const scope = viewer?.token?.scope;
  if (!scope || rule.kind === "read") return true;
  return scope === "institution:write" && INSTITUTION_RELATIONS.has(relation);
}

export function can(viewer: Viewer, action: Action, subject: Subject = {}): boolean {
  const rule: Rule = PERMISSIONS[action];
  return rule.who.some((relation) => tokenAllows(viewer, rule, relation) && holds(viewer, relation, subject, rule));
}

/** A membership the rule would count but for its institution's status, if any. */
function blockedByStatus(viewer: Viewer, rule: Rule, subject: Subject): ViewerMembership | undefined {
  for (const relation of rule.who) {
    if (!INSTITUTION_RELATIONS.has(relation)) continue;
    // Any membership of the institutions this relation looks at (a plain member asking for an
    // owner's act on a suspended institution is told about the suspension too).
    const looked = relation === "partyMember" ? institutionRelationVia(viewer, relation, subject) : [subject.institutionId && membershipIn(viewer, subject.institutionId)];
    const blocked = looked.find((m): m is ViewerMembership => !!m && !statusAllows(rule, relation, m.institutionStatus));
    if (blocked) return blocked;
  }
  return undefined;
}

/**
 * Throws unless the viewer may do `action`. A viewer with no relation at all to the subject
 * institution gets NOT_FOUND (its private objects do not exist for them); a member without
 * the right gets FORBIDDEN; a member of an institution that may not act (suspended, rejected,
 * or pending for anything but the owner's exception) gets INSTITUTION_NOT_ACTIVE.
 */
export function assertCan(viewer: Viewer, action: Action, subject: Subject = {}): asserts viewer is SignedInViewer {
  if (can(viewer, action, subject)) return;
  if (viewer === null) throw new DomainError("UNAUTHENTICATED");
  const rule: Rule = PERMISSIONS[action];
  const related =
    (!!subject.institutionId && !!membershipIn(viewer, subject.institutionId)) ||
    isAdmin(viewer) ||
    subject.userId === viewer.userId ||
    institutionRelationVia(viewer, "partyMember", subject).length > 0 ||
    relationHolds(viewer, "seated", subject);
  if (subject.institutionId && !related) throw new DomainError("NOT_FOUND", { what: "institution" });
  const blocked = blockedByStatus(viewer, rule, subject);
  if (blocked) throw new DomainError("INSTITUTION_NOT_ACTIVE", { status: blocked.institutionStatus });
  throw new DomainError("FORBIDDEN", { action });
}
