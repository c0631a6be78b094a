import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { agreements } from "@/db/schema";
import { invalidFields } from "../errors";
import { transition } from "../workflow/transition";
import { loadAgreement, onAgreement, recordedFor, signatureRequestedNotices, type AgreementInput } from "./agreement-step";
import { checkAgreement } from "./checks";
import { contentFromStored, freeze, signedDocumentOf, type ImpactAssessment } from "./content";
import { todayUtc } from "./in-force";
import { allTransferRules, programmeInstitutions } from "./queries";

async function load(db: Database, input: AgreementInput) {
  const [found, candidates, rules] = await Promise.all([
    loadAgreement(db, input.agreementId),
    programmeInstitutions(db, { agreementId: input.agreementId }),
    allTransferRules(db),
  ]);
  return found && { ...found, candidates, rules, frozen: freeze(signedDocumentOf(found.agreement, found.programme.reference)) };
}

/**
 * A party's member sends the draft for signature: the checks must pass; the signed document is
 * frozen as canonical JSON with its SHA-256, a new signing round starts and every party's
 * signatories are asked to sign.
 */
export const sendAgreement = transition({
  ...onAgreement<AgreementInput>(),
  event: "send",
  load,
  rules: ({ loaded: { agreement, candidates, rules } }) => {
    const result = checkAgreement({
      title: agreement.title,
      content: contentFromStored(agreement.content),
      impactAssessment: (agreement.impactAssessment as ImpactAssessment | null) ?? null,
      eligibleParties: new Map(candidates.map((c) => [c.id, c.countryCode])),
      rules,
      today: todayUtc(),
    });
    if (!result.ok) throw invalidFields(result.problems);
  },
  change: ({ loaded: { frozen, parties }, now }) => ({
    set: {
      canonicalContent: frozen.canonicalContent,
      contentHash: frozen.contentHash,
      signingRound: sql`${agreements.signingRound} + 1`,
      partiesToSign: parties.length,
      signaturesGiven: 0,
      sentAt: now,
    },
  }),
  audit: ({ viewer, loaded, from, to }) => ({
    action: "agreement.send",
    onBehalfOfInstitutionId: recordedFor(viewer, loaded),
    changes: {
      status: { before: from, after: to },
      contentHash: { before: loaded.agreement.contentHash, after: loaded.frozen.contentHash },
      signingRound: { before: loaded.agreement.signingRound, after: loaded.agreement.signingRound + 1 },
    },
    context: {},
  }),
  notices: ({ loaded }) => signatureRequestedNotices(loaded.agreement, loaded.parties),
  result: ({ target, to, loaded }) => ({
    agreementId: target.id,
    status: to,
    version: target.version + 1,
    contentHash: loaded.frozen.contentHash,
    signingRound: loaded.agreement.signingRound + 1,
  }),
});
