// @ts-check
// The downloadable documents that the offline verifier checks, and the log leaves they stand for
// (formats documented in docs/TRANSPARENCY-LOG.md):
//  - an agreement record (southbridge.agreement-record/1): the signed text of one agreement
//    version, its SHA-256 and its signatures, each with the hash of its log leaf;
//  - a transparency report as published at /api/open/reports/<slug>.json, whose public figures
//    are hashed into its report.published leaf.
// The verifier never trusts a leaf hash written in a document: it rebuilds every leaf from the
// document's content and compares.
import { asPublished, canonicalJson, sha256Hex } from "./canonical-json.mjs";
import { agreementSignatureLeaf, leafHashHex, reportPublishedLeaf } from "./leaves.mjs";

export const AGREEMENT_RECORD_FORMAT = "southbridge.agreement-record/1";

/** @typedef {import("./tree-head.mjs").SignedTreeHead} SignedTreeHead */
/** @typedef {{ signingRound: number; partyInstitutionId: string; partyInstitutionName: string; signedAt: Date | string }} RecordSignature */
/** @typedef {{ label: string; leafHash: string }} LeafClaim */
/** @typedef {{ kind: "agreement-record" | "report" | null; problems: string[]; facts: string[]; claims: LeafClaim[]; server: string | null; earlierHead: unknown }} DocumentCheck */

/**
 * An agreement record: the agreement's canonical signed text as it is stored now, the hash the
 * parties signed, each signature with its leaf hash, and optionally the log's signed head at the
 * time of download (a receipt later heads must be consistent with).
 * @param {{ reference: string; versionNumber: number; canonicalContent: string; contentSha256: string; signatures: RecordSignature[]; server: string; head?: SignedTreeHead | null }} input
 */
export function agreementRecordDocument(input) {
  return {
    format: AGREEMENT_RECORD_FORMAT,
    reference: input.reference,
    version: input.versionNumber,
    contentSha256: input.contentSha256,
    canonicalContent: input.canonicalContent,
    signatures: input.signatures.map((s) => {
      const leaf = agreementSignatureLeaf({ ...s, agreementReference: input.reference, agreementVersion: input.versionNumber, contentSha256: input.contentSha256 });
      return { signingRound: leaf.signingRound, partyInstitutionId: leaf.partyInstitutionId, partyInstitutionName: leaf.partyInstitutionName, signedAt: leaf.signedAt, leafHash: leafHashHex(leaf) };
    }),
    log: { server: input.server, head: input.head ?? null },
  };
}

/** SHA-256 (hex) of a report's public figures as published: canonical JSON of the `figures` member. @param {unknown} figures */
export const figuresSha256 = (figures) => sha256Hex(canonicalJson(asPublished(figures)));

/**
 * The report.published leaf of a report, from its public figures exactly as the report's JSON
 * document publishes them (suppressed), so that anyone holding the JSON can rebuild it.
 * @param {{ slug: string; publicFigures: unknown; publishedAt: Date | string }} report
 */
export function reportLogEntry(report) {
  const leaf = reportPublishedLeaf({ reportSlug: report.slug, figuresSha256: figuresSha256(report.publicFigures), publishedAt: report.publishedAt });
  return { leaf, leafHash: leafHashHex(leaf), figuresSha256: leaf.figuresSha256 };
}

/** @param {unknown} v @returns {v is Record<string, any>} */
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * What a downloaded document claims, checked offline: its kind, what is wrong with it, what was
 * confirmed, and the leaves that must be in the log.
 * @param {unknown} doc
 * @returns {DocumentCheck}
 */
export function checkDocument(doc) {
  if (isObject(doc) && doc.format === AGREEMENT_RECORD_FORMAT) return checkAgreementRecord(doc);
  if (isObject(doc) && typeof doc.slug === "string" && "figures" in doc && "publishedAt" in doc) return checkReport(doc);
  return { kind: null, problems: [`not an agreement record (${AGREEMENT_RECORD_FORMAT}) nor a published report's JSON`], facts: [], claims: [], server: null, earlierHead: null };
}

