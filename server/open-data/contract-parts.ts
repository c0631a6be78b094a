// Pieces shared by the output contracts of public procedures (server/trpc/outputs/) and of the
// open-data files (contracts.ts): each lists exactly the fields it lets out. zod objects strip
// every other key, so a field added to a query never reaches the public unless it is added here.
import { z } from "zod";
import { FUNDING_SIDES, OUTCOME_METRICS, PROGRAMME_FORMATS, PROGRAMME_STATUSES, WORKING_AREAS } from "@/db/schema/programmes";

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
