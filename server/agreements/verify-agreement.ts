import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { agreementSubject } from "./access";
import { freeze, sha256Hex, signedDocumentOf } from "./content";
import { findAgreement, partiesOf, programmeInstitutions } from "./queries";

/**
 * Recomputes the SHA-256 of the stored canonical text AND of the canonical form rebuilt from the
 * stored row: both must equal the hash that was signed. A change made behind the application's
 * back (in SQL) to either shows as a mismatch.
 */
export async function verifyAgreement(ctx: UseCaseContext, input: { agreementId: string }) {
  const { db, viewer } = ctx;
  const [found, parties, readers] = await Promise.all([
    findAgreement(db, input.agreementId),
    partiesOf(db, input.agreementId),
    programmeInstitutions(db, { agreementId: input.agreementId }),
  ]);
  if (!found) throw notFound("agreement");
  const { agreement, programme } = found;
  assertCan(viewer, "agreement.view", agreementSubject(programme, parties.map((p) => p.institutionId), readers.map((r) => r.id)));
  const storedHash = agreement.contentHash;
  const canonicalHash = agreement.canonicalContent === null ? null : sha256Hex(agreement.canonicalContent);
  const recomputedHash = freeze(signedDocumentOf(agreement, programme.reference)).contentHash;
  const matches = storedHash !== null && canonicalHash === storedHash && recomputedHash === storedHash;
  return { agreementId: agreement.id, storedHash, canonicalHash, recomputedHash, matches, verifiedAt: new Date() };
}
