// The open-data files (app/api/open/**) are built from these schemas: each lists exactly the
// fields an outsider may read, and parsing strips anything else, so a column added to a query
// stays private until it is added here (and to the allow-list of
// tests/integration/output-contracts.integration-test.ts).
import { z } from "zod";
import { INSTITUTION_TYPES } from "@/db/schema/institutions";
import { OPEN_INSTITUTION_COLUMNS } from "../institutions/open-data";
import type { OPEN_PROGRAMME_COLUMNS } from "../catalogue/open-data";
import { IATI_STATUSES } from "../reports/iati";
import { codesOut, dayOut, formatOut, fundingSourceOut, outcomeReportOut, outcomeTargetOut, reportPeriodShape, workingAreaOut } from "./contract-parts";
import { publicFiguresOut } from "./figures-contract";

const textOrNull = z.string().nullable();
const fileHeader = { generatedAt: z.string(), count: z.number(), licence: z.string() };

/** /api/open/institutions.json|.csv: one record per verified institution. */
export const openInstitutionOut = z.object(Object.fromEntries(OPEN_INSTITUTION_COLUMNS.map((c) => [c, textOrNull])) as Record<(typeof OPEN_INSTITUTION_COLUMNS)[number], typeof textOrNull>);
export const institutionsFileOut = z.object({ ...fileHeader, institutions: z.array(openInstitutionOut) });

/** /api/open/programmes.json|.csv: one record per published programme (lists are arrays here, ";"-joined in the CSV). */
export const openProgrammeOut = z.object({
  reference: z.string(),
  title: z.string(),
  summary: z.string(),
  status: z.string(),
  working_area: workingAreaOut,
  format: formatOut,
  is_flagship: z.boolean(),
  lead_institution_id: z.string(),
  lead_institution_name: z.string(),
  lead_country_code: z.string(),
  co_lead_institution_ids: codesOut,
  co_lead_institution_names: codesOut,
  hub_country_code: textOrNull,
  hub_region: textOrNull,
  spillover_country_codes: codesOut,
  sectors: codesOut,
  mechanism_code: textOrNull,
  languages: codesOut,
  start_date: dayOut,
  end_date: dayOut,
  application_deadline: dayOut,
  capacity: z.number().nullable(),
  accepted_institutions: z.number(),
  budget_amount: z.number().nullable(),
  budget_currency: textOrNull,
  outcome_targets: codesOut,
  published_at: textOrNull,
  started_at: textOrNull,
  closed_at: textOrNull,
} satisfies Record<(typeof OPEN_PROGRAMME_COLUMNS)[number], z.ZodType>);
export const programmesFileOut = z.object({ ...fileHeader, fields: z.record(z.string(), z.string()), programmes: z.array(openProgrammeOut) });
/** /api/open/programmes.json: one page of the same records; `next` is the next page's URL (also in the Link header). */
export const programmesPageOut = programmesFileOut.extend({ limit: z.number(), next: z.string().nullable() });

const linkedSlug = z.string().nullable();

/** /api/open/reports.json: the published reports, with links to each one's files. */
export const reportsIndexOut = z.object({
  ...fileHeader,
  schema: z.string(),
  reports: z.array(
    z.object({
      ...reportPeriodShape,
      publishedAt: z.string(),
      supersedes: linkedSlug,
      supersededBy: linkedSlug,
      json: z.string(),
      csv: z.string(),
    }),
  ),
});

/** /api/open/reports/<slug>.json: one published report with its public (suppressed) figures. */
export const reportFileOut = z.object({
  $schema: z.string(),
  ...reportPeriodShape,
  publishedAt: z.string(),
  suppressionThreshold: z.number(),
  licence: z.string(),
  supersedes: linkedSlug,
  supersededBy: linkedSlug,
  links: z.object({ json: z.string(), csv: z.string() }),
  narrative: z.string(),
  methodology: z.string(),
  figures: publicFiguresOut,
  auditHead: z.object({ hash: z.string(), entries: z.number() }).nullable(),
  transparencyLog: z.object({ leafHash: z.string(), figuresSha256: z.string() }),
});

const iatiOrgOut = z.object({ name: z.string(), type: z.enum(INSTITUTION_TYPES) });

/** The parts of /api/open/iati-activities.xml: one activity per approved programme, organisations by name and type only. */
export const iatiActivityOut = z.object({
  reference: z.string(),
  status: z.enum(IATI_STATUSES),
  title: z.string(),
  summary: z.string(),
  lead: iatiOrgOut,
  coLeads: z.array(iatiOrgOut),
  participants: z.array(iatiOrgOut),
  fundingSources: z.array(fundingSourceOut),
  hubCountry: textOrNull,
  spilloverCountries: codesOut,
  sectors: z.array(z.object({ code: z.string(), dacCode: textOrNull })),
  startDate: dayOut,
  endDate: dayOut,
  startedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  budgetAmount: z.number().nullable(),
  budgetCurrency: textOrNull,
  outcomes: z.array(outcomeTargetOut),
  outcomeReport: outcomeReportOut.nullable(),
  updatedAt: z.date(),
});
export const iatiActivitiesOut = z.array(iatiActivityOut);

/**
 * /api/open/audit-head.json: the newest head of the tamper-evident audit chain — the id and time of
 * its newest entry, the entry count and the head hash — and nothing of the entry's content.
 */
export const auditHeadFileOut = z.object({
  entryId: z.number().nullable(),
  entries: z.number(),
  hash: z.string(),
  occurredAt: z.string().nullable(),
  generatedAt: z.string(),
});
