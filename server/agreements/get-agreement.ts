import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { agreementParties, memberships, notifications } from "@/db/schema";
import { can, assertCan } from "../authz/permissions";
import { membershipIn } from "../authz/viewer";
import { afterResponse, type UseCaseContext } from "../context";
import { notFound } from "../errors";
import { eventsFrom } from "../workflow/state-machine";
import { agreementSubject } from "./access";
import { checkAgreement } from "./checks";
import { contentFromStored, diffAgreements, SAFEGUARDS, type ImpactAssessment } from "./content";
import { effectiveAgreementStatus, todayUtc } from "./in-force";
import { agreementPath, notifyExpiring } from "./notify-parties";
import { allTransferRules, findAgreement, parentOf, partiesOf, programmeInstitutions, signaturesOf, versionsOf } from "./queries";
import { agreementMachine } from "./transitions";

/** Days before the expiry date from which the parties are warned. */
export const EXPIRY_WARNING_DAYS = 30;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Whether a party's signatory has already been told the agreement expires (one notification per agreement version). */
async function expiryAlreadyNotified(db: Executor, agreementId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(notifications)
    .innerJoin(memberships, and(eq(memberships.userId, notifications.userId), eq(memberships.isSignatory, true)))
    .innerJoin(agreementParties, and(eq(agreementParties.institutionId, memberships.institutionId), eq(agreementParties.agreementId, agreementId)))
    .where(and(eq(notifications.kind, "agreementExpiring"), eq(notifications.path, agreementPath(agreementId))))
    .limit(1);
  return row !== undefined;
}

/**
 * One agreement as its page shows it: effective status, programme, parties and who signed,
 * signatures, the checks with the origin countries' duties, the chain of versions, the diff to
 * the version it amends and what the viewer may do. One read wave. Reading an agreement in force
 * that expires within 30 days warns the parties' signatories once (after the response).
 */
export async function getAgreement(ctx: UseCaseContext, input: { agreementId: string }) {
  const { db, viewer } = ctx;
  const [found, parties, signatures, candidates, rules, versions, parent, expiryNotified] = await Promise.all([
    findAgreement(db, input.agreementId),
    partiesOf(db, input.agreementId),
    signaturesOf(db, input.agreementId),
    programmeInstitutions(db, { agreementId: input.agreementId }),
    allTransferRules(db),
    versionsOf(db, input.agreementId),
    parentOf(db, input.agreementId),
    expiryAlreadyNotified(db, input.agreementId),
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

  const isParty = viewer !== null && partyIds.some((id) => membershipIn(viewer, id));
  if (status === "in_force" && agreement.expiryDate && agreement.expiryDate <= addDays(today, EXPIRY_WARNING_DAYS) && isParty && !expiryNotified) {
    const date = agreement.expiryDate;
    await afterResponse(ctx, () => notifyExpiring(db, { agreementId: agreement.id, reference: agreement.reference, title: agreement.title, date }));
  }

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
    parties: parties.map((p) => ({ institutionId: p.institutionId, name: p.name, countryCode: p.countryCode, role: p.role, signed: signedNow.has(p.institutionId) })),
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

