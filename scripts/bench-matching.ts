// Quality report of reviewer matching (no database): on a seeded synthetic batch (200 reviewers,
// 1,000 proposals, panel of 3 + chair), the exact solver against today's greedy suggestion
// (server/reviews/suggest-panel.ts) applied proposal by proposal with loads updated, as the desk
// would. Prints one table and returns it as data (`runMatchingBench`).
// Usage: tsx scripts/bench-matching.ts [reviewers=200] [proposals=1000] [seed=2026]
import { cpuUsage } from "node:process";
import { pathToFileURL } from "node:url";
import { cpus, loadavg } from "node:os";
import { readCountries, readSectors } from "../db/reference/load";
import { writeSection } from "./lib/bench-results";
import { matchBatch } from "../server/reviews/matching/match-batch";
import { scoreMatrix } from "../server/reviews/matching/score-matrix";
import { syntheticBatch } from "../server/reviews/matching/synthetic-batch";
import { unavailableDuring } from "../server/reviews/matching/eligibility";
import type { MatchInput } from "../server/reviews/matching/types";
import { findViolations, type ProposedPanel } from "../server/reviews/matching/violations";
import type { Candidate } from "../server/reviews/queries";
import { suggestPanel } from "../server/reviews/suggest-panel";

export type BenchRow = {
  method: string;
  staffed: number;
  totalAffinity: number;
  meanAffinity: number;
  worstPanel: number;
  load: { max: number; min: number; sd: number };
  twoRegions: number;
  violations: number;
  violationsByRule: Record<string, number>;
  wallMs: number;
  cpuMs: number;
};

export type BenchReport = { reviewers: number; proposals: number; seed: number; objective: number; rows: BenchRow[]; loadAverage: number; cores: number };

