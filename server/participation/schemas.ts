// Input schemas of the participation workflow, shared by the forms (apply page, decision
// forms) and the server. Messages are catalogue keys, like the other modules' schemas.
import "../common/zod-browser";
import { z } from "zod";
import { idSchema, versionSchema } from "../institutions/schemas";

const version = versionSchema;
const optionalReason = z
  .string()
  .trim()
  .max(2000, { error: "validation.reasonLength" })
  .optional();

export const applyInput = z.object({
  programmeId: idSchema,
  institutionId: idSchema,
  motivation: z
    .string({ error: "participation.validation.motivation" })
    .trim()
    .min(20, { error: "participation.validation.motivation" })
    .max(5000, { error: "participation.validation.motivation" }),
  contactName: z
    .string({ error: "participation.validation.contactName" })
    .trim()
    .min(2, { error: "participation.validation.contactName" })
    .max(120, { error: "participation.validation.contactName" }),
  contactEmail: z
    .string({ error: "validation.email" })
    .trim()
    .toLowerCase()
    .max(254, { error: "validation.email" })
    .pipe(z.email({ error: "validation.email" }).max(254, { error: "validation.email" })),
});
export type ApplyInput = z.infer<typeof applyInput>;

export const PARTICIPATION_DECISIONS = ["accept", "decline"] as const;
export type ParticipationDecision = (typeof PARTICIPATION_DECISIONS)[number];

/** The lead accepts or declines a pending application; a reason is optional (shown to the applicant). */
export const decideParticipationInput = z.object({
  participationId: idSchema,
  version,
  decision: z.enum(PARTICIPATION_DECISIONS),
  reason: optionalReason,
});
export type DecideParticipationInput = z.infer<typeof decideParticipationInput>;

export const withdrawParticipationInput = z.object({ participationId: idSchema, version });
export type WithdrawParticipationInput = z.infer<typeof withdrawParticipationInput>;

export const leaveParticipationInput = z.object({ participationId: idSchema, version, reason: optionalReason });
export type LeaveParticipationInput = z.infer<typeof leaveParticipationInput>;

/** The applications to a programme, a page at a time (pending ones first). */
export const participationProgrammeInput = z.object({ programmeId: idSchema, page: z.number().int().min(1).max(10_000).default(1) });
export const APPLICATIONS_PAGE_SIZE = 100;
export const participationInstitutionInput = z.object({ institutionId: idSchema });
