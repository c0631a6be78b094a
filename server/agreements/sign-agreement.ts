import { and, desc, eq, sql } from "drizzle-orm";
import { AtomicGuardError, driverErrorCode, runAtomic, type Executor, type SqlStatement } from "@/db/client";
import { newId } from "@/db/ids";
import { agreements, agreementSignatures, auditLog } from "@/db/schema";
import { verifyPassword } from "../accounts/passwords";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { nextState } from "../workflow/state-machine";
import { agreementSubject } from "./access";
import { effectiveAgreementStatus } from "./in-force";
import { notifyPartySignatories } from "./notify-parties";
import { findAgreement, partiesOf, passwordHashOf } from "./queries";
import type { SignAgreementInput } from "./schemas";
import { agreementMachine } from "./transitions";

/** Whether the institution holds a valid signature on the agreement (valid ones belong to the current round: edits void them). */
async function hasValidSignature(db: Executor, agreementId: string, institutionId: string) {
  const [row] = await db
    .select({ id: agreementSignatures.id })
    .from(agreementSignatures)
    .where(and(eq(agreementSignatures.agreementId, agreementId), eq(agreementSignatures.institutionId, institutionId), eq(agreementSignatures.status, "valid")))
    .limit(1);
  return row !== undefined;
}

/**
 * The parent version in force becomes superseded when its child (the amendment) is in force:
 * a multi-table UPDATE joined on the child, so it acts only if this very write brought the
 * child into force.
 */
function supersedeParentStatement(childId: string): SqlStatement {
  const inForce = nextState(agreementMachine, "pending_signatures", "enterIntoForce");
  const superseded = nextState(agreementMachine, "in_force", "supersede");
  return {
    toSQL: () => ({
      sql:
        "update `agreements` `p` join `agreements` `c` on `c`.`parent_agreement_id` = `p`.`id` " +
        "set `p`.`status` = ?, `p`.`ended_at` = utc_timestamp(3), `p`.`version` = `p`.`version` + 1, `p`.`updated_at` = utc_timestamp(3) " +
        "where `c`.`id` = ? and `c`.`status` = ? and `p`.`status` = ?",
      params: [superseded, childId, inForce, inForce],
    }),
  };
}

/**
 * A designated signatory of a party institution signs the frozen text, confirming their password
 * and the hash they saw. ONE atomic write: count the signature under the agreement's row lock
 * (this serialises signers), store it, bring the agreement into force when every party has
 * signed (decided in SQL, so two signatories at the same moment both count and it enters into
 * force exactly once), supersede the version it amends, and one audit entry that reads the
 * resulting status in SQL.
 */
export async function signAgreement(ctx: UseCaseContext, input: SignAgreementInput) {
  const { db, viewer } = ctx;
  if (!viewer) throw new DomainError("UNAUTHENTICATED");
  const [found, parties, passwordHash, alreadySigned] = await Promise.all([
    findAgreement(db, input.agreementId),
    partiesOf(db, input.agreementId),
    passwordHashOf(db, viewer.userId),
    hasValidSignature(db, input.agreementId, input.institutionId),
  ]);
  if (!found) throw notFound("agreement");
  const { agreement, programme } = found;
  const partyIds = parties.map((p) => p.institutionId);
  assertCan(viewer, "agreement.view", agreementSubject(programme, partyIds));
  const party = parties.find((p) => p.institutionId === input.institutionId);
  if (!party) throw notFound("party");
  assertCan(viewer, agreementMachine.transitions.sign.permission, { institutionId: party.institutionId });
  const current = effectiveAgreementStatus(agreement);
  nextState(agreementMachine, current, "sign");
  if (alreadySigned) throw new DomainError("ALREADY_SIGNED");
  if (!agreement.contentHash || agreement.contentHash !== input.contentHash) throw conflict("agreement");
  if (!passwordHash || !(await verifyPassword(passwordHash, input.password))) throw new DomainError("WRONG_PASSWORD");

  const inForce = nextState(agreementMachine, "pending_signatures", "enterIntoForce");
  const round = agreement.signingRound;
  // The entry's `changes` are computed by the database after the writes above it, in the same transaction.
  const changesFromRow = sql`(select json_object(
      'status', json_object('before', ${current}, 'after', ${sql.raw("a.status")}),
      'signaturesGiven', json_object('before', ${sql.raw("a.signatures_given")} - 1, 'after', ${sql.raw("a.signatures_given")}))
    from ${agreements} ${sql.raw("a")} where ${sql.raw("a.id")} = ${agreement.id})`;
  try {
    await runAtomic(db, [
      {
        statement: db
          .update(agreements)
          .set({ signaturesGiven: sql`${agreements.signaturesGiven} + 1`, version: sql`${agreements.version} + 1` })
          .where(and(eq(agreements.id, agreement.id), eq(agreements.status, "pending_signatures"), eq(agreements.signingRound, round))),
        expectRows: 1,
      },
      {
        statement: db.insert(agreementSignatures).values({
          id: newId(),
          agreementId: agreement.id,
          institutionId: party.institutionId,
          userId: viewer.userId,
          signingRound: round,
          contentHash: agreement.contentHash,
          status: "valid",
        }),
      },
      {
        statement: db
          .update(agreements)
          .set({ status: inForce, inForceAt: sql`utc_timestamp(3)`, version: sql`${agreements.version} + 1` })
          .where(and(eq(agreements.id, agreement.id), eq(agreements.status, "pending_signatures"), eq(agreements.signaturesGiven, agreements.partiesToSign))),
      },
      { statement: supersedeParentStatement(agreement.id) },
      {
        statement: db.insert(auditLog).values({
          actorUserId: viewer.userId,
          onBehalfOfInstitutionId: party.institutionId,
          action: "agreement.sign",
          objectType: "agreement",
          objectId: agreement.id,
          changes: changesFromRow,
          context: {
            ...metaContext(ctx.meta),
            institutionId: party.institutionId,
            signingRound: round,
            contentHash: agreement.contentHash,
            parentAgreementId: agreement.parentAgreementId,
          },
        }),
      },
    ]);
  } catch (error) {
    if (error instanceof AtomicGuardError) throw conflict("agreement");
    if (driverErrorCode(error) === "ER_DUP_ENTRY") throw new DomainError("ALREADY_SIGNED");
    throw error;
  }

  await afterResponse(ctx, async () => {
    // Only the signature whose audit entry says it brought the agreement into force announces it.
    if (await broughtIntoForce(db, agreement.id, viewer.userId, party.institutionId)) {
      await notifyPartySignatories(db, "agreementInForce", { agreementId: agreement.id, reference: agreement.reference, title: agreement.title });
    }
  });
  return { agreementId: agreement.id, institutionId: party.institutionId, signingRound: round, contentHash: agreement.contentHash };
}

/** Whether this signatory's latest signature entry for the institution records the agreement entering into force. */
export async function broughtIntoForce(db: Executor, agreementId: string, userId: string, institutionId: string): Promise<boolean> {
  const [row] = await db
    .select({ changes: auditLog.changes })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.objectType, "agreement"),
        eq(auditLog.objectId, agreementId),
        eq(auditLog.action, "agreement.sign"),
        eq(auditLog.actorUserId, userId),
        eq(auditLog.onBehalfOfInstitutionId, institutionId),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  const status = row?.changes?.status as { before?: unknown; after?: unknown } | undefined;
  return status?.after === "in_force" && status.before !== "in_force";
}
