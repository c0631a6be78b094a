// Approved programmes as IATI 2.03 activities (/api/open/iati-activities.xml), valid against the
// official activity schema (db/reference/iati/iati-activities-schema.xsd; element order follows
// the XSD's sequence). Choices, with the codelists they use:
//  - Scope: every programme approved by review and made public or run afterwards: approved,
//    open, active, completed and cancelled (cancelled ones stay in the aid record, status 5).
//    Proposals not (yet) approved are never published.
//  - reporting-org: the platform itself. Its IATI organisation identifier comes from the
//    environment variable IATI_REPORTING_ORG_REF; the default "XX-SOUTHBRIDGE" is a deliberate
//    placeholder (the "XX" prefix is not a registration agency) until the operator registers the
//    platform with IATI. Organisation type 90 (Other). It reports as a secondary reporter (it
//    publishes what the lead institutions declared).
//  - iati-identifier: <reporting-org ref>-<programme reference>, e.g. XX-SOUTHBRIDGE-PRG-2026-0042.
//  - participating-org (OrganisationRole): the lead institution is 2 Accountable and 4
//    Implementing; co-leads and accepted participants are 4 Implementing; named funding sources
//    are 1 Funding. OrganisationType from the institution type: university and research institute
//    80 Academic/Training/Research, government agency 10, company 70, NGO 22 National NGO,
//    intergovernmental organisation 40 Multilateral. No @ref: platform ids are not IATI ids.
//  - activity-status (ActivityStatus): approved and open 1 Pipeline/identification (not started),
//    active 2 Implementation, completed 4 Closed, cancelled 5 Cancelled.
//  - activity-date (ActivityDateType): 1 planned start and 3 planned end from the programme's
//    dates; 2 actual start when started; 4 actual end when completed or cancelled.
//  - recipient-country: the hub and every spillover country, equal percentages adding up to 100.
//  - sector: OECD DAC 5-digit purpose codes (vocabulary 1) of the programme's sectors, equal
//    percentages adding up to 100; a programme none of whose sectors has a DAC code reports its
//    own sector codes under vocabulary 99 (reporting organisation).
//  - budget: type 1 Original, status 1 Indicative, over the programme's planned dates, value in
//    the programme's currency dated at the planned start.
//  - result: one per expected outcome (type 2 Outcome) with one indicator (measure 1 Unit): target
//    over the planned period, and the actual value once the programme is completed with its
//    outcome report.
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { institutions, participations, programmes, sectors } from "@/db/schema";
import type { InstitutionType } from "@/db/schema/institutions";
import type { FundingSource, OutcomeReport, OutcomeTarget, ProgrammeStatus } from "@/db/schema/programmes";

export const IATI_STATUSES = ["approved", "open", "active", "completed", "cancelled"] as const satisfies readonly ProgrammeStatus[];
export const DEFAULT_REPORTING_ORG_REF = "XX-SOUTHBRIDGE";
export const reportingOrgRef = (env: Record<string, string | undefined> = process.env) => env.IATI_REPORTING_ORG_REF?.trim() || DEFAULT_REPORTING_ORG_REF;

const ACTIVITY_STATUS: Record<(typeof IATI_STATUSES)[number], string> = { approved: "1", open: "1", active: "2", completed: "4", cancelled: "5" };
const ORGANISATION_TYPE: Record<InstitutionType, string> = {
  university: "80",
  research_institute: "80",
  government_agency: "10",
  company: "70",
  ngo: "22",
  intergovernmental_organisation: "40",
};

export type IatiOrg = { name: string; type: InstitutionType };
export type IatiActivity = {
  reference: string;
  status: (typeof IATI_STATUSES)[number];
  title: string;
  summary: string;
  lead: IatiOrg;
  coLeads: IatiOrg[];
  participants: IatiOrg[];
  fundingSources: FundingSource[];
  hubCountry: string | null;
  spilloverCountries: string[];
  /** The programme's sectors with their DAC codes (null where the DAC list has none). */
  sectors: { code: string; dacCode: string | null }[];
  startDate: string | null;
  endDate: string | null;
  startedAt: Date | null;
  closedAt: Date | null;
  decidedAt: Date | null;
  budgetAmount: number | null;
  budgetCurrency: string | null;
  outcomes: OutcomeTarget[];
  outcomeReport: OutcomeReport | null;
  updatedAt: Date;
};

