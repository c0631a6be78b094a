import { REPORT_STATUSES } from "@/db/schema/reports";
import { defineMachine } from "../workflow/state-machine";

/**
 * Transparency report lifecycle: an admin creates a draft, edits it while a draft, and publishes
 * it (draft → published). A published report never changes: `edit` is only allowed from draft
 * (the use case reports REPORT_PUBLISHED otherwise); a correction is a new report that supersedes it.
 */
export const reportMachine = defineMachine({
  name: "report",
  states: REPORT_STATUSES,
  create: { create: { to: "draft", permission: "report.manage" } },
  transitions: {
    edit: { from: ["draft"], to: "draft", permission: "report.manage" },
    publish: { from: ["draft"], to: "published", permission: "report.manage" },
  },
});

export type ReportEvent = keyof typeof reportMachine.transitions;
