// Bench of the transparency-report figures over a large platform, on a scratch database
// (southbridge_bench_reports, dropped and rebuilt each run): 100,000 programmes in every status,
// 1,000,000 audit entries, and applications, agreements, review seats, revisions and decisions
// in proportion — all bulk-inserted with INSERT … SELECT from a numbers table (no row leaves
// the server). Then computeFigures is timed for a year, a quarter and the whole history.
// Usage: tsx scripts/bench-reports.ts [programmes=100000] [auditEntries=1000000] [runs=3] [--reuse]
// (--reuse times again on the database left by the previous run, without rebuilding it.)
import { databaseUrl, dropDatabase } from "./lib/database.mjs";
import { writeSection, type BenchRow } from "./lib/bench-results";

const args = process.argv.slice(2).filter((a) => a !== "--reuse");
const REUSE = process.argv.includes("--reuse");
const PROGRAMMES = Number(args[0] ?? 100_000);
const AUDIT = Number(args[1] ?? 1_000_000);
const RUNS = Number(args[2] ?? 3);
const INSTITUTIONS = 5_000;
const USERS = 2_000;
const CHUNK = 50_000;

const url = await databaseUrl("southbridge_bench_reports");
if (!REUSE) await dropDatabase(url);
process.env.DATABASE_URL = url;

const { sql } = await import("drizzle-orm");
const { configFromEnv, createDb } = await import("../db/client");
const { ensureDatabase, runMigrations } = await import("../db/migrate");
const { loadReferenceData } = await import("../db/reference/load");
const { computeFigures } = await import("../server/reports/compute-figures");

const config = configFromEnv();
await ensureDatabase(config);
const handle = createDb(config);
const { db, roundTrips } = handle;
if (!REUSE) {
  await runMigrations(handle, config);
  await loadReferenceData(db);
}

const run = (text: string) => db.execute(sql.raw(text));
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
/** Numbers 0 … 10^digits − 1 as a derived table `n(i)` (cross joins of digits: same SQL on MySQL 8 and MariaDB). */
const numbers = (digits: number) => {
  const d = (k: number) => `(select 0 as d union all select 1 union all select 2 union all select 3 union all select 4 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) d${k}`;
  const parts = Array.from({ length: digits }, (_, k) => d(k));
  const value = Array.from({ length: digits }, (_, k) => `d${k}.d * ${10 ** k}`).join(" + ");
  return `(select ${value} as i from ${parts.join(" cross join ")})`;
};
/** Inserts in chunks of at most CHUNK rows; `insert` gets the chunk's numbers as a derived table `n(i)` (from … to−1) and the bounds. */
async function bulk(label: string, total: number, insert: (chunk: { n: string; from: number; to: number }) => string) {
  const started = Date.now();
  for (let from = 0; from < total; from += CHUNK) {
    const to = Math.min(total, from + CHUNK);
    const n = `(select ${from} + c.i as i from ${numbers(digitsFor(to - from - 1))} c where c.i < ${to - from})`;
    await run(insert({ n, from, to }));
  }
  console.log(`  ${label.padEnd(22)} ${String(total).padStart(9)} rows  ${seconds(started)}`);
}
const digitsFor = (n: number) => Math.max(1, Math.ceil(Math.log10(n + 1)));
const pick = (expr: string, values: string[]) => `elt((${expr}) % ${values.length} + 1, ${values.map((v) => `'${v}'`).join(", ")})`;
const id = (prefix: string, expr: string) => `concat('${prefix}', lpad(${expr}, 19, '0'))`;

const COUNTRIES = ["KE", "NG", "GH", "ZA", "ET", "EG", "CN", "IN", "BR", "AR", "MX", "ID", "VN", "PK", "BD", "TZ", "UG", "RW", "SN", "MA"];
const SECTORS = ["agriculture", "health", "education", "ai_skills", "water", "energy", "climate_environment", "statistics_data", "language_technology", "public_admin"];
const MECHANISMS = ["BRICS", "SCO"];
// Weighted toward the states after approval, as a running platform would be.
const STATUSES = ["open", "open", "active", "active", "active", "completed", "completed", "approved", "cancelled", "under_review", "submitted", "changes_requested", "rejected", "withdrawn", "draft"];
const DECIDED = `('approved','open','active','completed','cancelled','rejected','changes_requested')`;

if (!REUSE) await seed();