/**
 * Approved programmes with their organisations (a keyset range by reference, or all): the
 * programmes first, then their co-leads, participants and sector codes in one wave.
 */
export async function loadIatiActivities(db: Executor, range: { after?: string | null; limit?: number } = {}): Promise<IatiActivity[]> {
  const positions = sql.raw(`(${Array.from({ length: 20 }, (_, i) => `select ${i} as i`).join(" union all ")})`);
  // The programmes alone first (joined to institutions, the optimizer may sort every one per chunk).
  // Only the columns an activity carries: not the description or the other long texts the dump never writes.
  const programmeRows = await db
    .select({
      id: programmes.id,
      reference: programmes.reference,
      status: programmes.status,
      title: programmes.title,
      summary: programmes.summary,
      leadInstitutionId: programmes.leadInstitutionId,
      fundingSources: programmes.fundingSources,
      hubCountry: programmes.hubCountry,
      spilloverCountries: programmes.spilloverCountries,
      sectors: programmes.sectors,
      startDate: programmes.startDate,
      endDate: programmes.endDate,
      startedAt: programmes.startedAt,
      closedAt: programmes.closedAt,
      decidedAt: programmes.decidedAt,
      budgetAmount: programmes.budgetAmount,
      budgetCurrency: programmes.budgetCurrency,
      outcomes: programmes.outcomes,
      outcomeReport: programmes.outcomeReport,
      updatedAt: programmes.updatedAt,
    })
    .from(programmes)
    .where(and(inArray(programmes.status, [...IATI_STATUSES]), range.after ? gt(programmes.reference, range.after) : undefined))
    .orderBy(programmes.reference)
    .limit(range.limit ?? Number.MAX_SAFE_INTEGER);
  if (programmeRows.length === 0) return [];
  const ids = programmeRows.map((p) => p.id);
  const [leads, coLeads, participants, sectorRows] = await Promise.all([
    db.select({ id: institutions.id, name: institutions.name, type: institutions.type }).from(institutions).where(inArray(institutions.id, [...new Set(programmeRows.map((p) => p.leadInstitutionId))])),
    db.execute(
      sql`select p.id as programme_id, i.name as name, i.type as type
          from programmes p join ${positions} n on n.i < json_length(p.co_lead_institution_ids)
          join institutions i on i.id = json_unquote(json_extract(p.co_lead_institution_ids, concat('$[', n.i, ']')))
          where p.id in ${ids} order by n.i`,
    ),
    db
      .select({ programmeId: participations.programmeId, name: institutions.name, type: institutions.type })
      .from(participations)
      .innerJoin(institutions, eq(institutions.id, participations.institutionId))
      .where(and(eq(participations.status, "accepted"), inArray(participations.programmeId, ids)))
      .orderBy(institutions.name),
    db.select({ code: sectors.code, dacCode: sectors.dacCode }).from(sectors),
  ]);
  const leadOf = new Map(leads.map((l) => [l.id, l]));
  const rows = programmeRows.flatMap((p) => {
    const lead = leadOf.get(p.leadInstitutionId);
    return lead ? [{ p, leadName: lead.name, leadType: lead.type }] : [];
  });
  const coLeadRows = (Array.isArray(coLeads) ? coLeads[0] : (coLeads as { rows: unknown[] }).rows) as { programme_id: string; name: string; type: InstitutionType }[];
  const dac = new Map(sectorRows.map((s) => [s.code, s.dacCode]));
  const group = <T extends { key: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) {
      const items = map.get(item.key);
      if (items) items.push(item);
      else map.set(item.key, [item]);
    }
    return map;
  };
  const coLeadsOf = group(coLeadRows.map((r) => ({ key: r.programme_id, name: r.name, type: r.type })));
  const participantsOf = group(participants.map((r) => ({ key: r.programmeId, name: r.name, type: r.type })));
  return rows.map(({ p, leadName, leadType }) => ({
    reference: p.reference,
    status: p.status as IatiActivity["status"],
    title: p.title,
    summary: p.summary,
    lead: { name: leadName, type: leadType },
    coLeads: (coLeadsOf.get(p.id) ?? []).map(({ name, type }) => ({ name, type })),
    participants: (participantsOf.get(p.id) ?? []).map(({ name, type }) => ({ name, type })),
    fundingSources: p.fundingSources,
    hubCountry: p.hubCountry,
    spilloverCountries: p.spilloverCountries,
    sectors: p.sectors.map((code) => ({ code, dacCode: dac.get(code) ?? null })),
    startDate: p.startDate,
    endDate: p.endDate,
    startedAt: p.startedAt,
    closedAt: p.closedAt,
    decidedAt: p.decidedAt,
    budgetAmount: p.budgetAmount,
    budgetCurrency: p.budgetCurrency,
    outcomes: p.outcomes,
    outcomeReport: p.outcomeReport,
    updatedAt: p.updatedAt,
  }));
}

