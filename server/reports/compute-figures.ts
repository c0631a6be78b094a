// Every figure of a transparency report, aggregated in SQL: a handful of GROUP BY queries sent in
// ONE parallel wave (Promise.all), whatever the number of programmes, applications or audit
// entries. JSON arrays (sectors, funding sources, transfers) are unnested without JSON_TABLE (not
// usable the same way on MariaDB 10.11 and MySQL 8): a small derived table of positions
// 0…N-1 is joined on `position < JSON_LENGTH(array)` and each element read with JSON_EXTRACT —
// the same SQL on both. Only the grouped rows (tens, not thousands) come back to JavaScript.
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { PARTICIPATION_STATUSES } from "@/db/schema/participation";
import { todayUtc } from "../agreements/in-force";
import type { Bucket, BudgetRow, FlowRow, ReportFigures } from "./figures";
import { programmeMachine } from "../programmes/transitions";

/**
 * The period's first and last day: date strings (YYYY-MM-DD) or SQL scalar expressions
 * (e.g. a subquery reading a report's own period, so the figures can be computed in the same
 * wave as the report is read).
 */
export type PeriodBounds = { start: string | SQL; end: string | SQL };

export type FigureCounts = Omit<ReportFigures, "formatVersion" | "period" | "computedAt" | "threshold">;

/** The day after a YYYY-MM-DD date. */
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Positions 0…n-1 as a derived table `n(i)`. */
const positions = (n: number) => sql.raw(`(${Array.from({ length: n }, (_, i) => `select ${i} as i`).join(" union all ")})`);
/** At most this many elements of each JSON array are read (the forms allow 5 sectors and far fewer sources or transfers). */
const MAX_SECTORS = 10;
const MAX_FUNDING_SOURCES = 20;
const MAX_TRANSFERS = 30;

const APPROVED_STATUSES = programmeMachine.groups.afterApproval;
const APPROVED = sql.raw(`(${APPROVED_STATUSES.map((s) => `'${s}'`).join(",")})`);

type Value = string | number | null | undefined;
type Row = Record<string, Value>;

/** The rows of a raw query, whatever the driver ([rows, fields] on mysql2, { rows } on PlanetScale). */
async function rows(db: Executor, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return (result[0] ?? []) as Row[];
  return (result as { rows?: Row[] }).rows ?? [];
}

const num = (v: Value): number => (v === null || v === undefined ? 0 : Number(v));
const str = (v: Value): string => (v === null || v === undefined || v === "" ? "none" : String(v));
const byCountDesc = <T extends { key: string; count: number }>(a: T, b: T) => b.count - a.count || a.key.localeCompare(b.key);

function buckets(list: Row[], names?: Map<string, string>): Bucket[] {
  return list
    .map((r) => {
      const key = str(r.k);
      const name = names?.get(key);
      return name ? { key, name, count: num(r.c) } : { key, count: num(r.c) };
    })
    .sort(byCountDesc);
}

function budgetRows(list: Row[]): BudgetRow[] {
  return list
    .map((r) => ({ key: str(r.k), currency: str(r.cur), amount: Math.round(num(r.amount) * 100) / 100, programmes: num(r.c) }))
    .sort((a, b) => a.key.localeCompare(b.key) || a.currency.localeCompare(b.currency));
}

/**
 * All figures for the period [start, end] (whole days, UTC). `today` caps the day on which
 * agreements are counted as in force (a period still running is counted today).
 */
