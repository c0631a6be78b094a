// One schema for the proposal form and the server. Drafts may be incomplete; submission
// checks `programmeContent` in full and answers with a message key per field.
import "../common/zod-browser";
import { z } from "zod";
import { FUNDING_SIDES, OUTCOME_METRICS, PROGRAMME_FORMATS, WORKING_AREAS } from "@/db/schema/programmes";
import { requiredReason } from "../common/schemas";
import { idSchema, versionSchema } from "../institutions/schemas";
import { calendarDate, countryCode, currencyCode, languageCode, mechanismCode, sectorCode } from "../reference/fields";

// Codes are checked against the reference lists (server/reference/fields.ts) and dates against
// the calendar, so an unknown code or 2026-02-31 is a field message, never a database error.
const isoDate = calendarDate({ format: "validation.date" });
const country = countryCode();
const version = versionSchema;

export const programmeFields = {
  title: z.string({ error: "validation.titleLength" }).trim().min(5, { error: "validation.titleLength" }).max(200, { error: "validation.titleLength" }),
  summary: z.string({ error: "validation.summaryLength" }).trim().min(20, { error: "validation.summaryLength" }).max(1000, { error: "validation.summaryLength" }),
  description: z.string({ error: "validation.programmeDescriptionLength" }).trim().min(50, { error: "validation.programmeDescriptionLength" }).max(50_000, { error: "validation.programmeDescriptionLength" }),
  workingArea: z.enum(WORKING_AREAS, { error: "validation.workingArea" }),
  format: z.enum(PROGRAMME_FORMATS, { error: "validation.format" }),
  sectors: z.array(sectorCode(), { error: "validation.sectors" }).min(1, { error: "validation.sectors" }).max(5, { error: "validation.sectors" }),
  mechanismCode: mechanismCode(),
  coLeadInstitutionIds: z.array(idSchema).max(10, { error: "validation.coLeads" }),
  hubCountry: country,
  spilloverCountries: z.array(country).min(1, { error: "validation.spillover" }).max(60, { error: "validation.spillover" }),
  startDate: isoDate,
  endDate: isoDate,
  applicationDeadline: isoDate,
  budgetAmount: z.number({ error: "validation.budget" }).positive({ error: "validation.budget" }).max(1e12, { error: "validation.budget" }),
  budgetCurrency: currencyCode(),
  fundingSources: z
    .array(
      z.object({
        name: z.string({ error: "validation.fundingName" }).trim().min(2, { error: "validation.fundingName" }).max(200, { error: "validation.fundingName" }),
        side: z.enum(FUNDING_SIDES, { error: "validation.fundingSide" }),
        amount: z.number({ error: "validation.fundingAmount" }).nonnegative({ error: "validation.fundingAmount" }).max(1e12, { error: "validation.fundingAmount" }),
      }),
    )
    .min(1, { error: "validation.fundingSources" })
    .max(20),
  capacity: z.number({ error: "validation.capacity" }).int({ error: "validation.capacity" }).min(1, { error: "validation.capacity" }).max(10_000, { error: "validation.capacity" }),
  languages: z.array(languageCode(), { error: "validation.languages" }).min(1, { error: "validation.languages" }).max(10, { error: "validation.languages" }),
  outcomes: z
    .array(
      z.object({
        metric: z.enum(OUTCOME_METRICS),
        target: z.number().int().min(1, { error: "validation.outcomeTarget" }).max(10_000_000),
        description: z.string().trim().max(300),
      }),
    )
    .min(1, { error: "validation.outcomes" })
    .max(20),
  involvesDataSharing: z.boolean({ error: "validation.required" }),
};

const dateOrder = (c: { startDate: string; endDate: string; applicationDeadline: string }, ctx: z.RefinementCtx) => {
  if (c.endDate <= c.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "validation.endAfterStart" });
  if (c.applicationDeadline > c.startDate) ctx.addIssue({ code: "custom", path: ["applicationDeadline"], message: "validation.deadlineBeforeStart" });
};

/** Everything a proposal must hold to be submitted. */
export const programmeContent = z.object(programmeFields).superRefine((c, ctx) => {
  dateOrder(c, ctx);
  const funded = c.fundingSources.reduce((sum, f) => sum + f.amount, 0);
  if (Math.abs(funded - c.budgetAmount) > 0.005) ctx.addIssue({ code: "custom", path: ["fundingSources"], message: "validation.fundingTotal" });
});
export type ProgrammeContent = z.infer<typeof programmeContent>;

