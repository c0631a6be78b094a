// The agreement's content fields in their fixed order, in a module of its own (no node:crypto)
// so that the browser-side form can share the list with the server.
import type { AgreementContent } from "./content";

/** The content fields in a fixed order (forms, checks and diffs walk them in this order). */
export const CONTENT_FIELDS = [
  "parties",
  "purpose",
  "dataCategories",
  "legalBasis",
  "transfers",
  "retentionPeriod",
  "deletionAtEnd",
  "securityMeasures",
  "onwardTransfer",
  "breachNotificationHours",
  "auditRights",
  "governingLaw",
  "disputeResolution",
  "clauses",
  "effectiveDate",
  "expiryDate",
] as const satisfies readonly (keyof AgreementContent)[];
export type ContentField = (typeof CONTENT_FIELDS)[number];
