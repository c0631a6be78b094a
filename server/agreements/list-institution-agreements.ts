import { and, desc, eq, sql } from "drizzle-orm";
import { agreementParties, agreements, agreementSignatures, programmes } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { effectiveAgreementStatus, todayUtc } from "./in-force";

export const INSTITUTION_AGREEMENTS_LIMIT = 100;

/**
 * The agreements an institution is a party to (newest first), each saying whether it waits for
 * this institution's signature. For the institution's members and admins; one query.
 */
export async function listInstitutionAgreements(ctx: UseCaseContext, input: { institutionId: string }) {
  const { db, viewer } = ctx;
  assertCan(viewer, "agreement.view", { institutionId: input.institutionId });
  const rows = await db
    .select({
      id: agreements.id,
      reference: agreements.reference,
      versionNumber: agreements.versionNumber,
      title: agreements.title,
      status: agreements.status,
      expiryDate: agreements.expiryDate,
      role: agreementParties.role,
      programmeId: programmes.id,
      programmeReference: programmes.reference,
      programmeTitle: programmes.title,
      contentHash: agreements.contentHash,
      updatedAt: agreements.updatedAt,
      version: agreements.version,
      signedByUs: sql<number>`exists (select 1 from ${agreementSignatures} where ${agreementSignatures.agreementId} = ${agreements.id} and ${agreementSignatures.institutionId} = ${input.institutionId} and ${agreementSignatures.signingRound} = ${agreements.signingRound} and ${agreementSignatures.status} = 'valid')`,
    })
    .from(agreementParties)
    .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
    .innerJoin(programmes, eq(programmes.id, agreements.programmeId))
    .where(and(eq(agreementParties.institutionId, input.institutionId)))
    .orderBy(desc(agreements.updatedAt))
    .limit(INSTITUTION_AGREEMENTS_LIMIT);
  const today = todayUtc();
  return rows.map(({ signedByUs, ...r }) => {
    const status = effectiveAgreementStatus(r, today);
    return { ...r, status, signedByUs: Number(signedByUs) === 1, awaitingOurSignature: status === "pending_signatures" && Number(signedByUs) !== 1 };
  });
}
