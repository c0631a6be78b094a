// The programme lifecycle of PRODUCT.md, written out by hand — the expectation both the
// machine's unit test and the use cases' integration test check against: for each status, the
// state each allowed event leads to; every event not listed is refused. A change to the machine
// must change this table too.
import type { ProgrammeStatus } from "../db/schema/programmes";

export const PROGRAMME_EVENTS = ["submit", "startReview", "assignPanel", "requestChanges", "resubmit", "approve", "reject", "withdraw", "publish", "start", "complete", "cancel", "edit", "setFlagship", "coauthor", "inviteCoLead", "removeCoLead", "leaveCoLead"] as const;
export type LifecycleEvent = (typeof PROGRAMME_EVENTS)[number];

const coauthoring = (s: ProgrammeStatus) => ({ coauthor: s, inviteCoLead: s, removeCoLead: s, leaveCoLead: s });

export const PROGRAMME_LIFECYCLE: Record<ProgrammeStatus, Partial<Record<LifecycleEvent, ProgrammeStatus>>> = {
  // Co-authoring keeps the state: a section saved, a co-lead invited, removed or leaving.
  draft: { submit: "submitted", withdraw: "withdrawn", edit: "draft", ...coauthoring("draft") },
  submitted: { startReview: "under_review", withdraw: "withdrawn" },
  // More reviewers on a panel at work: the state stays.
  under_review: { assignPanel: "under_review", requestChanges: "changes_requested", approve: "approved", reject: "rejected", withdraw: "withdrawn" },
  changes_requested: { resubmit: "under_review", withdraw: "withdrawn", edit: "changes_requested", ...coauthoring("changes_requested") },
  // An admin marks a flagship from approval on, unless cancelled; the state stays.
  approved: { publish: "open", setFlagship: "approved" },
  rejected: {},
  withdrawn: {},
  open: { start: "active", cancel: "cancelled", setFlagship: "open" },
  active: { complete: "completed", cancel: "cancelled", setFlagship: "active" },
  completed: { setFlagship: "completed" },
  cancelled: {},
};
