// @ts-check
// The leaves of the transparency log: one small JSON object per fact, with a `kind`, and never a
// person (no user id, name or email). A leaf's bytes are its canonical JSON (UTF-8); its hash is
// RFC 9162's SHA-256(0x00 || bytes). The schemas are documented in docs/TRANSPARENCY-LOG.md.
// Plain JavaScript shared by the server (appending) and the offline verifier (rebuilding a leaf
// from a downloaded document and looking for it in the log).
import { canonicalJson } from "./canonical-json.mjs";
import { hashToHex, HASH_HEX, leafHash } from "./rfc9162.mjs";

export const LEAF_KINDS = /** @type {const} */ (["agreement.signature", "report.published", "audit.head"]);

/** @typedef {{ kind: "agreement.signature"; agreementReference: string; agreementVersion: number; signingRound: number; contentSha256: string; partyInstitutionId: string; partyInstitutionName: string; signedAt: string }} AgreementSignatureLeaf */
/** @typedef {{ kind: "report.published"; reportSlug: string; figuresSha256: string; publishedAt: string }} ReportPublishedLeaf */
/** @typedef {{ kind: "audit.head"; headHash: string; entryCount: number }} AuditHeadLeaf */
/** @typedef {AgreementSignatureLeaf | ReportPublishedLeaf | AuditHeadLeaf} Leaf */

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

class LeafError extends TypeError {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "LeafError";
  }
}

/** @param {string} field @param {unknown} value @param {number} max */
function text(field, value, max) {
  if (typeof value !== "string" || value.trim() === "" || value.length > max) throw new LeafError(`${field} must be a non-empty text of at most ${max} characters`);
  return value;
}
/** @param {string} field @param {unknown} value @param {number} min */
function count(field, value, min) {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) throw new LeafError(`${field} must be an integer ≥ ${min}`);
  return value;
}
/** @param {string} field @param {unknown} value */
function sha256Field(field, value) {
  if (typeof value !== "string" || !HASH_HEX.test(value)) throw new LeafError(`${field} must be a SHA-256 in lowercase hex`);
  return value;
}
/** An instant as ISO 8601 UTC with milliseconds (a Date, or that string). @param {string} field @param {unknown} value */
function instant(field, value) {
  const iso = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value;
  if (typeof iso !== "string" || !ISO_INSTANT.test(iso) || Number.isNaN(Date.parse(iso))) throw new LeafError(`${field} must be an instant like 2026-05-01T10:00:00.000Z`);
  return iso;
}

/**
 * A party's signature of one version of a data-sharing agreement, in one signing round.
 * @param {{ agreementReference: string; agreementVersion: number; signingRound: number; contentSha256: string; partyInstitutionId: string; partyInstitutionName: string; signedAt: Date | string }} input
 * @returns {AgreementSignatureLeaf}
 */
export function agreementSignatureLeaf(input) {
  return {
    kind: "agreement.signature",
    agreementReference: text("agreementReference", input.agreementReference, 32),
    agreementVersion: count("agreementVersion", input.agreementVersion, 1),
    signingRound: count("signingRound", input.signingRound, 1),
    contentSha256: sha256Field("contentSha256", input.contentSha256),
    partyInstitutionId: text("partyInstitutionId", input.partyInstitutionId, 64),
    partyInstitutionName: text("partyInstitutionName", input.partyInstitutionName, 300),
    signedAt: instant("signedAt", input.signedAt),
  };
}

/**
 * A transparency report made public, with the SHA-256 of its public figures (see figuresSha256 in documents.mjs).
 * @param {{ reportSlug: string; figuresSha256: string; publishedAt: Date | string }} input
 * @returns {ReportPublishedLeaf}
 */
export function reportPublishedLeaf(input) {
  return {
    kind: "report.published",
    reportSlug: text("reportSlug", input.reportSlug, 40),
    figuresSha256: sha256Field("figuresSha256", input.figuresSha256),
    publishedAt: instant("publishedAt", input.publishedAt),
  };
}

/**
 * The head of the tamper-evident audit chain at some moment: its hash and how many entries it covers.
 * @param {{ headHash: string; entryCount: number }} input
 * @returns {AuditHeadLeaf}
 */
export function auditHeadLeaf(input) {
  return { kind: "audit.head", headHash: sha256Field("headHash", input.headHash), entryCount: count("entryCount", input.entryCount, 0) };
}

/**
 * What a leaf is about, stored beside it to find it again (not part of what is hashed):
 * agreement/<reference>/v<version>, report/<slug> or audit.
 * @param {Leaf} leaf
 */
export function leafSubject(leaf) {
  if (leaf.kind === "agreement.signature") return agreementSubject(leaf.agreementReference, leaf.agreementVersion);
  if (leaf.kind === "report.published") return reportSubject(leaf.reportSlug);
  return "audit";
}
/** @param {string} reference @param {number} version */
export const agreementSubject = (reference, version) => `agreement/${reference}/v${version}`;
/** @param {string} slug */
export const reportSubject = (slug) => `report/${slug}`;

/** The exact text (canonical JSON) that is stored and hashed. @param {Leaf} leaf */
export const leafText = (leaf) => canonicalJson(leaf);

/** RFC 9162 leaf hash of a leaf, lowercase hex. @param {Leaf} leaf */
export const leafHashHex = (leaf) => hashToHex(leafHash(Buffer.from(leafText(leaf), "utf8")));

/**
 * Reads a stored leaf text back: it must be one of the kinds, with exactly its fields, in canonical form.
 * @param {string} stored
 * @returns {Leaf}
 */
export function parseLeaf(stored) {
  /** @type {unknown} */
  const value = JSON.parse(stored);
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new LeafError("a leaf is a JSON object");
  const raw = /** @type {Record<string, unknown>} */ (value);
  /** @type {Leaf} */
  let leaf;
  if (raw.kind === "agreement.signature") leaf = agreementSignatureLeaf(/** @type {any} */ (raw));
  else if (raw.kind === "report.published") leaf = reportPublishedLeaf(/** @type {any} */ (raw));
  else if (raw.kind === "audit.head") leaf = auditHeadLeaf(/** @type {any} */ (raw));
  else throw new LeafError(`unknown leaf kind ${JSON.stringify(raw.kind)}`);
  if (leafText(leaf) !== stored) throw new LeafError("the leaf is not in canonical form or has unknown fields");
  return leaf;
}