async function seed() {
  console.log(`seeding ${PROGRAMMES.toLocaleString("en")} programmes and ${AUDIT.toLocaleString("en")} audit entries…`);
  const seeding = Date.now();
  await bulk("users", USERS, ({ n }) => `insert into users (id, email, name, password_hash, locale, created_at, updated_at)
    select ${id("u", "n.i")}, concat('user', n.i, '@bench.example'), concat('User ', n.i), 'x', 'en', now(3), now(3)
    from ${n} n`);
  await bulk("institutions", INSTITUTIONS, ({ n }) => `insert into institutions (id, name, country_code, type, website, email_domains, description, status, created_by_user_id, version, created_at, updated_at)
    select ${id("i", "n.i")}, concat('Institution ', n.i), ${pick("n.i", COUNTRIES)},
      ${pick("n.i", ["university", "research_institute", "government_agency", "company", "ngo", "intergovernmental_organisation"])},
      'https://bench.example', '["bench.example"]', 'A bench institution.', ${pick("n.i", ["verified", "verified", "verified", "pending", "suspended"])},
      ${id("u", `n.i % ${USERS}`)}, 1, date_sub(now(3), interval (n.i % 900) day), now(3)
    from ${n} n`);
  // Created over the last three years; closed a while after creation.
  await bulk("programmes", PROGRAMMES, ({ n }) => `insert into programmes (id, reference, lead_institution_id, created_by_user_id, status, title, summary, description,
      working_area, format, sectors, mechanism_code, co_lead_institution_ids, hub_country, spillover_countries, start_date, end_date, application_deadline,
      budget_amount, budget_currency, funding_sources, capacity, languages, outcomes, involves_data_sharing, is_flagship, current_revision,
      submitted_at, decided_at, accepted_count, published_at, started_at, closed_at, version, created_at, updated_at)
    select ${id("p", "x.i")}, concat('B-', lpad(x.i, 8, '0')), ${id("i", `x.i % ${INSTITUTIONS}`)}, ${id("u", `x.i % ${USERS}`)}, x.status,
      concat('Programme ', x.i), 'A bench programme.', 'A bench programme description.',
      ${pick("x.i", ["capacity_building", "application", "data_governance"])}, ${pick("x.i", ["training", "pilot", "joint_lab", "knowledge_exchange"])},
      concat('["', ${pick("x.i", SECTORS)}, '","', ${pick("x.i + 3", SECTORS)}, '"]'), ${pick("x.i", MECHANISMS)}, '[]',
      ${pick("x.i", COUNTRIES)}, concat('["', ${pick("x.i + 1", COUNTRIES)}, '"]'), '2026-01-01', '2027-12-31', '2025-12-01',
      100000 + (x.i % 50) * 1000, ${pick("x.i", ["USD", "USD", "CNY", "BRL"])},
      concat('[{"name":"Lead","side":"lead","amount":', 40000 + (x.i % 50) * 400, '},{"name":"Partners","side":"partners","amount":', 60000 + (x.i % 50) * 600, '}]'),
      20, '["en"]', '[{"metric":"people_trained","target":50,"description":"People trained"}]', x.i % 4 = 0, x.i % 50 = 0,
      if(x.status = 'draft', 0, 1), if(x.status = 'draft', null, x.created), if(x.status in ${DECIDED}, date_add(x.created, interval 20 + x.i % 60 day), null),
      0, null, null, if(x.status in ('completed','cancelled'), date_add(x.created, interval 300 day), null), 1, x.created, now(3)
    from (select n.i, ${pick("n.i", STATUSES)} as status, date_sub(now(3), interval (n.i % 1000) day) as created
          from ${n} n) x`);
  await bulk("revisions", PROGRAMMES, ({ from, to }) => `insert into programme_revisions (id, programme_id, number, content, submitted_by_user_id, created_at)
    select ${id("r", "substr(p.id, 2)")}, p.id, 1, '{}', p.created_by_user_id, p.submitted_at
    from programmes p where p.current_revision = 1 and p.id >= ${id("p", String(from))} and p.id < ${id("p", String(to))}`);
  await bulk("decisions", PROGRAMMES, ({ from, to }) => `insert into programme_decisions (id, programme_id, revision_number, outcome, letter, decided_by_user_id, created_at)
    select ${id("d", "substr(p.id, 2)")}, p.id, 1,
      case p.status when 'rejected' then 'reject' when 'changes_requested' then 'request_changes' else 'approve' end, 'Decision.', p.created_by_user_id, p.decided_at
    from programmes p where p.decided_at is not null and p.id >= ${id("p", String(from))} and p.id < ${id("p", String(to))}`);
  // Two seats per submitted programme; one in ten recused.
  await bulk("review seats", PROGRAMMES * 2, ({ n }) => `insert into review_assignments (id, programme_id, reviewer_user_id, role, status, assigned_by_user_id, version, created_at, updated_at)
    select ${id("a", "n.i")}, ${id("p", "n.i div 2")}, ${id("u", `(n.i div 2 + n.i % 2 + 1) % ${USERS}`)}, if(n.i % 2 = 0, 'reviewer', 'chair'),
      if(n.i % 10 = 3, 'recused', 'active'), ${id("u", "0")}, 1, now(3), date_sub(now(3), interval (n.i % 700) day)
    from ${n} n`);
  // Three applications per programme from distinct institutions, in every state (applications to programmes not open are harmless here).
  await bulk("applications", PROGRAMMES * 3, ({ n }) => `insert into participations (id, programme_id, institution_id, status, motivation, contact_name, contact_email, applied_by_user_id, decided_at, version, created_at, updated_at)
    select ${id("q", "n.i")}, ${id("p", "n.i div 3")}, ${id("i", `(n.i div 3 + 1 + n.i % 3) % ${INSTITUTIONS}`)},
      ${pick("n.i div 3 + n.i", ["pending", "accepted", "accepted", "declined", "withdrawn", "left"])}, 'Motivation.', 'Contact', 'c@bench.example', ${id("u", `n.i % ${USERS}`)},
      date_sub(now(3), interval (n.i % 500) day), 1, date_sub(now(3), interval (n.i % 600) day), now(3)
    from ${n} n`);
  // One agreement per ten programmes, with one or two cross-border transfers.
  await bulk("agreements", PROGRAMMES / 10, ({ n }) => `insert into agreements (id, reference, version_number, programme_id, status, title, content, expiry_date, in_force_at, ended_at, created_by_user_id, version, created_at, updated_at)
    select ${id("g", "n.i")}, concat('DSA-B-', lpad(n.i, 8, '0')), 1, ${id("p", "n.i * 10")}, ${pick("n.i", ["in_force", "in_force", "in_force", "draft", "pending_signatures", "superseded", "terminated"])},
      'Agreement', concat('{"transfers":[{"fromCountry":"', ${pick("n.i", COUNTRIES)}, '","toCountry":"', ${pick("n.i + 6", COUNTRIES)}, '","safeguard":"standard_contract"},{"fromCountry":"',
        ${pick("n.i + 6", COUNTRIES)}, '","toCountry":"', ${pick("n.i", COUNTRIES)}, '","safeguard":"standard_contract"}]}'),
      if(n.i % 9 = 0, '2025-06-30', null), date_sub(now(3), interval (n.i % 800) day), if(n.i % 7 in (5, 6), date_sub(now(3), interval (n.i % 100) day), null),
      ${id("u", `n.i % ${USERS}`)}, 1, now(3), now(3)
    from ${n} n`);
  await bulk("audit entries", AUDIT, ({ n }) => `insert into audit_log (occurred_at, actor_user_id, action, object_type, object_id, changes, context)
    select date_sub(now(3), interval (n.i % 1000) day), ${id("u", `n.i % ${USERS}`)},
      ${pick("n.i", ["programme.update", "programme.submit", "programme.publish", "participation.apply", "review.submit", "agreement.sign"])}, 'programme', ${id("p", `n.i % ${PROGRAMMES}`)},
      '{"status":{"before":"open","after":"active"}}', '{}'
    from ${n} n`);
  await run("analyze table programmes, participations, agreements, review_assignments, programme_decisions, programme_revisions, institutions, audit_log");
  console.log(`seeded in ${seconds(seeding)}\n`);
}

