// The agreement form's values: what the inputs hold (strings for numbers and dates, a key per
// repeated row) and the conversions from stored content and to the update input. Client-safe.
import type { AgreementContentInput } from "@/server/agreements/schemas";
import { readContent, readImpactAssessment } from "./content-values";
import type { Party } from "./types";

export type PartyRow = { key: string; institutionId: string; role: Party["role"] | "" };
export type CategoryRow = { key: string; name: string; personal: boolean; sensitive: boolean };
export type TransferRow = { key: string; fromCountry: string; toCountry: string; safeguard: string };

export type AgreementFormValues = {
  title: string;
  parties: PartyRow[];
  purpose: string;
  dataCategories: CategoryRow[];
  legalBasis: string;
  transfers: TransferRow[];
  retentionPeriod: string;
  deletionAtEnd: boolean;
  securityMeasures: string;
  onwardTransfer: string;
  breachNotificationHours: string;
  auditRights: string;
  governingLaw: string;
  disputeResolution: string;
  clauses: string;
  effectiveDate: string;
  expiryDate: string;
};

export type AssessmentValues = { risks: string; mitigations: string; residualRisk: string; approvedByName: string; approvedByRole: string; approvedOn: string };

let counter = 0;
/** A key for a new repeated row (stable across renders, unique in the page). */
export const rowKey = () => `row-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function valuesFromAgreement(title: string, content: unknown): AgreementFormValues {
  const c = readContent(content);
  return {
    title,
    parties: (c.parties ?? []).map((p) => ({ key: rowKey(), institutionId: p.institutionId, role: p.role ?? "" })),
    purpose: c.purpose ?? "",
    dataCategories: (c.dataCategories ?? []).map((d) => ({ key: rowKey(), ...d })),
    legalBasis: c.legalBasis ?? "",
    transfers: (c.transfers ?? []).map((x) => ({ key: rowKey(), fromCountry: x.fromCountry, toCountry: x.toCountry, safeguard: x.safeguard ?? "" })),
    retentionPeriod: c.retentionPeriod ?? "",
    deletionAtEnd: c.deletionAtEnd ?? true,
    securityMeasures: c.securityMeasures ?? "",
    onwardTransfer: c.onwardTransfer ?? "",
    breachNotificationHours: c.breachNotificationHours != null ? String(c.breachNotificationHours) : "",
    auditRights: c.auditRights ?? "",
    governingLaw: c.governingLaw ?? "",
    disputeResolution: c.disputeResolution ?? "",
    clauses: c.clauses ?? "",
    effectiveDate: c.effectiveDate ?? "",
    expiryDate: c.expiryDate ?? "",
  };
}

export function assessmentValues(raw: unknown): AssessmentValues {
  const a = readImpactAssessment(raw);
  return {
    risks: a?.risks ?? "",
    mitigations: a?.mitigations ?? "",
    residualRisk: a?.residualRisk ?? "",
    approvedByName: a?.approvedByName ?? "",
    approvedByRole: a?.approvedByRole ?? "",
    approvedOn: a?.approvedOn ?? "",
  };
}

/** The number typed for the breach deadline: a whole number, or null (empty or unreadable: the server asks for it). */
const hours = (text: string): number | null => {
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(n) ? n : null;
};

/** The content as `agreements.update` takes it. Rows without an institution are left out; nothing else is dropped. */
export function contentFromValues(v: AgreementFormValues): AgreementContentInput {
  return {
    parties: v.parties.filter((p) => p.institutionId !== "" && p.role !== "").map((p) => ({ institutionId: p.institutionId, role: p.role as Party["role"] })),
    purpose: v.purpose,
    dataCategories: v.dataCategories.map(({ name, personal, sensitive }) => ({ name, personal, sensitive })),
    legalBasis: v.legalBasis,
    transfers: v.transfers.map(({ fromCountry, toCountry, safeguard }) => ({ fromCountry, toCountry, safeguard: safeguard as AgreementContentInput["transfers"][number]["safeguard"] })),
    retentionPeriod: v.retentionPeriod,
    deletionAtEnd: v.deletionAtEnd,
    securityMeasures: v.securityMeasures,
    onwardTransfer: v.onwardTransfer,
    breachNotificationHours: hours(v.breachNotificationHours),
    auditRights: v.auditRights,
    governingLaw: v.governingLaw,
    disputeResolution: v.disputeResolution,
    clauses: v.clauses,
    effectiveDate: v.effectiveDate || null,
    expiryDate: v.expiryDate || null,
  };
}
