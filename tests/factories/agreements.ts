// Data for the agreement tests: a Kenyan lead running a data-sharing pilot with an accepted
// Chinese participant, their signatories and plain members, and strangers; agreements created
// through the real use cases (or inserted directly in a given state for transition checks).
import { eq } from "drizzle-orm";
import type { Database, Executor } from "../../db/client";
import { newId } from "../../db/ids";
import { agreementParties, agreements, agreementSignatures, participations, programmes } from "../../db/schema";
import type { AgreementStatus } from "../../db/schema/agreements";
import { freeze, signedDocumentOf, type AgreementContent, type ImpactAssessment } from "../../server/agreements/content";
import { contentFromTemplate } from "../../server/agreements/templates";
import type { TemplateCode } from "../../server/agreements/template-codes";
import { addMembership, createInstitution, createProgramme, createUser, grantPlatformRole, STARTED_DATES, type Institution, type Programme, type ProgrammeOverrides, type User } from "./index";
import { uniqueSuffix } from "./unique";

export type AgreementWorld = {
  db: Database;
  /** Kenyan lead of the programme. */
  lead: Institution;
  /** Chinese institution, accepted participant of the programme. */
  partner: Institution;
  /** A verified institution with no part in the programme. */
  stranger: Institution;
  programme: Programme;
  leadOwner: User;
  leadSignatory: User;
  leadMember: User;
  partnerSignatory: User;
  partnerMember: User;
  strangerMember: User;
  admin: User;
};

/** Adds an accepted participation of `institutionId` in the programme (as the lead would have accepted it). */
export async function addAcceptedParticipant(db: Executor, programmeId: string, institutionId: string, byUserId: string) {
  const id = newId();
  await db.insert(participations).values({
    id,
    programmeId,
    institutionId,
    status: "accepted",
    motivation: "We bring clinics and data scientists.",
    contactName: "Contact Person",
    contactEmail: `contact-${uniqueSuffix()}@example.test`,
    appliedByUserId: byUserId,
    decidedByUserId: byUserId,
    decidedAt: new Date(),
  });
  return id;
}

export async function agreementWorld(db: Database, programmeOverrides: ProgrammeOverrides = {}): Promise<AgreementWorld> {
  const [leadOwner, leadSignatory, leadMember, partnerSignatory, partnerMember, strangerMember, admin] = await Promise.all(Array.from({ length: 7 }, () => createUser(db)));
  const [lead, partner, stranger] = await Promise.all([
    createInstitution(db, { countryCode: "KE", createdByUserId: leadOwner!.id }),
    createInstitution(db, { countryCode: "CN", createdByUserId: partnerSignatory!.id }),
    createInstitution(db, { countryCode: "BR", createdByUserId: strangerMember!.id }),
  ]);
  await Promise.all([
    addMembership(db, { institutionId: lead.id, userId: leadOwner!.id, role: "owner" }),
    addMembership(db, { institutionId: lead.id, userId: leadSignatory!.id, isSignatory: true }),
    addMembership(db, { institutionId: lead.id, userId: leadMember!.id }),
    addMembership(db, { institutionId: partner.id, userId: partnerSignatory!.id, role: "owner", isSignatory: true }),
    addMembership(db, { institutionId: partner.id, userId: partnerMember!.id }),
    addMembership(db, { institutionId: stranger.id, userId: strangerMember!.id, role: "owner", isSignatory: true }),
    grantPlatformRole(db, admin!.id, "admin"),
  ]);
  const programme = await createProgramme(db, {
    leadInstitutionId: lead.id,
    createdByUserId: leadOwner!.id,
    status: "open",
    involvesDataSharing: true,
    format: "pilot",
    // Its start date has come: once an agreement is in force, it may start.
    ...STARTED_DATES,
    ...programmeOverrides,
  });
  await addAcceptedParticipant(db, programme.id, partner.id, leadOwner!.id);
  return {
    db,
    lead,
    partner,
    stranger,
    programme,
    leadOwner: leadOwner!,
    leadSignatory: leadSignatory!,
    leadMember: leadMember!,
    partnerSignatory: partnerSignatory!,
    partnerMember: partnerMember!,
    strangerMember: strangerMember!,
    admin: admin!,
  };
}

/** A complete assessment, as the lead's data protection officer records it. */
export const IMPACT_ASSESSMENT: ImpactAssessment = {
  risks: "Re-identification of patients from pseudonymised records.",
  mitigations: "Pseudonymisation before transfer, access limited to named researchers, encryption.",
  residualRisk: "low",
  approvedByName: "Dr Amina Njoroge",
  approvedByRole: "Data protection officer",
  approvedOn: "2026-10-01",
};

