// What a data-sharing agreement says: its content type, the safeguard codes the transfer rules
// name, and the canonical form that is hashed and signed. Pure (no database, no framework).
// The content's shape and its value lists are in content-fields.ts (no node:crypto: the
// browser-side form shares them), re-exported here.
import { createHash } from "node:crypto";
import { CONTENT_FIELDS, type AgreementContent, type AgreementParty, type ImpactAssessment } from "./content-fields";

export {
  CONTENT_FIELDS,
  RESIDUAL_RISKS,
  SAFEGUARDS,
  type AgreementContent,
  type AgreementParty,
  type ContentField,
  type DataCategory,
  type ImpactAssessment,
  type ResidualRisk,
  type Safeguard,
  type Transfer,
} from "./content-fields";

export const EMPTY_CONTENT: AgreementContent = {
  parties: [],
  purpose: "",
  dataCategories: [],
  legalBasis: "",
  transfers: [],
  retentionPeriod: "",
  deletionAtEnd: true,
  securityMeasures: "",
  onwardTransfer: "",
  breachNotificationHours: null,
  auditRights: "",
  governingLaw: "",
  disputeResolution: "",
  clauses: "",
  effectiveDate: null,
  expiryDate: null,
};

/** The stored JSON as content: missing keys (older rows, hand edits) read as empty. */
export function contentFromStored(stored: Record<string, unknown> | null | undefined): AgreementContent {
  return { ...EMPTY_CONTENT, ...(stored ?? {}) };
}

/**
 * Canonical JSON: object keys sorted, no insignificant whitespace, arrays in their order,
 * `undefined` members left out. The same value always gives the same bytes.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) return "null";
  return JSON.stringify(value);
}

export const sha256Hex = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** What the parties sign: everything that binds them, and which agreement version it is. */
export type SignedDocument = {
  reference: string;
  versionNumber: number;
  programmeReference: string;
  title: string;
  parties: AgreementParty[];
  content: Omit<AgreementContent, "parties">;
  impactAssessment: ImpactAssessment | null;
  effectiveDate: string | null;
  expiryDate: string | null;
};

/** The signed document of a stored agreement row (also used to verify a row against its frozen form). */
export function signedDocumentOf(row: {
  reference: string;
  versionNumber: number;
  title: string;
  content: Record<string, unknown>;
  impactAssessment: Record<string, unknown> | null;
  effectiveDate: string | null;
  expiryDate: string | null;
}, programmeReference: string): SignedDocument {
  const { parties, ...rest } = contentFromStored(row.content);
  return {
    reference: row.reference,
    versionNumber: row.versionNumber,
    programmeReference,
    title: row.title,
    parties: parties.map((p) => ({ institutionId: p.institutionId, role: p.role })),
    content: rest,
    impactAssessment: (row.impactAssessment as ImpactAssessment | null) ?? null,
    effectiveDate: row.effectiveDate,
    expiryDate: row.expiryDate,
  };
}

/** The frozen text and its SHA-256 (hex), as stored when an agreement is sent for signature. */
export function freeze(document: SignedDocument): { canonicalContent: string; contentHash: string } {
  const canonicalContent = canonicalJson(document);
  return { canonicalContent, contentHash: sha256Hex(canonicalContent) };
}

/** Which fields differ between a parent version and its amendment (title and impact assessment included). */
export function diffAgreements(
  before: { title: string; content: AgreementContent; impactAssessment: ImpactAssessment | null },
  after: { title: string; content: AgreementContent; impactAssessment: ImpactAssessment | null },
): { field: string; before: unknown; after: unknown }[] {
  const out: { field: string; before: unknown; after: unknown }[] = [];
  if (before.title !== after.title) out.push({ field: "title", before: before.title, after: after.title });
  for (const field of CONTENT_FIELDS) {
    const b = before.content[field] ?? null;
    const a = after.content[field] ?? null;
    if (canonicalJson(b) !== canonicalJson(a)) out.push({ field, before: b, after: a });
  }
  if (canonicalJson(before.impactAssessment) !== canonicalJson(after.impactAssessment)) {
    out.push({ field: "impactAssessment", before: before.impactAssessment, after: after.impactAssessment });
  }
  return out;
}
