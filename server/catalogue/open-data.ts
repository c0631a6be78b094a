// Published programmes (open, active, completed) as open data, JSON and CSV, no sign-in.
// Only public fields: nothing about applications, reviews, contacts or who created what.
// Two reads per range: the programmes, then the institutions they name and their hub regions.
import { and, asc, gt, inArray, lte } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { countries, institutions, programmes } from "@/db/schema";
import { CATALOGUE_STATUSES } from "./facets";

/**
 * The published fields and what each means, in CSV column order. Adding one is a change to a
 * public format: append, never rename. List fields are JSON arrays in the JSON export and
 * `;`-separated in the CSV. Dates are YYYY-MM-DD, timestamps ISO 8601 UTC.
 */
export const OPEN_PROGRAMME_FIELDS = {
  reference: "Stable public reference, e.g. PRG-2026-0042; the page is /{locale}/programmes/{reference}",
  title: "Title, as written by the lead institution",
  summary: "Short summary, as written by the lead institution",
  status: "open (taking applications), active (running) or completed",
  working_area: "capacity_building, application or data_governance",
  format: "training, scholarship, joint_lab, pilot, knowledge_exchange, data_infrastructure or standards",
  is_flagship: "true when the platform's administrators designated it a flagship programme",
  lead_institution_id: "Id of the lead institution (see /api/open/institutions.json)",
  lead_institution_name: "Name of the lead institution",
  lead_country_code: "ISO 3166-1 alpha-2 country of the lead institution",
  co_lead_institution_ids: "Ids of the co-lead institutions (list)",
  co_lead_institution_names: "Names of the co-lead institutions (list, same order)",
  hub_country_code: "ISO 3166-1 alpha-2 hub country (the programme's pivotal state)",
  hub_region: "UN M49 region of the hub country",
  spillover_country_codes: "ISO 3166-1 alpha-2 countries the programme is meant to reach (list)",
  sectors: "Sector codes (list; see db/reference/sectors.csv for names and OECD DAC purpose codes)",
  mechanism_code: "Cooperation mechanism code (see db/reference/mechanisms.csv)",
  languages: "ISO 639 codes of the languages of delivery (list)",
  start_date: "Planned start date",
  end_date: "Planned end date",
  application_deadline: "Last day on which institutions may apply",
  capacity: "Maximum number of participating institutions",
  accepted_institutions: "Number of institutions accepted so far",
  budget_amount: "Total budget",
  budget_currency: "ISO 4217 currency of the budget",
  outcome_targets: "Expected outcomes as metric:target (list), metrics people_trained, institutions_reached, models_delivered, datasets_delivered, other",
  published_at: "When it was opened for applications",
  started_at: "When it started (active)",
  closed_at: "When it was completed",
} as const;

export const OPEN_PROGRAMME_COLUMNS = Object.keys(OPEN_PROGRAMME_FIELDS) as (keyof typeof OPEN_PROGRAMME_FIELDS)[];

type Column = keyof typeof OPEN_PROGRAMME_FIELDS;
type Value = string | number | boolean | null | string[];
export type OpenProgramme = Record<Column, Value>;

/**
 * Keyset range of a read: references after `after` up to and including `through`, at most `limit`
 * rows. Every bound is optional; with none this reads every public programme.
 */
export type ReferenceRange = { after?: string | null; through?: string | null; limit?: number };

/**
 * One keyset range of public programmes, by reference (the catalogue-plan test EXPLAINs it: a range
 * of programmes_reference_uq read in order). The programmes alone: joined to institutions, the
 * optimizer started from the institutions and sorted every public programme for each chunk.
 */
