// The shape of an agreement's content — its fields in their fixed order, the safeguard codes and
// the residual-risk levels — in a module of its own (no node:crypto) so that the browser-side form
// shares them with the server. content.ts (canonical form, hash, diff) builds on it.
import type { PartyRole } from "@/db/schema/agreements";

/** Every safeguard code named in db/reference/transfer-rules.csv (accepted_safeguards). */
export const SAFEGUARDS = [
  "adequacy",
  "standard_contract",
  "specific_clauses_approved",
  "binding_corporate_rules",
  "consent",
  "security_assessment",
  "certification",
  "binding_safeguards",
  "appropriate_safeguards",
  "necessity",
  "contractual_clauses",
  "code_of_conduct",
  "transfer_impact_dossier",
  "binding_law",
  "binding_agreement",
  "contract_necessity",
] as const;
export type Safeguard = (typeof SAFEGUARDS)[number];

export const RESIDUAL_RISKS = ["low", "medium", "high"] as const;
export type ResidualRisk = (typeof RESIDUAL_RISKS)[number];

export type AgreementParty = { institutionId: string; role: PartyRole };
export type DataCategory = { name: string; personal: boolean; sensitive: boolean };
/** A transfer of the agreement's data from one country to another; `safeguard` is "" while none is chosen. */
export type Transfer = { fromCountry: string; toCountry: string; safeguard: Safeguard | "" };

/** Every field of an agreement (a draft may leave any of them empty; sending checks them all). */
export type AgreementContent = {
  parties: AgreementParty[];
  purpose: string;
  dataCategories: DataCategory[];
  legalBasis: string;
  transfers: Transfer[];
  retentionPeriod: string;
  deletionAtEnd: boolean;
  securityMeasures: string;
  onwardTransfer: string;
  /** Hours within which a party tells the others of a personal-data breach (null: not set yet). */
  breachNotificationHours: number | null;
  auditRights: string;
  governingLaw: string;
  disputeResolution: string;
  /** Additional clauses in Markdown (user content, rendered safely). */
  clauses: string;
  effectiveDate: string | null;
  expiryDate: string | null;
};

/** Required before sending an impact assessment when any data category is sensitive. */
export type ImpactAssessment = {
  risks: string;
  mitigations: string;
  residualRisk: ResidualRisk;
  approvedByName: string;
  approvedByRole: string;
  approvedOn: string;
};


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
