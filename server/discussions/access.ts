// Who reads, writes and moderates each audience of thread, checked against the viewer's CURRENT
// standing (server/authz/permissions.ts), and when a thread is closed.
import { sql, type SQL } from "drizzle-orm";
import type { AuthorRole, ThreadAudience } from "@/db/schema/discussions";
import { agreementSubject, actingInstitution } from "../agreements/access";
import { assertCan, can, type Action, type Subject } from "../authz/permissions";
import { isAdmin, isReviewer, type SignedInViewer, type Viewer } from "../authz/viewer";
import { DomainError, notFound } from "../errors";
import type { Audience } from "../notifications/notices";
import { PUBLIC_STATUSES } from "../programmes/get-programme";
import { programmeSubject } from "../programmes/queries";
import { proposalParties } from "./parties";
import type { Place, ThreadRow } from "./place";

const RULES: Record<ThreadAudience, { read: Action; write: Action; moderate: Action }> = {
  parties: { read: "discussion.readParties", write: "discussion.writeParties", moderate: "discussion.moderate" },
  parties_and_reviewers: { read: "discussion.readWithReviewers", write: "discussion.writeWithReviewers", moderate: "discussion.moderate" },
  panel: { read: "discussion.readPanel", write: "discussion.writePanel", moderate: "discussion.moderatePanel" },
  clause: { read: "discussion.readParties", write: "discussion.writeParties", moderate: "discussion.moderate" },
  public: { read: "discussion.readPublic", write: "discussion.answerPublic", moderate: "discussion.moderate" },
};

/** The institutions whose members are the thread's parties: the lead and co-leads, and an agreement's parties. */
export function partyInstitutions(audience: ThreadAudience, place: Place): string[] {
  const leads = proposalParties(place.programme);
  return audience === "clause" && place.agreement ? [...new Set([...leads, ...place.agreement.partyIds])] : leads;
}

/** What the permissions are checked against: the programme (lead, co-leads, panel), or the agreement's parties. */
export function subjectOf(audience: ThreadAudience, place: Place): Subject {
  if (audience === "clause" && place.agreement) return agreementSubject(place.programme, place.agreement.partyIds);
  return programmeSubject(place.programme, place.panel);
}

/** Whether the viewer may read threads of this audience here (a public question: its programme is public). */
export function canRead(viewer: Viewer, audience: ThreadAudience, place: Place): boolean {
  if (audience === "public") {
    return (PUBLIC_STATUSES as readonly string[]).includes(place.programme.status) || can(viewer, "discussion.readParties", subjectOf(audience, place));
  }
  return can(viewer, RULES[audience].read, subjectOf(audience, place));
}

/** Refuses a viewer who may not read: a visitor must sign in; anybody else is told the thread does not exist. */
export function assertReads(viewer: Viewer, audience: ThreadAudience, place: Place): void {
  if (canRead(viewer, audience, place)) return;
  if (viewer === null) throw new DomainError("UNAUTHENTICATED");
  throw notFound("thread");
}

/** Whether the viewer sees reviewers by name (admins and the panel itself); everybody else sees "Reviewer n". */
export function seesReviewerNames(viewer: Viewer, place: Place): boolean {
  return isAdmin(viewer) || (viewer !== null && place.panel.some((s) => s.userId === viewer.userId && s.status === "active"));
}

export type Author = { role: AuthorRole; institutionId: string | null; actor: SignedInViewer };

/**
 * Refuses a viewer who may not write in this audience now (after assertReads), and says what
 * they write as. Panel members write as reviewers even where parties also write, so a reviewer is
 * never shown as a person; a public question is asked by a member of a verified institution and
 * answered by the parties (the asker may follow up in their own question).
 */