export function openProgrammeRowsQuery(db: Executor, range: ReferenceRange) {
  return db
    .select({
      reference: programmes.reference,
      title: programmes.title,
      summary: programmes.summary,
      status: programmes.status,
      workingArea: programmes.workingArea,
      format: programmes.format,
      isFlagship: programmes.isFlagship,
      leadInstitutionId: programmes.leadInstitutionId,
      coLeadInstitutionIds: programmes.coLeadInstitutionIds,
      hubCountry: programmes.hubCountry,
      spilloverCountries: programmes.spilloverCountries,
      sectors: programmes.sectors,
      mechanismCode: programmes.mechanismCode,
      languages: programmes.languages,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
      applicationDeadline: programmes.applicationDeadline,
      capacity: programmes.capacity,
      acceptedCount: programmes.acceptedCount,
      budgetAmount: programmes.budgetAmount,
      budgetCurrency: programmes.budgetCurrency,
      outcomes: programmes.outcomes,
      publishedAt: programmes.publishedAt,
      startedAt: programmes.startedAt,
      closedAt: programmes.closedAt,
    })
    .from(programmes)
    .where(
      and(
        inArray(programmes.status, [...CATALOGUE_STATUSES]),
        range.after ? gt(programmes.reference, range.after) : undefined,
        range.through ? lte(programmes.reference, range.through) : undefined,
      ),
    )
    .orderBy(asc(programmes.reference))
    .limit(range.limit ?? Number.MAX_SAFE_INTEGER);
}

/** Public programmes by reference (a keyset range, or all), with list fields as arrays. */
export async function listOpenProgrammes(db: Executor, range: ReferenceRange = {}): Promise<OpenProgramme[]> {
  const rows = await openProgrammeRowsQuery(db, range);
  if (rows.length === 0) return [];
  const institutionIds = [...new Set(rows.flatMap((r) => [r.leadInstitutionId, ...r.coLeadInstitutionIds]))];
  const hubs = [...new Set(rows.map((r) => r.hubCountry).filter((c): c is string => !!c))];
  const [named, regions] = await Promise.all([
    db.select({ id: institutions.id, name: institutions.name, countryCode: institutions.countryCode }).from(institutions).where(inArray(institutions.id, institutionIds)),
    hubs.length ? db.select({ iso2: countries.iso2, region: countries.region }).from(countries).where(inArray(countries.iso2, hubs)) : Promise.resolve([]),
  ]);
  const byId = new Map(named.map((i) => [i.id, i]));
  const regionOf = new Map(regions.map((c) => [c.iso2, c.region]));
  const names = new Map(named.map((i) => [i.id, i.name]));
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return rows.flatMap((p) => {
    const lead = byId.get(p.leadInstitutionId);
    return lead ? [{ p, leadId: lead.id, leadName: lead.name, leadCountry: lead.countryCode, hubRegion: p.hubCountry ? (regionOf.get(p.hubCountry) ?? null) : null }] : [];
  }).map(({ p, leadId, leadName, leadCountry, hubRegion }) => ({
    reference: p.reference,
    title: p.title,
    summary: p.summary,
    status: p.status,
    working_area: p.workingArea,
    format: p.format,
    is_flagship: p.isFlagship,
    lead_institution_id: leadId,
    lead_institution_name: leadName,
    lead_country_code: leadCountry,
    co_lead_institution_ids: p.coLeadInstitutionIds,
    co_lead_institution_names: p.coLeadInstitutionIds.map((id) => names.get(id)).filter((n): n is string => !!n),
    hub_country_code: p.hubCountry,
    hub_region: hubRegion,
    spillover_country_codes: p.spilloverCountries,
    sectors: p.sectors,
    mechanism_code: p.mechanismCode,
    languages: p.languages,
    start_date: p.startDate,
    end_date: p.endDate,
    application_deadline: p.applicationDeadline,
    capacity: p.capacity,
    accepted_institutions: p.acceptedCount,
    budget_amount: p.budgetAmount,
    budget_currency: p.budgetCurrency,
    outcome_targets: p.outcomes.map((o) => `${o.metric}:${o.target}`),
    published_at: iso(p.publishedAt),
    started_at: iso(p.startedAt),
    closed_at: iso(p.closedAt),
  }));
}

/** The same record for the CSV: lists joined with ";". */
export function toCsvRecord(record: OpenProgramme): Record<Column, string | number | boolean | null> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, Array.isArray(v) ? v.join(";") : v])) as Record<Column, string | number | boolean | null>;
}
