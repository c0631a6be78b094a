import { date, index, int, mediumtext, mysqlEnum, mysqlTable, text, uniqueIndex, varchar, char } from "drizzle-orm/mysql-core";
import { createdAt, idColumn, jsonText, ref, updatedAt, utc, versionColumn } from "../columns";
import { institutions } from "./institutions";
import { programmes } from "./programmes";
import { SECOND_FACTOR_KINDS } from "./second-factors";
import { users } from "./users";

const restrict = { onDelete: "restrict" } as const;

/** Stored states; `expired` is also derived at read time from the expiry date (see server/agreements). */
export const AGREEMENT_STATUSES = ["draft", "pending_signatures", "in_force", "superseded", "terminated", "expired"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const PARTY_ROLES = ["provider", "recipient", "both"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/**
 * A data-sharing agreement version. An amendment is a new row whose parent is the version it
 * amends; `content` holds every field of the agreement (server/agreements/content.ts types it).
 */
export const agreements = mysqlTable(
  "agreements",
  {
    id: idColumn(),
    /** DSA-2026-0007; amendments keep their parent's reference with the next version number. */
    reference: varchar("reference", { length: 16 }).notNull(),
    versionNumber: int("version_number").notNull().default(1),
    parentAgreementId: ref("parent_agreement_id"),
    programmeId: ref("programme_id").notNull().references(() => programmes.id, restrict),
    status: mysqlEnum("status", AGREEMENT_STATUSES).notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    content: jsonText<Record<string, unknown>>("content").notNull(),
    impactAssessment: jsonText<Record<string, unknown>>("impact_assessment"),
    effectiveDate: date("effective_date", { mode: "string" }),
    expiryDate: date("expiry_date", { mode: "string" }),
    /** Frozen when sent for signature: the canonical JSON of the content and its SHA-256 (hex). */
    canonicalContent: mediumtext("canonical_content"),
    contentHash: char("content_hash", { length: 64 }),
    /** Incremented at each sending for signature; a signature belongs to one round. */
    signingRound: int("signing_round").notNull().default(0),
    /** Parties that must sign in the current round, and signatures given in it (the in-force guard reads these under the row lock). */
    partiesToSign: int("parties_to_sign").notNull().default(0),
    signaturesGiven: int("signatures_given").notNull().default(0),
    sentAt: utc("sent_at"),
    inForceAt: utc("in_force_at"),
    endedAt: utc("ended_at"),
    terminationReason: text("termination_reason"),
    /** When the parties' signatories were warned that it expires soon (the agreement-expiry-warnings job; once per version). */
    expiryWarnedAt: utc("expiry_warned_at"),
    createdByUserId: ref("created_by_user_id").notNull().references(() => users.id, restrict),
    version: versionColumn(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("agreements_reference_version_uq").on(t.reference, t.versionNumber),
    index("agreements_programme_idx").on(t.programmeId, t.status),
    index("agreements_parent_idx").on(t.parentAgreementId),
    index("agreements_created_by_idx").on(t.createdByUserId),
    index("agreements_status_idx").on(t.status, t.expiryDate),
  ],
);

export const agreementParties = mysqlTable(
  "agreement_parties",
  {
    id: idColumn(),
    agreementId: ref("agreement_id").notNull().references(() => agreements.id, restrict),
    institutionId: ref("institution_id").notNull().references(() => institutions.id, restrict),
    role: mysqlEnum("role", PARTY_ROLES).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("agreement_parties_uq").on(t.agreementId, t.institutionId), index("agreement_parties_institution_idx").on(t.institutionId)],
);

export const SIGNATURE_STATUSES = ["valid", "voided"] as const;

/** One signature per party institution and signing round; voided when the agreement is edited. */
export const agreementSignatures = mysqlTable(
  "agreement_signatures",
  {
    id: idColumn(),
    agreementId: ref("agreement_id").notNull().references(() => agreements.id, restrict),
    institutionId: ref("institution_id").notNull().references(() => institutions.id, restrict),
    userId: ref("user_id").notNull().references(() => users.id, restrict),
    signingRound: int("signing_round").notNull(),
    contentHash: char("content_hash", { length: 64 }).notNull(),
    status: mysqlEnum("status", SIGNATURE_STATUSES).notNull().default("valid"),
    signedAt: utc("signed_at").notNull().$defaultFn(() => new Date()),
    voidedAt: utc("voided_at"),
    /** The second factor the signatory proved at the moment of signing (server/step-up/). */
    secondFactor: mysqlEnum("second_factor", SECOND_FACTOR_KINDS).notNull().default("none"),
  },
  (t) => [
    uniqueIndex("agreement_signatures_round_uq").on(t.agreementId, t.institutionId, t.signingRound),
    index("agreement_signatures_institution_idx").on(t.institutionId),
    index("agreement_signatures_user_idx").on(t.userId),
  ],
);