const year = new Date().getUTCFullYear();
const periods = [
  { label: `year ${year}`, start: `${year}-01-01`, end: `${year}-12-31` },
  { label: `${year} Q3`, start: `${year}-07-01`, end: `${year}-09-30` },
  { label: "whole history", start: "2020-01-01", end: `${year}-12-31` },
];
console.log(`computeFigures over ${PROGRAMMES.toLocaleString("en")} programmes / ${AUDIT.toLocaleString("en")} audit entries (${RUNS} runs each; goal < 2000 ms):`);
let worst = 0;
const rows: BenchRow[] = [];
for (const p of periods) {
  const times: number[] = [];
  let trips = 0;
  let total = 0;
  for (let r = 0; r < RUNS; r++) {
    const before = roundTrips.sequential;
    const started = performance.now();
    const figures = await computeFigures(db, { start: p.start, end: p.end });
    times.push(performance.now() - started);
    trips = roundTrips.sequential - before;
    total = figures.programmes.total;
  }
  times.sort((a, b) => a - b);
  worst = Math.max(worst, times[times.length - 1]!);
  rows.push({
    measure: `computeFigures, ${p.label}`,
    value: `median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms, ${trips} round trip(s)`,
    goal: "≤ 2000 ms",
    met: times[times.length - 1]! <= 2000,
  });
  console.log(`  ${p.label.padEnd(14)} median ${times[Math.floor(times.length / 2)]!.toFixed(0).padStart(5)} ms  max ${times[times.length - 1]!.toFixed(0).padStart(5)} ms  ${trips} sequential round trip(s)  (${total.toLocaleString("en")} programmes in scope)`);
}
console.log(worst < 2000 ? `OK: every run under 2 s` : `SLOW: the slowest run took ${worst.toFixed(0)} ms (goal < 2000 ms)`);
writeSection("reports", `Report figures at ${PROGRAMMES.toLocaleString("en")} programmes / ${AUDIT.toLocaleString("en")} audit entries (${RUNS} runs each)`, rows);
await handle.close();
