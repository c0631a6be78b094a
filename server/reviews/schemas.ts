import "../common/zod-browser";
import { z } from "zod";
import { DECISION_OUTCOMES, RECOMMENDATIONS } from "@/db/schema/reviews";
import { requiredReason } from "../common/schemas";
import { idSchema, versionSchema } from "../institutions/schemas";

const MAX_CRITERIA = 20;

export const assignPanelInput = z.object({
  programmeId: idSchema,
  version: versionSchema,
  reviewerIds: z.array(idSchema).max(10),
  /** Omit when the panel already has a chair (e.g. adding a reviewer after a recusal). */
  chairId: idSchema.optional(),
});

export const submitReviewInput = z.object({
  programmeId: idSchema,
  /** One score per rubric criterion (at most 20 criteria: see updateRubricInput). */
  scores: z
    .record(z.string().max(40), z.number().int().min(1, { error: "validation.score" }).max(5, { error: "validation.score" }))
    .refine((scores) => Object.keys(scores).length <= MAX_CRITERIA, { error: "validation.score" })
    .meta({ maxEntries: MAX_CRITERIA }),
  commentsToProposer: z.string().trim().min(1, { error: "validation.required" }).max(10_000),
  confidentialComments: z.string().trim().max(10_000).default(""),
  recommendation: z.enum(RECOMMENDATIONS, { error: "validation.required" }),
});

export const recuseInput = z.object({ programmeId: idSchema, reason: requiredReason });

export const decideInput = z.object({
  programmeId: idSchema,
  version: versionSchema,
  outcome: z.enum(DECISION_OUTCOMES),
  letter: z.string().trim().min(1, { error: "validation.letterRequired" }).max(20_000),
  overrideReason: z.string().trim().max(2000).optional(),
});

export const updateRubricInput = z.object({
  criteria: z.array(z.object({ code: z.string().max(40), weight: z.number().int().min(0).max(100), active: z.boolean() })).min(1).max(MAX_CRITERIA),
});