function timed<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = cpuUsage();
  const started = performance.now();
  const value = run();
  const used = cpuUsage(cpu);
  return { value, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** Today's desk: suggestPanel proposal by proposal, each suggestion's seats added to the loads. */
function greedy(input: MatchInput, deskFilters: boolean): ProposedPanel[] {
  const load = new Map(input.reviewers.map((r) => [r.id, r.currentLoad]));
  return input.proposals.map((proposal) => {
    const candidates: Candidate[] = input.reviewers
      .filter((r) => !deskFilters || (load.get(r.id)! < r.capacity && !unavailableDuring(r.unavailable, input.window) && !(input.policy.excludeLeadCountry && r.country === proposal.leadCountry)))
      .map((r) => ({
        userId: r.id,
        name: r.id,
        email: `${r.id}@example.test`,
        institutionIds: [...r.institutionIds],
        countryCodes: [r.country],
        regions: [r.region],
        load: load.get(r.id)!,
        // Declared conflicts and "conflict" bids are what today's recusal records.
        standing: input.declaredConflicts.get(r.id)?.has(proposal.id) || input.bids.get(r.id)?.get(proposal.id) === "conflict" ? "recused" : null,
      }));
    const facts = { leadInstitutionId: proposal.leadInstitutionId, coLeadInstitutionIds: proposal.coLeadInstitutionIds, partyCountryCodes: proposal.partyCountries };
    const { reviewerIds, chairId } = suggestPanel(candidates, facts, input.policy, input.policy.panelSize);
    for (const id of [...reviewerIds, ...(chairId ? [chairId] : [])]) load.set(id, load.get(id)! + 1);
    return { proposalId: proposal.id, reviewerIds, chairId };
  });
}

function measure(method: string, input: MatchInput, affinity: Int32Array, panels: ProposedPanel[], time: { wallMs: number; cpuMs: number }): BenchRow {
  const P = input.proposals.length;
  const reviewerIndex = new Map(input.reviewers.map((r, i) => [r.id, i]));
  const proposalIndex = new Map(input.proposals.map((p, i) => [p.id, i]));
  const affinityOf = (reviewerId: string, proposalId: string) => affinity[reviewerIndex.get(reviewerId)! * P + proposalIndex.get(proposalId)!]!;
  const load = new Map(input.reviewers.map((r) => [r.id, r.currentLoad]));
  let total = 0;
  let seats = 0;
  let worst = Infinity;
  let twoRegions = 0;
  for (const panel of panels) {
    const ids = [...panel.reviewerIds, ...(panel.chairId ? [panel.chairId] : [])];
    for (const id of ids) {
      total += affinityOf(id, panel.proposalId);
      load.set(id, load.get(id)! + 1);
    }
    seats += ids.length;
    if (panel.reviewerIds.length > 0) worst = Math.min(worst, panel.reviewerIds.reduce((s, id) => s + affinityOf(id, panel.proposalId), 0) / panel.reviewerIds.length);
    if (new Set(panel.reviewerIds.map((id) => input.reviewers[reviewerIndex.get(id)!]!.region)).size >= 2) twoRegions++;
  }
  // Load spread over the reviewers who could take seats (available during the window).
  const loads = input.reviewers.filter((r) => !unavailableDuring(r.unavailable, input.window)).map((r) => load.get(r.id)!);
  const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
  const violations = findViolations(input, panels);
  const violationsByRule: Record<string, number> = {};
  for (const v of violations) violationsByRule[v.rule] = (violationsByRule[v.rule] ?? 0) + 1;
  const staffed = panels.filter((p) => p.reviewerIds.length === input.policy.panelSize && (!input.policy.chairRequired || p.chairId !== null)).length;
  return {
    method,
    staffed,
    totalAffinity: total,
    meanAffinity: seats === 0 ? 0 : total / seats,
    worstPanel: worst === Infinity ? 0 : worst,
    load: { max: Math.max(...loads), min: Math.min(...loads), sd: Math.sqrt(loads.reduce((s, l) => s + (l - mean) ** 2, 0) / loads.length) },
    twoRegions,
    violations: violations.length,
    violationsByRule,
    ...time,
  };
}

export function runMatchingBench(options: { reviewers?: number; proposals?: number; seed?: number } = {}): BenchReport {
  const reviewers = options.reviewers ?? 200;
  const proposals = options.proposals ?? 1000;
  const seed = options.seed ?? 2026;
  const countries = readCountries()
    .filter((c) => c.g77)
    .map((c) => ({ iso2: c.iso2, region: c.region }));
  const input = syntheticBatch({ reviewers, proposals, seed, countries, sectors: readSectors().map((s) => s.code) });
  const affinity = scoreMatrix(input).affinity;
  const rows: BenchRow[] = [];
  let objective = 0;
  for (const loadBalance of [input.policy.loadBalance, 0]) {
    const batch = { ...input, policy: { ...input.policy, loadBalance } };
    const run = timed(() => matchBatch(batch));
    if (loadBalance === input.policy.loadBalance) objective = run.value.objective;
    rows.push(measure(`solver (loadBalance ${loadBalance})`, batch, affinity, run.value.panels, run));
  }
  for (const deskFilters of [false, true]) {
    const run = timed(() => greedy(input, deskFilters));
    rows.push(measure(deskFilters ? "greedy + desk filters" : "greedy (today)", input, affinity, run.value, run));
  }
  return { reviewers, proposals, seed, objective, rows, loadAverage: loadavg()[0]!, cores: cpus().length };
}

export function formatReport(report: BenchReport): string {
  const header = ["method", "staffed", "total affinity", "mean/seat", "worst panel", "load max/min/sd", "≥2 regions", "violations", "wall ms", "cpu ms"];
  const notes = [
    "total affinity: Σ affinity points (profile + text, no bid) over every reviewer and chair seat; worst panel: the lowest mean reviewer affinity of a panel;",
    "load: open seats after the batch (current load + new seats) of the reviewers available in the window; violations: findViolations, from the plain input.",
  ];
  const lines = report.rows.map((r) => [
    r.method,
    `${r.staffed}/${report.proposals}`,
    String(r.totalAffinity),
    r.meanAffinity.toFixed(0),
    r.worstPanel.toFixed(0),
    `${r.load.max}/${r.load.min}/${r.load.sd.toFixed(2)}`,
    `${r.twoRegions}/${report.proposals}`,
    r.violations === 0 ? "0" : `${r.violations} (${Object.entries(r.violationsByRule).map(([k, v]) => `${k} ${v}`).join(", ")})`,
    r.wallMs.toFixed(0),
    r.cpuMs.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [
    `Reviewer matching: ${report.reviewers} reviewers × ${report.proposals} proposals (panel 3 + chair), seed ${report.seed}; affinity in points (1000 = perfect profile); solver objective ${report.objective}.`,
    row(header),
    row(widths.map((w) => "-".repeat(w))),
    ...lines.map(row),
    ...notes,
    `Load average ${report.loadAverage.toFixed(1)} on ${report.cores} cores while measuring (cpu ms is this process's own time).`,
  ].join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [reviewers, proposals, seed] = process.argv.slice(2).map(Number);
  const report = runMatchingBench({ reviewers, proposals, seed });
  console.log(formatReport(report));
  // Its section of `npm run bench`'s table (scripts/bench-all.ts).
  writeSection(
    "matching",
    `Reviewer matching, ${report.reviewers} reviewers × ${report.proposals} proposals`,
    report.rows.map((r) => ({
      measure: r.method,
      value: `${r.staffed}/${report.proposals} staffed, mean affinity ${r.meanAffinity.toFixed(0)}, worst panel ${r.worstPanel.toFixed(0)}, ${r.violations} rule violations, ${r.wallMs.toFixed(0)} ms`,
    })),
    [`Load average ${report.loadAverage.toFixed(1)} on ${report.cores} cores while measuring.`],
  );
}
