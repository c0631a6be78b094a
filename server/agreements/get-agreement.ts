import { can, assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { eventsFrom } from "../workflow/state-machine";
import { agreementSubject } from "./access";
import { checkAgreement } from "./checks";
import { contentFromStored, diffAgreements, SAFEGUARDS, type ImpactAssessment } from "./content";
import { effectiveAgreementStatus, todayUtc } from "./in-force";
import { allTransferRules, findAgreement, parentOf, partiesOf, programmeInstitutions, signaturesOf, versionsOf } from "./queries";
import { agreementMachine } from "./transitions";
import { parseLeaf } from "../transparency-log/leaves.mjs";
import { leavesAboutAgreement } from "../transparency-log/queries";

/**
 * One agreement as its page shows it: effective status, programme, parties and who signed,
 * signatures, the checks with the origin countries' duties, the chain of versions, the diff to
 * the version it amends and what the viewer may do. One read wave. A read never writes: the
 * parties are warned of the expiry by a scheduled job (warn-expiring.ts).
 */
export async function getAgreement(ctx: UseCaseContext, input: { agreementId: string }) {
  const { db, viewer } = ctx;
  const [found, parties, signatures, candidates, rules, versions, parent, logged] = await Promise.all([
    findAgreement(db, input.agreementId),
    partiesOf(db, input.agreementId),
    signaturesOf(db, input.agreementId),
    programmeInstitutions(db, { agreementId: input.agreementId }),
    allTransferRules(db),
    versionsOf(db, input.agreementId),
    parentOf(db, input.agreementId),
    leavesAboutAgreement(db, input.agreementId),
  ]);
  if (!found) throw notFound("agreement");
  const { agreement, programme } = found;
  const partyIds = parties.map((p) => p.institutionId);
  const subject = agreementSubject(programme, partyIds);
  assertCan(viewer, "agreement.view", agreementSubject(programme, partyIds, candidates.map((c) => c.id)));

  const today = todayUtc();
  const status = effectiveAgreementStatus(agreement, today);
  const content = contentFromStored(agreement.content);
  const impactAssessment = (agreement.impactAssessment as ImpactAssessment | null) ?? null;
  const checks = checkAgreement({
    title: agreement.title,
    content,
    impactAssessment,
    eligibleParties: new Map(candidates.map((c) => [c.id, c.countryCode])),
    rules,
    today,
  });
  const signedNow = new Set(signatures.filter((s) => s.status === "valid" && s.signingRound === agreement.signingRound).map((s) => s.institutionId));
  const events = eventsFrom(agreementMachine, status);
  const liveAmendment = versions.some((v) => v.parentId === agreement.id && (v.status === "draft" || v.status === "pending_signatures"));

  const canSign =
    events.includes("sign") && viewer
      ? parties
          .filter((p) => !signedNow.has(p.institutionId) && can(viewer, "agreement.sign", { institutionId: p.institutionId }))
          .map((p) => ({ institutionId: p.institutionId, name: p.name }))
      : [];
  const terminateFor = parties.filter((p) => can(viewer, "agreement.terminate", { institutionId: p.institutionId })).map((p) => p.institutionId);

  // Each signature's leaf in the public transparency log (none for signatures made before it was wired).
  const loggedLeaves = logged.map((row) => ({ leafHash: row.leafHash, leafIndex: row.index, leaf: parseLeaf(row.payload) }));
  const leafOf = (s: { institutionId: string; signingRound: number; signedAt: Date }) =>
    loggedLeaves.find(
      ({ leaf }) => leaf.kind === "agreement.signature" && leaf.partyInstitutionId === s.institutionId && leaf.signingRound === s.signingRound && leaf.signedAt === s.signedAt.toISOString(),
    );

  return {
    agreement: {
      id: agreement.id,
      reference: agreement.reference,
      versionNumber: agreement.versionNumber,
      title: agreement.title,
      status,
      storedStatus: agreement.status,
      content,
      impactAssessment,
      effectiveDate: agreement.effectiveDate,
      expiryDate: agreement.expiryDate,
      canonicalContent: agreement.canonicalContent,
      contentHash: agreement.contentHash,
      signingRound: agreement.signingRound,
      partiesToSign: agreement.partiesToSign,
      signaturesGiven: agreement.signaturesGiven,
      sentAt: agreement.sentAt,
      inForceAt: agreement.inForceAt,
      endedAt: agreement.endedAt,
      terminationReason: agreement.terminationReason,
      createdAt: agreement.createdAt,
      updatedAt: agreement.updatedAt,
      version: agreement.version,
    },
    programme: { id: programme.id, reference: programme.reference, title: programme.title, status: programme.status },
    parties: parties.map((p) => ({ institutionId: p.institutionId, name: p.name, countryCode: p.countryCode, role: p.role, signed: signedNow.has(p.institutionId), hasSignatory: p.signatories > 0 })),
    /** Institutions that may be added as parties (the programme's lead, co-leads and accepted participants). */
    eligibleParties: candidates,
    signatures: signatures.map((s) => ({
      institutionId: s.institutionId,
      institutionName: s.institutionName,
      userName: s.userName,
      signedAt: s.signedAt,
      contentHash: s.contentHash,
      signingRound: s.signingRound,
      status: s.status,
      voidedAt: s.voidedAt,
      logLeaf: ((found) => (found ? { leafHash: found.leafHash, leafIndex: found.leafIndex } : null))(leafOf(s)),
      secondFactor: s.secondFactor,
    })),
    checks,
    /** For the transfer form: which safeguards each origin country's rule accepts (a country not listed: any named safeguard). */
    transferRules: [...rules.values()].map((r) => ({ iso2: r.iso2, law: r.law, safeguardRequired: r.safeguardRequired, acceptedSafeguards: r.acceptedSafeguards })),
    safeguards: SAFEGUARDS,
    versions: versions.map((v) => ({ id: v.id, versionNumber: v.versionNumber, status: effectiveAgreementStatus(v, today) })),
    parentId: agreement.parentAgreementId,
    diff: parent
      ? diffAgreements(
          { title: parent.title, content: contentFromStored(parent.content), impactAssessment: (parent.impactAssessment as ImpactAssessment | null) ?? null },
          { title: agreement.title, content, impactAssessment },
        )
      : [],
    viewer: {
      canEdit: events.includes("edit") && can(viewer, "agreement.edit", subject),
      canSend: events.includes("send") && can(viewer, "agreement.send", subject),
      canSign,
      canTerminate: events.includes("terminate") && (terminateFor.length > 0 || can(viewer, "agreement.terminate", {})),
      terminateFor,
      canAmend: events.includes("amend") && !liveAmendment && can(viewer, "agreement.amend", subject),
    },
  };
}

