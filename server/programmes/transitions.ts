import { PROGRAMME_STATUSES } from "@/db/schema/programmes";
import { defineMachine } from "../workflow/state-machine";

/**
 * Programme lifecycle (a proposal is a programme before approval):
 * draft → submitted → under_review → approved → open → active → completed;
 * under_review ⇄ changes_requested; under_review → rejected;
 * draft | submitted | under_review | changes_requested → withdrawn (the proposer);
 * open | active → cancelled (lead owner or admin, with a reason).
 * After approval the lead's owners publish (→ open), start (→ active; a programme that
 * involves data sharing needs an agreement in force) and complete it (with an outcome report).
 */
export const programmeMachine = defineMachine({
  name: "programme",
  states: PROGRAMME_STATUSES,
  create: { draft: { to: "draft", permission: "programme.create" } },
  transitions: {
    submit: { from: ["draft"], to: "submitted", permission: "programme.submit" },
    startReview: { from: ["submitted"], to: "under_review", permission: "programme.assignPanel" },
    // More reviewers on a panel already at work: the state stays (the first assignment is startReview).
    assignPanel: { from: ["under_review"], permission: "programme.assignPanel" },
    requestChanges: { from: ["under_review"], to: "changes_requested", permission: "programme.decide" },
    resubmit: { from: ["changes_requested"], to: "under_review", permission: "programme.submit" },
    approve: { from: ["under_review"], to: "approved", permission: "programme.decide" },
    reject: { from: ["under_review"], to: "rejected", permission: "programme.decide" },
    withdraw: { from: ["draft", "submitted", "under_review", "changes_requested"], to: "withdrawn", permission: "programme.withdraw" },
    publish: { from: ["approved"], to: "open", permission: "programme.publish" },
    start: { from: ["open"], to: "active", permission: "programme.start" },
    complete: { from: ["active"], to: "completed", permission: "programme.complete" },
    cancel: { from: ["open", "active"], to: "cancelled", permission: "programme.cancel", needsReason: true },
    // Changes that keep the state: the proposer saves the text; an admin marks a flagship.
    edit: { from: ["draft", "changes_requested"], permission: "programme.edit" },
    // Co-authoring (server/coauthoring/): a section saved by a party; co-leads invited, removed, leaving.
    coauthor: { from: ["draft", "changes_requested"], permission: "programme.coauthor" },
    inviteCoLead: { from: ["draft", "changes_requested"], permission: "programme.manageCoLeads" },
    removeCoLead: { from: ["draft", "changes_requested"], permission: "programme.manageCoLeads" },
    leaveCoLead: { from: ["draft", "changes_requested"], permission: "programme.leaveCoLead" },
    setFlagship: { from: ["approved", "open", "active", "completed"], permission: "programme.designateFlagship" },
  },
  groups: {
    /** What a visitor may see: the catalogue, programme pages, open data. */
    public: ["open", "active", "completed"],
    /** Anybody may know these exist (a cancelled programme was public once). */
    known: ["open", "active", "completed", "cancelled"],
    /** Running: institutions may be accepted, and may leave. */
    running: ["open", "active"],
    /** Approved and everything after: IATI activities, approval figures, the lifecycle section. */
    afterApproval: ["approved", "open", "active", "completed", "cancelled"],
    /** The panel's decision is not final: a seat there still matters. */
    undecided: ["submitted", "under_review", "changes_requested"],
  },
});

export type ProgrammeEvent = keyof typeof programmeMachine.transitions;

/** States in which the proposer may still edit the text. */
export const EDITABLE_STATUSES = programmeMachine.transitions.edit.from;