/** @param {Record<string, any>} doc @returns {DocumentCheck} */
function checkAgreementRecord(doc) {
  /** @type {DocumentCheck} */
  const out = { kind: "agreement-record", problems: [], facts: [], claims: [], server: typeof doc.log?.server === "string" ? doc.log.server : null, earlierHead: doc.log?.head ?? null };
  if (typeof doc.canonicalContent !== "string" || typeof doc.contentSha256 !== "string") {
    out.problems.push("the record has no canonicalContent or contentSha256");
    return out;
  }
  const actual = sha256Hex(doc.canonicalContent);
  if (actual === doc.contentSha256) out.facts.push(`the agreement text hashes to ${actual}, the hash that was signed`);
  else out.problems.push(`the agreement text hashes to ${actual}, not to the signed hash ${doc.contentSha256}: the text was changed`);
  /** @type {Record<string, any> | null} */
  let signed = null;
  try {
    signed = JSON.parse(doc.canonicalContent);
  } catch {
    out.problems.push("the agreement text is not JSON");
  }
  if (signed && (signed.reference !== doc.reference || signed.versionNumber !== doc.version)) {
    out.problems.push(`the agreement text is of ${signed.reference} version ${signed.versionNumber}, not of ${doc.reference} version ${doc.version}`);
  }
  const parties = new Set(Array.isArray(signed?.parties) ? signed.parties.map((/** @type {any} */ p) => p?.institutionId) : []);
  if (!Array.isArray(doc.signatures) || doc.signatures.length === 0) out.problems.push("the record lists no signature");
  for (const [i, s] of (Array.isArray(doc.signatures) ? doc.signatures : []).entries()) {
    const label = `signature ${i + 1} (${s?.partyInstitutionName ?? "?"}, ${s?.signedAt ?? "?"})`;
    try {
      // Built from the hash recomputed above, never from the one the record states.
      const leaf = agreementSignatureLeaf({ ...s, agreementReference: doc.reference, agreementVersion: doc.version, contentSha256: actual });
      const rebuilt = leafHashHex(leaf);
      if (!parties.has(leaf.partyInstitutionId)) out.problems.push(`${label}: ${leaf.partyInstitutionId} is not a party to the agreement text`);
      if (s.leafHash !== undefined && s.leafHash !== rebuilt) out.problems.push(`${label}: the record says leaf ${s.leafHash}, but its content gives leaf ${rebuilt}`);
      out.claims.push({ label, leafHash: rebuilt });
    } catch (error) {
      out.problems.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return out;
}

/** @param {Record<string, any>} doc @returns {DocumentCheck} */
function checkReport(doc) {
  let server = null;
  try {
    server = typeof doc.links?.json === "string" ? new URL(doc.links.json).origin : null;
  } catch {
    server = null;
  }
  /** @type {DocumentCheck} */
  const out = { kind: "report", problems: [], facts: [], claims: [], server, earlierHead: null };
  try {
    const { leafHash, figuresSha256: hash } = reportLogEntry({ slug: doc.slug, publicFigures: doc.figures, publishedAt: doc.publishedAt });
    out.facts.push(`the report's figures hash to ${hash}`);
    const stated = doc.transparencyLog;
    if (isObject(stated) && stated.figuresSha256 !== undefined && stated.figuresSha256 !== hash) out.problems.push(`the report says its figures hash to ${stated.figuresSha256}, but they hash to ${hash}: the figures were changed`);
    if (isObject(stated) && stated.leafHash !== undefined && stated.leafHash !== leafHash) out.problems.push(`the report says leaf ${stated.leafHash}, but its content gives leaf ${leafHash}`);
    out.claims.push({ label: `report ${doc.slug} published ${doc.publishedAt}`, leafHash });
  } catch (error) {
    out.problems.push(`the report cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return out;
}
