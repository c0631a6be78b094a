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
    requestChanges: { from: ["under_review"], to: "changes_requested", permission: "programme.decide" },
    resubmit: { from: ["changes_requested"], to: "under_review", permission: "programme.submit" },
    approve: { from: ["under_review"], to: "approved", permission: "programme.decide" },
    reject: { from: ["under_review"], to: "rejected", permission: "programme.decide" },
    withdraw: { from: ["draft", "submitted", "under_review", "changes_requested"], to: "withdrawn", permission: "programme.withdraw" },
    publish: { from: ["approved"], to: "open", permission: "programme.publish" },
    start: { from: ["open"], to: "active", permission: "programme.start" },
    complete: { from: ["active"], to: "completed", permission: "programme.complete" },
    cancel: { from: ["open", "active"], to: "cancelled", permission: "programme.cancel", needsReason: true },
  },
});

export type ProgrammeEvent = keyof typeof programmeMachine.transitions;

/** States in which the proposer may still edit the text. */
export const EDITABLE_STATUSES = ["draft", "changes_requested"] as const;