export function assertWrites(viewer: Viewer, audience: ThreadAudience, place: Place, thread?: ThreadRow): Author {
  if (viewer === null) throw new DomainError("UNAUTHENTICATED");
  const actor = viewer;
  const subject = subjectOf(audience, place);
  const parties = partyInstitutions(audience, place);
  if (audience === "public") {
    if (can(viewer, "discussion.answerPublic", subject)) return { role: "party", institutionId: actingInstitution(viewer, parties), actor };
    assertCan(viewer, "discussion.ask", {});
    if (thread && thread.createdByUserId !== viewer.userId) throw new DomainError("FORBIDDEN", { action: "discussion.answerPublic" });
    const verified = viewer.memberships.find((m) => m.institutionStatus === "verified");
    if (!verified) {
      const other = viewer.memberships[0];
      throw other ? new DomainError("INSTITUTION_NOT_ACTIVE", { status: other.institutionStatus }) : new DomainError("FORBIDDEN", { action: "discussion.ask" });
    }
    return { role: "asker", institutionId: verified.institutionId, actor };
  }
  assertCan(viewer, RULES[audience].write, subject);
  const seat = place.panel.find((s) => s.userId === viewer.userId && s.status === "active");
  if (seat && isReviewer(viewer) && (audience === "parties_and_reviewers" || audience === "panel")) return { role: seat.role, institutionId: null, actor };
  const institutionId = actingInstitution(viewer, parties);
  return { role: institutionId ? "party" : "admin", institutionId, actor };
}

/** Refuses a viewer who may not hide messages of this thread (after assertReads). */
export function assertModerates(viewer: Viewer, audience: ThreadAudience, place: Place): asserts viewer is SignedInViewer {
  assertCan(viewer, RULES[audience].moderate, subjectOf(audience, place));
}

/**
 * Whether the thread takes no more messages: a clause thread once its agreement version was sent
 * for signature, a panel thread once the review is over, a public question once the programme
 * no longer takes applications.
 */
export function isClosed(audience: ThreadAudience, place: Place): boolean {
  if (audience === "clause") return place.agreement?.status !== "draft";
  if (audience === "panel") return place.programme.status !== "under_review";
  if (audience === "public") return place.programme.status !== "open";
  return false;
}

export const threadClosed = () => new DomainError("INVALID_TRANSITION", { what: "thread", from: "closed", event: "post" });

/** The same rule inside the write: a message is only added while the thread is still open (a send racing a post). */
export function stillOpenSql(audience: ThreadAudience, place: Place): SQL {
  if (audience === "clause") return sql`exists (select 1 from agreements ag where ag.id = ${place.agreement?.id ?? ""} and ag.status = 'draft')`;
  if (audience === "panel") return sql`exists (select 1 from programmes pg where pg.id = ${place.programme.id} and pg.status = 'under_review')`;
  if (audience === "public") return sql`exists (select 1 from programmes pg where pg.id = ${place.programme.id} and pg.status = 'open')`;
  return sql`1 = 1`;
}

/** Who may read the thread, as notice audiences (null: anybody): notices never reach anyone else. */
export function readersOf(audience: ThreadAudience, place: Place): Audience[] | undefined {
  const parties: Audience = { membersOf: partyInstitutions(audience, place) };
  const admins: Audience = { role: "admin" };
  const panel: Audience = { panelOf: place.programme.id };
  if (audience === "public") return undefined;
  if (audience === "panel") return [panel, admins];
  if (audience === "parties_and_reviewers") return [parties, panel, admins];
  return [parties, admins];
}

/** Who a new thread is told to (besides mentions): the other readers who take part, never the admins as such. */
export function participantsOf(audience: ThreadAudience, place: Place): Audience[] {
  const parties: Audience = { membersOf: partyInstitutions(audience, place) };
  const leads: Audience = { membersOf: proposalParties(place.programme) };
  const panel: Audience = { panelOf: place.programme.id };
  if (audience === "public") return [leads];
  if (audience === "panel") return [panel];
  if (audience === "parties_and_reviewers") return [parties, panel];
  return [parties];
}