/** A draft's mechanism: empty (not chosen yet, stored as null) or a known code. */
const draftMechanism = z
  .string({ error: "validation.mechanism" })
  .trim()
  .max(32, { error: "validation.mechanism" })
  .pipe(z.union([z.literal("").transform(() => null), mechanismCode()]))
  .nullable();

/**
 * A draft: every field optional and clearable (null or an empty list) except the title;
 * types and upper bounds are still checked. Completeness is checked at submission.
 */
const draftFields = {
  title: programmeFields.title,
  summary: z.string().trim().max(1000, { error: "validation.summaryLength" }),
  description: z.string().trim().max(50_000, { error: "validation.programmeDescriptionLength" }),
  workingArea: programmeFields.workingArea.nullable(),
  format: programmeFields.format.nullable(),
  sectors: z.array(sectorCode(), { error: "validation.sectors" }).max(5, { error: "validation.sectors" }),
  mechanismCode: draftMechanism,
  coLeadInstitutionIds: programmeFields.coLeadInstitutionIds,
  hubCountry: country.nullable(),
  spilloverCountries: z.array(country).max(60, { error: "validation.spillover" }),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  applicationDeadline: isoDate.nullable(),
  budgetAmount: z.number({ error: "validation.budget" }).nonnegative({ error: "validation.budget" }).max(1e12, { error: "validation.budget" }).nullable(),
  budgetCurrency: programmeFields.budgetCurrency.nullable(),
  fundingSources: programmeFields.fundingSources.unwrap().array().max(20),
  capacity: z.number({ error: "validation.capacity" }).int({ error: "validation.capacity" }).min(0).max(10_000, { error: "validation.capacity" }).nullable(),
  languages: z.array(languageCode(), { error: "validation.languages" }).max(10, { error: "validation.languages" }),
  outcomes: programmeFields.outcomes.unwrap().array().max(20),
  involvesDataSharing: programmeFields.involvesDataSharing,
};
export const programmeDraft = z.object(draftFields).partial().required({ title: true });
export type ProgrammeDraft = z.infer<typeof programmeDraft>;

export const createProgrammeInput = programmeDraft.extend({ leadInstitutionId: idSchema });
/** Saving: any subset of the fields (the form sends them all; tests and scripts may patch one). */
export const updateProgrammeInput = programmeDraft.partial().extend({ programmeId: idSchema, version });
export const programmeIdInput = z.object({ programmeId: idSchema });
export const programmeVersionInput = z.object({ programmeId: idSchema, version });
export const revisionDiffInput = z.object({ programmeId: idSchema, from: z.number().int().min(1).max(10_000), to: z.number().int().min(1).max(10_000) });

// ---- After approval: publish, start, complete, cancel, flagship ----

/** publish / start: the version the page showed (optimistic locking). */
export const programmeLifecycleInput = programmeVersionInput;

/**
 * Closing a programme: for each expected outcome (matched by metric and target) what was
 * achieved, and a narrative. The use case checks that every expected outcome is reported.
 */
export const completeProgrammeInput = z.object({
  programmeId: idSchema,
  version,
  results: z
    .array(
      z.object({
        metric: z.enum(OUTCOME_METRICS),
        target: z.number().int().min(1).max(10_000_000),
        achieved: z.number({ error: "programmes.lifecycle.validation.achieved" }).int({ error: "programmes.lifecycle.validation.achieved" }).min(0, { error: "programmes.lifecycle.validation.achieved" }).max(10_000_000, { error: "programmes.lifecycle.validation.achieved" }),
        description: z.string().trim().max(300),
      }),
    )
    .min(1, { error: "programmes.lifecycle.validation.results" })
    .max(20),
  narrative: z
    .string({ error: "programmes.lifecycle.validation.narrative" })
    .trim()
    .min(20, { error: "programmes.lifecycle.validation.narrative" })
    .max(20_000, { error: "programmes.lifecycle.validation.narrative" }),
});
export type CompleteProgrammeInput = z.infer<typeof completeProgrammeInput>;

export const cancelProgrammeInput = z.object({
  programmeId: idSchema,
  version,
  reason: requiredReason,
});
export type CancelProgrammeInput = z.infer<typeof cancelProgrammeInput>;

export const setFlagshipInput = z.object({ programmeId: idSchema, version, flagship: z.boolean() });
export type SetFlagshipInput = z.infer<typeof setFlagshipInput>;
