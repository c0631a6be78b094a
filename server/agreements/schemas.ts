// One set of schemas for the agreement forms and the server. A draft may be incomplete (empty
// strings, empty lists, null dates); completeness and the transfer rules are checked when the
// agreement is sent for signature (checks.ts), each problem as an `agreementChecks.*` key.
import "../common/zod-browser";
import { z } from "zod";
import { stepUpProof } from "../step-up/schemas";
import { PARTY_ROLES } from "@/db/schema/agreements";
import { idSchema, versionSchema } from "../institutions/schemas";
import { calendarDate, countryCode } from "../reference/fields";
import { RESIDUAL_RISKS, SAFEGUARDS } from "./content-fields";
import { TEMPLATE_CODES } from "./template-codes";

const isoDate = calendarDate({ format: "agreementChecks.date" });
const country = countryCode("agreementChecks.country");
const text = (max: number) => z.string({ error: "agreementChecks.textTooLong" }).trim().max(max, { error: "agreementChecks.textTooLong" });

export const agreementTitle = z
  .string({ error: "agreementChecks.titleLength" })
  .trim()
  .min(5, { error: "agreementChecks.titleLength" })
  .max(200, { error: "agreementChecks.titleLength" });

export const partySchema = z.object({ institutionId: idSchema, role: z.enum(PARTY_ROLES, { error: "agreementChecks.role" }) });
export const dataCategorySchema = z.object({ name: text(200), personal: z.boolean(), sensitive: z.boolean() });
export const transferSchema = z.object({
  fromCountry: country,
  toCountry: country,
  safeguard: z.enum(SAFEGUARDS, { error: "agreementChecks.safeguardUnknown" }).or(z.literal("")),
});

/** The content of an agreement as a form sends it (a draft: every field may still be empty). */
export const agreementContentSchema = z.object({
  parties: z.array(partySchema).max(30, { error: "agreementChecks.tooMany" }),
  purpose: text(5000),
  dataCategories: z.array(dataCategorySchema).max(50, { error: "agreementChecks.tooMany" }),
  legalBasis: text(2000),
  transfers: z.array(transferSchema).max(50, { error: "agreementChecks.tooMany" }),
  retentionPeriod: text(500),
  deletionAtEnd: z.boolean(),
  securityMeasures: text(5000),
  onwardTransfer: text(2000),
  breachNotificationHours: z
    .number({ error: "agreementChecks.breachHours" })
    .int({ error: "agreementChecks.breachHours" })
    .min(1, { error: "agreementChecks.breachHours" })
    .max(720, { error: "agreementChecks.breachHours" })
    .nullable(),
  auditRights: text(2000),
  governingLaw: text(500),
  disputeResolution: text(2000),
  clauses: text(50_000),
  effectiveDate: isoDate.nullable(),
  expiryDate: isoDate.nullable(),
});

export const impactAssessmentSchema = z.object({
  risks: z.string().trim().min(10, { error: "agreementChecks.assessmentText" }).max(5000, { error: "agreementChecks.assessmentText" }),
  mitigations: z.string().trim().min(10, { error: "agreementChecks.assessmentText" }).max(5000, { error: "agreementChecks.assessmentText" }),
  residualRisk: z.enum(RESIDUAL_RISKS, { error: "agreementChecks.residualRiskRequired" }),
  approvedByName: z.string().trim().min(2, { error: "agreementChecks.required" }).max(200, { error: "agreementChecks.textTooLong" }),
  approvedByRole: z.string().trim().min(2, { error: "agreementChecks.required" }).max(200, { error: "agreementChecks.textTooLong" }),
  approvedOn: isoDate,
});

const agreementId = idSchema;
const version = versionSchema;
const sha256 = z.string().max(64, { error: "agreementChecks.hash" }).regex(/^[0-9a-f]{64}$/, { error: "agreementChecks.hash" });

export const createAgreementInput = z.object({ programmeId: idSchema, template: z.enum(TEMPLATE_CODES, { error: "agreementChecks.template" }), title: agreementTitle });
export const agreementIdInput = z.object({ agreementId });
export const agreementVersionInput = z.object({ agreementId, version });
export const updateAgreementInput = z.object({ agreementId, version, title: agreementTitle, content: agreementContentSchema });
export const recordImpactAssessmentInput = z.object({ agreementId, version, assessment: impactAssessmentSchema });
export const signAgreementInput = z.object({
  agreementId,
  institutionId: idSchema,
  contentHash: sha256,
  password: z.string({ error: "agreementChecks.passwordRequired" }).min(1, { error: "agreementChecks.passwordRequired" }).max(200),
  /** A second factor (server/step-up/), required when the platform or the signatory asks for one. */
  proof: stepUpProof.optional(),
});
export const terminateAgreementInput = z.object({
  agreementId,
  version,
  reason: z.string({ error: "agreementChecks.reasonRequired" }).trim().min(3, { error: "agreementChecks.reasonRequired" }).max(2000, { error: "agreementChecks.textTooLong" }),
  institutionId: idSchema.optional(),
});
export const programmeAgreementsInput = z.object({ programmeId: idSchema });
export const institutionAgreementsInput = z.object({ institutionId: idSchema });

export type CreateAgreementInput = z.infer<typeof createAgreementInput>;
export type UpdateAgreementInput = z.infer<typeof updateAgreementInput>;
export type RecordImpactAssessmentInput = z.infer<typeof recordImpactAssessmentInput>;
export type SignAgreementInput = z.infer<typeof signAgreementInput>;
export type TerminateAgreementInput = z.infer<typeof terminateAgreementInput>;
export type AgreementContentInput = z.infer<typeof agreementContentSchema>;