/** A pilot's complete content for the world: Kenya → China with a safeguard Kenya accepts. */
export function completePilotContent(w: Pick<AgreementWorld, "lead" | "partner">, overrides: Partial<AgreementContent> = {}): AgreementContent {
  const content = contentFromTemplate("pilot_personal_data", { id: w.lead.id, countryCode: w.lead.countryCode }, [{ id: w.partner.id, countryCode: w.partner.countryCode }], {
    effectiveDate: "2026-01-01",
    expiryDate: "2030-12-31",
  });
  return { ...content, transfers: content.transfers.map((t) => ({ ...t, safeguard: "appropriate_safeguards" as const })), ...overrides };
}

export type AgreementOverrides = {
  status?: AgreementStatus;
  template?: TemplateCode;
  content?: AgreementContent;
  impactAssessment?: ImpactAssessment | null;
  title?: string;
  parentAgreementId?: string | null;
  reference?: string;
  versionNumber?: number;
  /** For pending/in force: which parties have signed (institution → user). */
  signedBy?: { institutionId: string; userId: string }[];
  createdByUserId?: string;
};

/**
 * Inserts an agreement of the world's programme directly in the given state (frozen text and hash
 * for pending_signatures and later), with its parties and, if asked, signatures of round 1.
 */
export async function insertAgreement(w: AgreementWorld, overrides: AgreementOverrides = {}) {
  const { db } = w;
  const status = overrides.status ?? "draft";
  const content = overrides.content ?? completePilotContent(w);
  const impactAssessment = overrides.impactAssessment === undefined ? IMPACT_ASSESSMENT : overrides.impactAssessment;
  const id = newId();
  const reference = overrides.reference ?? `DSA-T-${uniqueSuffix().slice(-8)}`.slice(0, 16);
  const versionNumber = overrides.versionNumber ?? 1;
  const title = overrides.title ?? "Pilot data sharing agreement";
  const frozen = status === "draft" ? null : freeze(signedDocumentOf({ reference, versionNumber, title, content, impactAssessment, effectiveDate: content.effectiveDate, expiryDate: content.expiryDate }, w.programme.reference));
  const signed = overrides.signedBy ?? (status === "in_force" || status === "superseded" || status === "terminated" || status === "expired" ? content.parties.map((p) => ({ institutionId: p.institutionId, userId: signatoryOf(w, p.institutionId) })) : []);
  await db.insert(agreements).values({
    id,
    reference,
    versionNumber,
    parentAgreementId: overrides.parentAgreementId ?? null,
    programmeId: w.programme.id,
    status,
    title,
    content,
    impactAssessment,
    effectiveDate: content.effectiveDate,
    expiryDate: content.expiryDate,
    canonicalContent: frozen?.canonicalContent ?? null,
    contentHash: frozen?.contentHash ?? null,
    signingRound: status === "draft" ? 0 : 1,
    partiesToSign: status === "draft" ? 0 : content.parties.length,
    signaturesGiven: signed.length,
    sentAt: status === "draft" ? null : new Date(),
    inForceAt: status === "draft" || status === "pending_signatures" ? null : new Date(),
    createdByUserId: overrides.createdByUserId ?? w.leadOwner.id,
  });
  const base = Date.now();
  if (content.parties.length) {
    await db.insert(agreementParties).values(content.parties.map((p, i) => ({ agreementId: id, institutionId: p.institutionId, role: p.role, createdAt: new Date(base + i) })));
  }
  if (signed.length && frozen) {
    await db.insert(agreementSignatures).values(signed.map((s) => ({ agreementId: id, institutionId: s.institutionId, userId: s.userId, signingRound: 1, contentHash: frozen.contentHash })));
  }
  return agreementRow(db, id);
}

function signatoryOf(w: AgreementWorld, institutionId: string): string {
  if (institutionId === w.lead.id) return w.leadSignatory.id;
  if (institutionId === w.partner.id) return w.partnerSignatory.id;
  return w.strangerMember.id;
}

export async function agreementRow(db: Executor, id: string) {
  const [row] = await db.select().from(agreements).where(eq(agreements.id, id));
  if (!row) throw new Error(`agreement ${id} not stored`);
  return row;
}

export async function programmeRow(db: Executor, id: string) {
  const [row] = await db.select().from(programmes).where(eq(programmes.id, id));
  if (!row) throw new Error(`programme ${id} not stored`);
  return row;
}
