// zod inputs of reviewer matching (issue #17), shared by the forms and the procedures.
import "../common/zod-browser";
import { z } from "zod";
import { BID_LEVELS, type BidLevel } from "@/db/schema/matching";

export { BID_LEVELS, type BidLevel };
import { idSchema, versionSchema } from "../institutions/schemas";
import { calendarDate, countryCode, languageCode, sectorCode } from "../reference/fields";
import { REGIONS } from "../reference/regions";
import { WORKING_AREAS } from "../vocabulary";

export const MAX_CAPACITY = 40;
export const MAX_UNAVAILABLE_PERIODS = 12;
/** Proposals in one batch (the oldest awaiting a panel first). */
export const MAX_BATCH = 100;

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const unavailablePeriod = z
  .object({ from: calendarDate({ format: "validation.date" }), to: calendarDate({ format: "validation.date" }) })
  .refine((p) => p.from <= p.to, { error: "matching.profile.periodOrder", path: ["to"] });

export const reviewerProfileFields = z.object({
  sectors: z.array(sectorCode()).max(30).refine(unique, { error: "matching.profile.duplicate" }),
  workingAreas: z.array(z.enum(WORKING_AREAS)).max(WORKING_AREAS.length).refine(unique, { error: "matching.profile.duplicate" }),
  countriesKnown: z.array(countryCode()).max(60).refine(unique, { error: "matching.profile.duplicate" }),
  regionsKnown: z.array(z.enum(REGIONS)).max(REGIONS.length).refine(unique, { error: "matching.profile.duplicate" }),
  languages: z.array(languageCode()).min(1, { error: "matching.profile.languagesRequired" }).max(20).refine(unique, { error: "matching.profile.duplicate" }),
  capacity: z.number({ error: "matching.profile.capacityRange" }).int({ error: "matching.profile.capacityRange" }).min(0, { error: "matching.profile.capacityRange" }).max(MAX_CAPACITY, { error: "matching.profile.capacityRange" }),
  unavailable: z.array(unavailablePeriod).max(MAX_UNAVAILABLE_PERIODS),
  chairEligible: z.boolean(),
});
export type ReviewerProfileFields = z.infer<typeof reviewerProfileFields>;

/** `version` is the profile's version as read (0 when there was none yet). */
export const updateReviewerProfileInput = reviewerProfileFields.extend({ version: z.number().int().min(0).max(2_147_483_647) });
export type UpdateReviewerProfileInput = z.infer<typeof updateReviewerProfileInput>;

export const reviewerIdInput = z.object({ userId: idSchema });

/** A bid, or `null` to withdraw it. */
export const placeBidInput = z.object({ programmeId: idSchema, bid: z.enum(BID_LEVELS).nullable() });
export type PlaceBidInput = z.infer<typeof placeBidInput>;

export const openForBidsInput = z.object({ page: z.number().int().min(1).max(1000).default(1) });

export const batchOptionsInput = z.object({ excludeLeadCountry: z.boolean().default(false) });
export type BatchOptions = z.infer<typeof batchOptionsInput>;

export const batchPanelInput = z.object({
  programmeId: idSchema,
  /** The programme's version in the preview: a change since then makes the commit a CONFLICT. */
  version: versionSchema,
  reviewerIds: z.array(idSchema).max(10),
  chairId: idSchema.nullable(),
});
export const commitBatchInput = batchOptionsInput.extend({ panels: z.array(batchPanelInput).min(1).max(MAX_BATCH) });
export type CommitBatchInput = z.infer<typeof commitBatchInput>;
