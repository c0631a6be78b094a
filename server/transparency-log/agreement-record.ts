// The downloadable record of a signed agreement version (southbridge.agreement-record/1, see
// documents.mjs and docs/TRANSPARENCY-LOG.md), built from what the platform stores now — the
// canonical text rebuilt from the stored agreement row, the hash that was signed, the valid
// signatures of the current round — so that a change made behind the application's back shows
// when the record is checked against the log. No authorization here: the caller (the agreement
// page or its download route) checks agreement.view first.
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { agreementSignatures, institutions } from "@/db/schema";
import { freeze, signedDocumentOf } from "../agreements/content";
import { findAgreement } from "../agreements/queries";
import { notFound } from "../errors";
import { agreementRecordDocument } from "./documents.mjs";
import { agreementSubject, type AgreementSignatureLeaf } from "./leaves.mjs";
import { leavesAbout } from "./queries";
import { readSignedHead } from "./read-log";
import type { LogSigningKey } from "./signing-key";

async function validSignatures(db: Executor, agreementId: string) {
  return db
    .select({ institutionId: agreementSignatures.institutionId, name: institutions.name, signingRound: agreementSignatures.signingRound, signedAt: agreementSignatures.signedAt })
    .from(agreementSignatures)
    .innerJoin(institutions, eq(institutions.id, agreementSignatures.institutionId))
    .where(and(eq(agreementSignatures.agreementId, agreementId), eq(agreementSignatures.status, "valid")))
    .orderBy(asc(agreementSignatures.signedAt), asc(agreementSignatures.id));
}

/**
 * The record of an agreement sent for signature. `server` is the platform's public address (the
 * verifier fetches proofs from it); with `key`, the log's current signed head is included as a
 * receipt that later heads must be consistent with.
 */
export async function buildAgreementRecord(db: Executor, input: { agreementId: string; server: string; key?: LogSigningKey }) {
  const [found, signatures] = await Promise.all([findAgreement(db, input.agreementId), validSignatures(db, input.agreementId)]);
  const contentHash = found?.agreement.contentHash;
  if (!found || !contentHash) throw notFound("agreement");
  const { agreement, programme } = found;
  const [logged, head] = await Promise.all([leavesAbout(db, agreementSubject(agreement.reference, agreement.versionNumber)), input.key ? readSignedHead(db, input.key) : Promise.resolve(null)]);
  const loggedLeaves = logged.map((row) => JSON.parse(row.payload) as AgreementSignatureLeaf);
  return agreementRecordDocument({
    reference: agreement.reference,
    versionNumber: agreement.versionNumber,
    canonicalContent: freeze(signedDocumentOf(agreement, programme.reference)).canonicalContent,
    contentSha256: contentHash,
    signatures: signatures.map((s) => {
      const signedAt = s.signedAt.toISOString();
      // The party's name as it was when it signed (the one in its leaf); an institution may be renamed later.
      const leaf = loggedLeaves.find((l) => l.partyInstitutionId === s.institutionId && l.signingRound === s.signingRound && l.signedAt === signedAt);
      return { signingRound: s.signingRound, partyInstitutionId: s.institutionId, partyInstitutionName: leaf?.partyInstitutionName ?? s.name, signedAt };
    }),
    server: input.server,
    head,
  });
}
