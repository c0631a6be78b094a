// Pieces shared by the output contracts of public procedures (server/trpc/outputs/) and of the
// open-data files (contracts.ts): each lists exactly the fields it lets out. zod objects strip
// every other key, so a field added to a query never reaches the public unless it is added here.
import { z } from "zod";
import { FUNDING_SIDES, OUTCOME_METRICS, PROGRAMME_FORMATS, PROGRAMME_STATUSES, WORKING_AREAS } from "@/db/schema/programmes";
import { REPORT_PERIODS } from "@/db/schema/reports";

export const programmeStatusOut = z.enum(PROGRAMME_STATUSES);
export const workingAreaOut = z.enum(WORKING_AREAS).nullable();
export const formatOut = z.enum(PROGRAMME_FORMATS).nullable();
export const codesOut = z.array(z.string());
/** A date column (YYYY-MM-DD) that may be empty. */
export const dayOut = z.string().nullable();

export const fundingSourceOut = z.object({ name: z.string(), side: z.enum(FUNDING_SIDES), amount: z.number() });
export const outcomeTargetOut = z.object({ metric: z.enum(OUTCOME_METRICS), target: z.number(), description: z.string() });
export const outcomeReportOut = z.object({ results: z.array(outcomeTargetOut.extend({ achieved: z.number() })), narrative: z.string() });

/** An institution as named beside a programme: no members, no contacts. */
export const namedInstitutionOut = z.object({ id: z.string(), name: z.string(), countryCode: z.string() });

/** A programme's public content: what its page in the catalogue shows to anyone once it is open. */
export const programmePublicShape = {
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  workingArea: workingAreaOut,
  format: formatOut,
  isFlagship: z.boolean(),
  hubCountry: z.string().nullable(),
  spilloverCountries: codesOut,
  sectors: codesOut,
  languages: codesOut,
  startDate: dayOut,
  endDate: dayOut,
  applicationDeadline: dayOut,
  budgetAmount: z.number().nullable(),
  budgetCurrency: z.string().nullable(),
  fundingSources: z.array(fundingSourceOut),
  capacity: z.number().nullable(),
  acceptedCount: z.number(),
  outcomes: z.array(outcomeTargetOut),
  outcomeReport: outcomeReportOut.nullable(),
  involvesDataSharing: z.boolean(),
  publishedAt: z.date().nullable(),
  startedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
};

/** Which report, for which period. */
export const reportPeriodShape = {
  slug: z.string(),
  title: z.string(),
  periodKind: z.enum(REPORT_PERIODS),
  periodStart: z.string(),
  periodEnd: z.string(),
};