/** What XML 1.0 does not allow (lone surrogates, U+FFFE/FFFF, controls but tab, LF, CR), and the five characters escaped. */
const XML_UNSAFE = /[&<>"']|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Escapes text and attribute values; drops characters XML 1.0 does not allow. One pass, and text
 * with nothing to escape comes back as it is: a 20,000-programme IATI dump escapes 30 MB of text.
 */
export function xmlEscape(text: string): string {
  return text.replace(XML_UNSAFE, (ch) => XML_ESCAPES[ch] ?? "");
}

/** n shares of 100 with two decimals that add up to exactly 100. Pure. */
export function equalPercentages(n: number): string[] {
  if (n <= 0) return [];
  const base = Math.floor(10000 / n);
  const remainder = 10000 - base * n;
  return Array.from({ length: n }, (_, i) => ((base + (i < remainder ? 1 : 0)) / 100).toFixed(2).replace(/\.?0+$/, ""));
}

const narrative = (text: string) => `<narrative>${xmlEscape(text)}</narrative>`;
const date = (d: Date | string) => (typeof d === "string" ? d : d.toISOString().slice(0, 10));
const amount = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
const METRIC_TITLES: Record<string, string> = {
  people_trained: "People trained",
  institutions_reached: "Institutions reached",
  models_delivered: "Models delivered",
  datasets_delivered: "Datasets delivered",
  other: "Other outcome",
};

function participatingOrgs(a: IatiActivity): string[] {
  const org = (o: { name: string; type?: InstitutionType }, role: string) =>
    `<participating-org role="${role}"${o.type ? ` type="${ORGANISATION_TYPE[o.type]}"` : ""}>${narrative(o.name)}</participating-org>`;
  const funders = a.fundingSources.filter((f) => f.name.trim() && f.amount > 0);
  return [
    ...funders.map((f) => org({ name: f.name }, "1")),
    org(a.lead, "2"),
    org(a.lead, "4"),
    ...a.coLeads.map((o) => org(o, "4")),
    ...a.participants.map((o) => org(o, "4")),
  ];
}

function activityDates(a: IatiActivity): string[] {
  const d = (type: string, iso: string) => `<activity-date type="${type}" iso-date="${iso}"/>`;
  const out: string[] = [];
  const plannedStart = a.startDate ?? (a.decidedAt ? date(a.decidedAt) : date(a.updatedAt));
  out.push(d("1", plannedStart));
  if (a.startedAt) out.push(d("2", date(a.startedAt)));
  if (a.endDate) out.push(d("3", a.endDate));
  if (a.closedAt && (a.status === "completed" || a.status === "cancelled")) out.push(d("4", date(a.closedAt)));
  return out;
}

function recipientCountries(a: IatiActivity): string[] {
  const codes = [...new Set([a.hubCountry, ...a.spilloverCountries].filter((c): c is string => !!c))];
  const shares = equalPercentages(codes.length);
  return codes.map((c, i) => `<recipient-country code="${xmlEscape(c)}" percentage="${shares[i]}"/>`);
}

function sectorElements(a: IatiActivity): string[] {
  const dacCodes = [...new Set(a.sectors.map((s) => s.dacCode).filter((c): c is string => !!c))];
  if (dacCodes.length > 0) {
    const shares = equalPercentages(dacCodes.length);
    return dacCodes.map((c, i) => `<sector vocabulary="1" code="${xmlEscape(c)}" percentage="${shares[i]}"/>`);
  }
  const own = [...new Set(a.sectors.map((s) => s.code))];
  const shares = equalPercentages(own.length);
  return own.map((c, i) => `<sector vocabulary="99" code="${xmlEscape(c)}" percentage="${shares[i]}"/>`);
}

function budget(a: IatiActivity): string[] {
  if (a.budgetAmount === null || !a.budgetCurrency || !a.startDate || !a.endDate) return [];
  return [
    `<budget type="1" status="1"><period-start iso-date="${a.startDate}"/><period-end iso-date="${a.endDate}"/>` +
      `<value currency="${xmlEscape(a.budgetCurrency)}" value-date="${a.startDate}">${amount(a.budgetAmount)}</value></budget>`,
  ];
}

function results(a: IatiActivity): string[] {
  if (!a.startDate || !a.endDate) return [];
  const report = a.status === "completed" ? a.outcomeReport : null;
  return a.outcomes.map((o, i) => {
    const reported = report?.results[i]?.metric === o.metric ? report.results[i] : report?.results.find((r) => r.metric === o.metric && r.description === o.description);
    const achieved = reported?.achieved;
    const title = o.description.trim() || METRIC_TITLES[o.metric] || o.metric;
    return (
      `<result type="2"><title>${narrative(title)}</title>` +
      `<indicator measure="1"><title>${narrative(METRIC_TITLES[o.metric] ?? o.metric)}</title>` +
      `<period><period-start iso-date="${a.startDate}"/><period-end iso-date="${a.endDate}"/>` +
      `<target value="${o.target}"/>${achieved !== undefined ? `<actual value="${achieved}"/>` : ""}</period>` +
      `</indicator></result>`
    );
  });
}

/** One <iati-activity>, its children in the XSD's order. */
export function activityXml(a: IatiActivity, orgRef: string): string {
  const attrs = [`last-updated-datetime="${a.updatedAt.toISOString()}"`, `xml:lang="en"`, `hierarchy="1"`];
  if (a.budgetCurrency) attrs.push(`default-currency="${xmlEscape(a.budgetCurrency)}"`);
  const budgets = budget(a);
  return [
    `<iati-activity ${attrs.join(" ")}>`,
    `<iati-identifier>${xmlEscape(`${orgRef}-${a.reference}`)}</iati-identifier>`,
    `<reporting-org ref="${xmlEscape(orgRef)}" type="90" secondary-reporter="1">${narrative("Southbridge South–South AI cooperation platform")}</reporting-org>`,
    `<title>${narrative(a.title)}</title>`,
    `<description type="1">${narrative(a.summary)}</description>`,
    ...participatingOrgs(a),
    `<activity-status code="${ACTIVITY_STATUS[a.status]}"/>`,
    ...activityDates(a),
    ...recipientCountries(a),
    ...sectorElements(a),
    ...budgets,
    ...results(a),
    `</iati-activity>`,
  ].join("\n");
}

/** The whole IATI activity file. Pure. */
export function iatiActivitiesXml(activities: IatiActivity[], orgRef: string, generatedAt: Date = new Date()): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<iati-activities version="2.03" generated-datetime="${generatedAt.toISOString()}">`,
    ...activities.map((a) => activityXml(a, orgRef)),
    `</iati-activities>`,
    "",
  ].join("\n");
}
