import { sql } from "drizzle-orm";
import { agreements } from "@/db/schema";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { conflict, invalidFields, notFound } from "../errors";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { actingInstitution, agreementSubject } from "./access";
import { checkAgreement } from "./checks";
import { contentFromStored, freeze, signedDocumentOf, type ImpactAssessment } from "./content";
import { effectiveAgreementStatus, todayUtc } from "./in-force";
import { notifySignatureRequested } from "./notify-parties";
import { allTransferRules, findAgreement, guardedAgreementUpdate, partiesOf, programmeInstitutions } from "./queries";
import { agreementMachine } from "./transitions";

/**
 * A party's member sends the draft for signature: the checks must pass; the signed document is
 * frozen as canonical JSON with its SHA-256, a new signing round starts and every party's
 * signatories are asked to sign.
 */
export async function sendAgreement(ctx: UseCaseContext, input: { agreementId: string; version: number }) {
  const { db, viewer } = ctx;
  const [found, parties, candidates, rules] = await Promise.all([
    findAgreement(db, input.agreementId),
    partiesOf(db, input.agreementId),
    programmeInstitutions(db, { agreementId: input.agreementId }),
    allTransferRules(db),
  ]);
  if (!found) throw notFound("agreement");
  const { agreement, programme } = found;
  const partyIds = parties.map((p) => p.institutionId);
  assertCan(viewer, agreementMachine.transitions.send.permission, agreementSubject(programme, partyIds));
  const to = nextState(agreementMachine, effectiveAgreementStatus(agreement), "send");
  if (agreement.version !== input.version) throw conflict("agreement");

  const content = contentFromStored(agreement.content);
  const result = checkAgreement({
    title: agreement.title,
    content,
    impactAssessment: (agreement.impactAssessment as ImpactAssessment | null) ?? null,
    eligibleParties: new Map(candidates.map((c) => [c.id, c.countryCode])),
    rules,
    today: todayUtc(),
  });
  if (!result.ok) throw invalidFields(result.problems);

  const frozen = freeze(signedDocumentOf(agreement, programme.reference));
  await commitAtomic(
    db,
    [
      guardedAgreementUpdate(db, agreement.id, agreement, {
        status: to,
        canonicalContent: frozen.canonicalContent,
        contentHash: frozen.contentHash,
        signingRound: sql`${agreements.signingRound} + 1` as unknown as number,
        partiesToSign: parties.length,
        signaturesGiven: 0,
        sentAt: new Date(),
      }),
    ],
    {
      actorUserId: viewer.userId,
      onBehalfOfInstitutionId: actingInstitution(viewer, [...partyIds, programme.leadInstitutionId]),
      action: "agreement.send",
      objectType: "agreement",
      objectId: agreement.id,
      changes: {
        status: { before: agreement.status, after: to },
        contentHash: { before: agreement.contentHash, after: frozen.contentHash },
        signingRound: { before: agreement.signingRound, after: agreement.signingRound + 1 },
      },
      context: metaContext(ctx.meta),
    },
  );
  await afterResponse(ctx, () => notifySignatureRequested(db, { agreementId: agreement.id, reference: agreement.reference, title: agreement.title }, parties));
  return { agreementId: agreement.id, status: to, version: agreement.version + 1, contentHash: frozen.contentHash, signingRound: agreement.signingRound + 1 };
}