export async function computeFigures(db: Executor, bounds: PeriodBounds, today: string = todayUtc()): Promise<FigureCounts> {
  // Date strings become constants computed here (compared with datetime columns as literals, so
  // nothing is converted per row); SQL bounds stay expressions.
  const literal = typeof bounds.start === "string" && typeof bounds.end === "string";
  const start = literal ? sql`${`${bounds.start as string} 00:00:00`}` : sql`cast(${bounds.start} as datetime)`;
  const end = literal ? sql`${bounds.end as string}` : sql`cast(${bounds.end} as date)`;
  const afterEnd = literal ? sql`${`${nextDay(bounds.end as string)} 00:00:00`}` : sql`date_add(${end}, interval 1 day)`;
  // The day on which agreements are looked at: the period's last day, or today if that is earlier.
  const lastDay = literal ? ((bounds.end as string) < today ? (bounds.end as string) : today) : null;
  const day = lastDay ? sql`${lastDay}` : sql`least(${end}, cast(${today} as date))`;
  const afterDay = lastDay ? sql`${`${nextDay(lastDay)} 00:00:00`}` : sql`date_add(${day}, interval 1 day)`;

  // Programmes in scope: submitted at least once, created by the end of the period, and not
  // closed (completed, cancelled, rejected, withdrawn) before it began.
  const inScope = sql`p.current_revision >= 1 and p.created_at < ${afterEnd}
      and not (p.status in ('completed','cancelled') and coalesce(p.closed_at, p.updated_at) < ${start})
      and not (p.status = 'rejected' and coalesce(p.decided_at, p.updated_at) < ${start})
      and not (p.status = 'withdrawn' and p.updated_at < ${start})`;
  const approved = sql`${inScope} and p.status in ${APPROVED}`;

  // Agreements in force on `day` (also those since superseded, terminated or expired).
  const agreementEnd = sql`coalesce(a.ended_at, case when a.status in ('superseded','terminated') then a.updated_at end)`;
  const inForce = sql`a.status in ('in_force','superseded','terminated','expired') and a.in_force_at is not null and a.in_force_at < ${afterDay}
      and (${agreementEnd} is null or ${agreementEnd} >= ${afterDay}) and (a.expiry_date is null or a.expiry_date >= ${day})`;

  // Derived tables that must be computed once per row, not once per joined position: a LIMIT
  // keeps both MySQL and MariaDB from merging them into the outer query.
  const materialized = sql.raw("limit 18446744073709551615");

  const [cube, bySector, instByCountry, instByType, [participation], decisions, median, recusals, agreementsInForce, flows, budgetBySide, names] =
    await Promise.all([
      // ONE scan of the programmes for every plain breakdown: grouped by all of them at once (a few
      // hundred groups at most), then each breakdown is the sum of its groups.
      rows(
        db,
        sql`select p.status as s, p.working_area as wa, p.mechanism_code as m, p.hub_country as h, p.budget_currency as cur,
                   count(*) as c, sum(p.budget_amount) as amount, count(p.budget_amount) as budgeted
            from programmes p where ${inScope} group by p.status, p.working_area, p.mechanism_code, p.hub_country, p.budget_currency`,
      ),
      rows(
        db,
        sql`select json_unquote(json_extract(p.sectors, concat('$[', n.i, ']'))) as k, count(*) as c
            from (select p.sectors, json_length(p.sectors) as len from programmes p where ${approved} ${materialized}) p
            join ${positions(MAX_SECTORS)} n on n.i < p.len
            group by k`,
      ),
      rows(db, sql`select i.country_code as k, count(*) as c from institutions i where i.status = 'verified' and i.created_at < ${afterEnd} group by i.country_code`),
      rows(db, sql`select i.type as k, count(*) as c from institutions i where i.status = 'verified' and i.created_at < ${afterEnd} group by i.type`),
      // ONE scan of the applications: those made in the period by status (a column per status of
      // the fixed list), and the distinct institutions taking part.
      rows(
        db,
        sql`select ${sql.join(
          PARTICIPATION_STATUSES.map((st) => sql`sum(pa.status = ${st} and pa.created_at >= ${start} and pa.created_at < ${afterEnd}) as ${sql.raw(`s_${st}`)}`),
          sql`, `,
        )},
            count(distinct case when pa.status in ('accepted','left') and pa.decided_at < ${afterEnd} and (pa.status = 'accepted' or pa.updated_at >= ${start})
                                then pa.institution_id end) as participating
            from participations pa`,
      ),
      rows(db, sql`select d.outcome as k, count(*) as c from programme_decisions d where d.created_at >= ${start} and d.created_at < ${afterEnd} group by d.outcome`),
      rows(
        db,
        sql`select avg(x.days) as median, max(x.n) as n from (
              select timestampdiff(second, r.created_at, d.created_at) / 86400 as days,
                     row_number() over (order by timestampdiff(second, r.created_at, d.created_at)) as rn,
                     count(*) over () as n
              from programme_decisions d
              join programme_revisions r on r.programme_id = d.programme_id and r.number = d.revision_number
              where d.created_at >= ${start} and d.created_at < ${afterEnd}
            ) x where x.rn in (floor((x.n + 1) / 2), floor((x.n + 2) / 2))`,
      ),
      rows(db, sql`select count(*) as c from review_assignments ra where ra.status = 'recused' and ra.updated_at >= ${start} and ra.updated_at < ${afterEnd}`),
      rows(db, sql`select count(*) as c from agreements a where ${inForce}`),
      // Only the transfers array is read from each agreement's (large) content, once.
      rows(
        db,
        sql`select t.f as f, t.t as t, count(distinct t.id) as c from (
              select a.id as id,
                     json_unquote(json_extract(a.tr, concat('$[', n.i, '].fromCountry'))) as f,
                     json_unquote(json_extract(a.tr, concat('$[', n.i, '].toCountry'))) as t
              from (select a.id, json_extract(a.content, '$.transfers') as tr from agreements a where ${inForce} ${materialized}) a
              join ${positions(MAX_TRANSFERS)} n on n.i < json_length(a.tr)
            ) t where t.f is not null and t.t is not null and t.f <> t.t group by t.f, t.t`,
      ),
      rows(
        db,
        sql`select json_unquote(json_extract(p.fs, concat('$[', n.i, '].side'))) as k, p.cur as cur,
                   sum(cast(json_extract(p.fs, concat('$[', n.i, '].amount')) as decimal(16,2))) as amount,
                   count(distinct p.id) as c
            from (select p.id, p.funding_sources as fs, p.budget_currency as cur, json_length(p.funding_sources) as len
                  from programmes p where ${approved} and p.budget_currency is not null ${materialized}) p
            join ${positions(MAX_FUNDING_SOURCES)} n on n.i < p.len
            group by k, p.cur`,
      ),
      // Reference names for the codes (a few hundred rows of reference data, not programmes).
      rows(
        db,
        sql`select 'country' as kind, iso2 as code, name, region from countries
            union all select 'sector', code, name, null from sectors
            union all select 'mechanism', code, name, null from mechanisms`,
      ),
    ]);

  // The breakdowns from the cube's groups (tens or hundreds of rows, never one per programme).
  const isApproved = (r: Row) => (APPROVED_STATUSES as readonly string[]).includes(String(r.s));
  const sumBy = (list: Row[], keyOf: (r: Row) => Value): Row[] => {
    const m = new Map<string, number>();
    for (const r of list) {
      const key = str(keyOf(r));
      m.set(key, (m.get(key) ?? 0) + num(r.c));
    }
    return [...m].map(([k, c]) => ({ k, c }));
  };
  const approvedGroups = cube.filter(isApproved);
  const budgetGroups = new Map<string, Row>();
  for (const r of approvedGroups) {
    if (num(r.budgeted) === 0) continue;
    const key = `${str(r.wa)}|${str(r.cur)}`;
    const acc = budgetGroups.get(key) ?? { k: r.wa, cur: r.cur, amount: 0, c: 0 };
    acc.amount = num(acc.amount) + num(r.amount);
    acc.c = num(acc.c) + num(r.budgeted);
    budgetGroups.set(key, acc);
  }
  const byStatus = sumBy(cube, (r) => r.s);
  const byArea = sumBy(approvedGroups, (r) => r.wa);
  const byMechanism = sumBy(approvedGroups, (r) => r.m);
  const regionOf = new Map(names.filter((n) => n.kind === "country").map((n) => [String(n.code), n.region]));
  const byRegion = sumBy(approvedGroups, (r) => (r.h ? regionOf.get(String(r.h)) : null));
  const byHub = sumBy(approvedGroups, (r) => r.h);
  const budgetByArea = [...budgetGroups.values()];

  const nameMap = (kind: string) => new Map(names.filter((n) => n.kind === kind).map((n) => [String(n.code), String(n.name)]));
  const countryNames = nameMap("country");
  const total = (list: Bucket[]) => list.reduce((s, b) => s + b.count, 0);
  const decisionBuckets = buckets(decisions);
  const approvedN = decisionBuckets.find((b) => b.key === "approve")?.count ?? 0;
  const rejectedN = decisionBuckets.find((b) => b.key === "reject")?.count ?? 0;
  const finalN = approvedN + rejectedN;
  const medianN = num(median[0]?.n);
  const statusBuckets = buckets(byStatus);
  const areaBuckets = buckets(byArea);
  const instCountry = buckets(instByCountry, countryNames);
  const applicationBuckets = buckets(
    PARTICIPATION_STATUSES.map((st) => ({ k: st, c: num(participation?.[`s_${st}`]) })).filter((r) => r.c > 0),
  );

  return {
    programmes: {
      total: total(statusBuckets),
      byStatus: statusBuckets,
      approvedTotal: total(areaBuckets),
      byWorkingArea: areaBuckets,
      bySector: buckets(bySector, nameMap("sector")),
      byMechanism: buckets(byMechanism, nameMap("mechanism")),
      byRegion: buckets(byRegion),
      byHubCountry: buckets(byHub, countryNames),
    },
    institutions: { total: total(instCountry), byCountry: instCountry, byType: buckets(instByType) },
    participation: {
      applicationsTotal: total(applicationBuckets),
      applicationsByStatus: applicationBuckets,
      institutionsParticipating: num(participation?.participating),
    },
    decisions: {
      total: total(decisionBuckets),
      byOutcome: decisionBuckets,
      approvalRate: finalN === 0 ? null : Math.round((approvedN / finalN) * 1000) / 1000,
      approvalRateDenominator: finalN,
      medianDaysToDecision: medianN === 0 ? null : Math.round(num(median[0]?.median) * 10) / 10,
      medianN,
    },
    reviews: { recusals: num(recusals[0]?.c) },
    agreements: {
      inForce: num(agreementsInForce[0]?.c),
      flows: flows
        .map((r): FlowRow => ({ from: String(r.f), to: String(r.t), count: num(r.c) }))
        .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    },
    budgets: { byWorkingArea: budgetRows(budgetByArea), bySide: budgetRows(budgetBySide) },
  };
}

/** The complete figures object of a report: the counts with the period, threshold and time of computation. */
export function assembleFigures(counts: FigureCounts, meta: { start: string; end: string; threshold: number; computedAt: Date }): ReportFigures {
  return { formatVersion: 1, period: { start: meta.start, end: meta.end }, computedAt: meta.computedAt.toISOString(), threshold: meta.threshold, ...counts };
}
