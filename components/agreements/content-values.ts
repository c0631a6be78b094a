// Reading an agreement's stored content (JSON, possibly incomplete in a draft) safely. Pure.
import { CONTENT_FIELDS } from "@/server/agreements/content-fields";
import type { AgreementContentView, DataCategory, ImpactAssessmentView, Party, Transfer } from "./types";

const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A string value, or "" for anything else. */
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** The content as the pages show it; unknown shapes become empty values rather than errors. */
export function readContent(raw: unknown): AgreementContentView {
  const c = record(raw);
  return {
    parties: list(c.parties).map((p) => record(p)).map((p) => ({ institutionId: str(p.institutionId), role: p.role as Party["role"] })),
    purpose: text(c.purpose),
    dataCategories: list(c.dataCategories)
      .map((d) => record(d))
      .map((d): DataCategory => ({ name: str(d.name), personal: d.personal === true, sensitive: d.sensitive === true })),
    legalBasis: text(c.legalBasis),
    transfers: list(c.transfers)
      .map((x) => record(x))
      .map((x): Transfer => ({ fromCountry: str(x.fromCountry), toCountry: str(x.toCountry), safeguard: text(x.safeguard) })),
    retentionPeriod: text(c.retentionPeriod),
    deletionAtEnd: typeof c.deletionAtEnd === "boolean" ? c.deletionAtEnd : null,
    securityMeasures: text(c.securityMeasures),
    onwardTransfer: text(c.onwardTransfer),
    breachNotificationHours: typeof c.breachNotificationHours === "number" ? c.breachNotificationHours : null,
    auditRights: text(c.auditRights),
    governingLaw: text(c.governingLaw),
    disputeResolution: text(c.disputeResolution),
    clauses: text(c.clauses),
    effectiveDate: text(c.effectiveDate),
    expiryDate: text(c.expiryDate),
  };
}

/** A recorded impact assessment, or null when none (or an unreadable one) is stored. */
export function readImpactAssessment(raw: unknown): ImpactAssessmentView | null {
  const a = record(raw);
  const risk = a.residualRisk;
  if (!text(a.risks) || (risk !== "low" && risk !== "medium" && risk !== "high")) return null;
  return {
    risks: str(a.risks),
    mitigations: str(a.mitigations),
    residualRisk: risk,
    approvedByName: str(a.approvedByName),
    approvedByRole: str(a.approvedByRole),
    approvedOn: str(a.approvedOn),
  };
}

/** The order in which the pages and the form list the fields (problems and diffs follow it). */
export const FIELD_ORDER = ["title", ...CONTENT_FIELDS, "impactAssessment"] as const;

/** "transfers.0.safeguard" → "transfers": the field of the form a problem belongs to. */
export const fieldOf = (path: string) => path.split(/[.[]/)[0] ?? path;

/** Problem paths sorted in the order of the form. */
export function sortFields(paths: string[]): string[] {
  const order = FIELD_ORDER as readonly string[];
  const rank = (p: string) => {
    const i = order.indexOf(fieldOf(p));
    return i < 0 ? order.length : i;
  };
  return [...paths].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
