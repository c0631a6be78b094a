// The shapes the agreement pages show, as the `agreements` router returns them (structural:
// only what the components read). Client-safe: no runtime imports.
import type { AgreementStatus, PartyRole, ProgrammeStatus } from "@/server/vocabulary";

export type DataCategory = { name: string; personal: boolean; sensitive: boolean };
export type Transfer = { fromCountry: string; toCountry: string; safeguard: string | null };
export type Party = { institutionId: string; role: PartyRole };

/** Every field of an agreement's content (server/agreements/content.ts), possibly incomplete in a draft. */
export type AgreementContentView = {
  parties?: Party[] | null;
  purpose?: string | null;
  dataCategories?: DataCategory[] | null;
  legalBasis?: string | null;
  transfers?: Transfer[] | null;
  retentionPeriod?: string | null;
  deletionAtEnd?: boolean | null;
  securityMeasures?: string | null;
  onwardTransfer?: string | null;
  breachNotificationHours?: number | null;
  auditRights?: string | null;
  governingLaw?: string | null;
  disputeResolution?: string | null;
  clauses?: string | null;
  effectiveDate?: string | null;
  expiryDate?: string | null;
};

export type ImpactAssessmentView = {
  risks: string;
  mitigations: string;
  residualRisk: "low" | "medium" | "high";
  approvedByName: string;
  approvedByRole: string;
  approvedOn: string;
};

export type AgreementRowView = {
  id: string;
  reference: string;
  versionNumber: number;
  status: AgreementStatus;
  title: string;
  content: unknown;
  impactAssessment: unknown;
  effectiveDate: string | null;
  expiryDate: string | null;
  contentHash: string | null;
  version: number;
  sentAt: Date | string | null;
  inForceAt: Date | string | null;
  endedAt: Date | string | null;
  terminationReason: string | null;
};

export type PartyView = { institutionId: string; name: string; countryCode: string; role: PartyRole; signed: boolean };
export type SignatureView = { institutionName: string; userName: string; signedAt: Date | string; contentHash: string; status: "valid" | "voided"; secondFactor: "totp" | "recovery_code" | "passkey" | "none" };
export type DutyView = { country: string; law: string | null; extraDuties: string | null; localisation: string | null };
export type ChecksView = { ok: boolean; problems: Record<string, string[] | undefined>; duties: DutyView[] };
export type VersionView = { id: string; versionNumber: number; status: AgreementStatus };
export type DiffView = { field: string; before: unknown; after: unknown };
export type ViewerRights = {
  canEdit: boolean;
  canSend: boolean;
  canSign: { institutionId: string; name: string }[];
  canTerminate: boolean;
  canAmend: boolean;
};

export type AgreementPageData = {
  agreement: AgreementRowView;
  programme: { id: string; reference: string; title: string; status: ProgrammeStatus };
  parties: PartyView[];
  signatures: SignatureView[];
  checks: ChecksView;
  versions: VersionView[];
  parentId: string | null;
  diff: DiffView[] | null;
  viewer: ViewerRights;
};

export type Option = { value: string; label: string };
