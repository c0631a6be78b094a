import { and, eq, sql } from "drizzle-orm";
import type { Executor, SqlStatement } from "@/db/client";
import { newId } from "@/db/ids";
import { agreements, agreementSignatures } from "@/db/schema";
import { verifyPassword } from "../accounts/passwords";
import { assertCan } from "../authz/permissions";
import { requestFacts, type UseCaseContext } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { agreementSignatureLeaf } from "../transparency-log/leaves.mjs";
import { nextState } from "../workflow/state-machine";
import { commit } from "../workflow/commit";
import { agreementVisibility, loadAgreement, partySignatoriesNotice } from "./agreement-step";
import { effectiveAgreementStatus } from "./in-force";
import { passwordHashOf } from "./queries";
import { signingStepUp } from "../step-up/signing-step-up";
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

/** Whether the agreement is in force once this write is done (the condition of the "in force" notice). */
const nowInForce = (agreementId: string) => sql`select 1 from ${agreements} where ${agreements.id} = ${agreementId} and ${agreements.status} = 'in_force'`;

/**
 * A designated signatory of a party institution signs the frozen text, confirming their password
 * and the hash they saw. ONE atomic write: count the signature under the agreement's row lock
 * (this serialises signers; it is guarded by the signing round, not the version, so that the
 * parties' signatories may sign at the same moment), store it, bring the agreement into force
 * when every party has signed (decided in SQL, so two last signatures at once both count and it
 * enters into force exactly once), supersede the version it amends, the audit event (its
 * changes read the resulting status in SQL) and — only if this signature brought it into force —
 * the notice to every party's signatories, and the signature's leaf in the public transparency log.
 */
export async function signAgreement(ctx: UseCaseContext, input: SignAgreementInput) {
  const { db, viewer } = ctx;
  if (!viewer) throw new DomainError("UNAUTHENTICATED");
  const [found, passwordHash, alreadySigned, stepUp] = await Promise.all([
    loadAgreement(db, input.agreementId),
    passwordHashOf(db, viewer.userId),
    hasValidSignature(db, input.agreementId, input.institutionId),
    signingStepUp.load(db, viewer.userId, input.proof),
  ]);
  if (!found) throw notFound("agreement");
  const { agreement } = found;
  assertCan(viewer, agreementVisibility.action, agreementVisibility.subject(found));
  const party = found.parties.find((p) => p.institutionId === input.institutionId);
  if (!party) throw notFound("party");
  assertCan(viewer, agreementMachine.transitions.sign.permission, { institutionId: party.institutionId });
  const current = effectiveAgreementStatus(agreement);
  nextState(agreementMachine, current, "sign");
  if (alreadySigned) throw new DomainError("ALREADY_SIGNED");
  if (!agreement.contentHash || agreement.contentHash !== input.contentHash) throw conflict("agreement");
  if (!passwordHash || !(await verifyPassword(passwordHash, input.password))) throw new DomainError("WRONG_PASSWORD");
  // Step-up (server/step-up/): a fresh second factor when the platform or the signatory asks for one; spent in this write.
  const secondFactor = await signingStepUp.prove(db, stepUp, input.proof);

  const inForce = nextState(agreementMachine, "pending_signatures", "enterIntoForce");
  const round = agreement.signingRound;
  // One instant for the signature row and its log leaf (the row stores milliseconds, the leaf's ISO form too).
  const signedAt = new Date();
  // The event's `changes` are computed by the database after the writes above it, in the same transaction.
  const changesFromRow = sql`(select json_object(
      'status', json_object('before', ${current}, 'after', ${sql.raw("a.status")}),
      'signaturesGiven', json_object('before', ${sql.raw("a.signatures_given")} - 1, 'after', ${sql.raw("a.signatures_given")}))
    from ${agreements} ${sql.raw("a")} where ${sql.raw("a.id")} = ${agreement.id})`;
  await commit(db, {
    changes: [
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
          signedAt,
          secondFactor: secondFactor.factor,
        }),
      },
      {
        statement: db
          .update(agreements)
          .set({ status: inForce, inForceAt: sql`utc_timestamp(3)`, version: sql`${agreements.version} + 1` })
          .where(and(eq(agreements.id, agreement.id), eq(agreements.status, "pending_signatures"), eq(agreements.signaturesGiven, agreements.partiesToSign))),
      },
      { statement: supersedeParentStatement(agreement.id) },
      ...secondFactor.steps,
    ],
    // The public record of this signature: no person, only the agreement, the hash and the party.
    leaves: [
      agreementSignatureLeaf({
        agreementReference: agreement.reference,
        agreementVersion: agreement.versionNumber,
        signingRound: round,
        contentSha256: agreement.contentHash,
        partyInstitutionId: party.institutionId,
        partyInstitutionName: party.name,
        signedAt,
      }),
    ],
    notices: [partySignatoriesNotice("agreementInForce", agreement, { onlyIf: nowInForce(agreement.id) })],
    // Every party's receivers, only if this signature brought the agreement into force.
    webhooks: [
      {
        event: "agreement.in_force",
        to: { institutions: found.parties.map((p) => p.institutionId) },
        data: { agreementId: agreement.id, programmeId: agreement.programmeId, contentHash: agreement.contentHash },
        onlyIf: nowInForce(agreement.id),
      },
    ],
    event: {
      action: "agreement.sign",
      objectType: "agreement",
      objectId: agreement.id,
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: party.institutionId,
      changes: changesFromRow,
      context: { institutionId: party.institutionId, signingRound: round, contentHash: agreement.contentHash, parentAgreementId: agreement.parentAgreementId },
    },
    request: requestFacts(ctx.meta),
    onDuplicate: () => new DomainError("ALREADY_SIGNED"),
  });
  return { agreementId: agreement.id, institutionId: party.institutionId, signingRound: round, contentHash: agreement.contentHash };
}
