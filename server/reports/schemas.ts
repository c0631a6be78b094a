// zod inputs of the reports router, shared with the admin forms. Messages are catalogue keys.
import "../common/zod-browser";
import { z } from "zod";
import { REPORT_PERIODS } from "@/db/schema/reports";
import { idSchema, versionSchema } from "../institutions/schemas";
import { calendarDate } from "../reference/fields";

const isoDate = calendarDate({ format: "validation.date" });

const title = z.string().trim().min(5, { error: "validation.titleLength" }).max(200, { error: "validation.titleLength" });
const threshold = z.number().int().min(1).max(100);

const period = {
  periodKind: z.enum(REPORT_PERIODS),
  periodStart: isoDate,
  periodEnd: isoDate,
};

/** The end may not come before the start (a one-day period is allowed). */
const endNotBeforeStart = <T extends { periodStart: string; periodEnd: string }>(v: T) => v.periodEnd >= v.periodStart;
const periodRefinement = { error: "validation.endAfterStart", path: ["periodEnd"] };

export const createReportInput = z
  .object({
    title,
    ...period,
    supersedesReportId: idSchema.optional(),
    suppressionThreshold: threshold.optional(),
  })
  .refine(endNotBeforeStart, periodRefinement);
export type CreateReportInput = z.infer<typeof createReportInput>;

export const updateReportInput = z
  .object({
    reportId: idSchema,
    version: versionSchema,
    title,
    narrative: z.string().max(100_000),
    methodology: z.string().max(100_000),
    ...period,
    suppressionThreshold: threshold,
  })
  .refine(endNotBeforeStart, periodRefinement);
export type UpdateReportInput = z.infer<typeof updateReportInput>;

export const reportVersionInput = z.object({ reportId: idSchema, version: versionSchema });
export const reportIdInput = z.object({ reportId: idSchema });

export const liveFiguresInput = z
  .object({ periodStart: isoDate, periodEnd: isoDate, suppressionThreshold: threshold.optional() })
  .refine(endNotBeforeStart, periodRefinement);

export const publishedReportsInput = z.object({ page: z.number().int().min(1).max(10_000).default(1) }).default({ page: 1 });

export const slugSchema = z
  .string()
  .trim()
  .max(40, { error: "validation.invalidId" })
  .toLowerCase()
  .regex(/^[0-9a-z-]{4,40}$/, { error: "validation.invalidId" });
export const reportSlugInput = z.object({ slug: slugSchema });
