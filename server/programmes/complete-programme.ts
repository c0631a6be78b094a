import type { OutcomeReport, OutcomeTarget } from "@/db/schema/programmes";
import type { Database } from "@/db/client";
import { invalidFields } from "../errors";
import { transition } from "../workflow/transition";
import { assertStarted, onProgramme, programmeMoved, statusChangedNotices } from "./programme-step";
import type { CompleteProgrammeInput } from "./schemas";

const programme = onProgramme<CompleteProgrammeInput>();

/**
 * The outcome report: every expected outcome (in the programme's order, with its own
 * description) beside what was achieved. Each expected outcome must be reported exactly once
 * (matched by metric and target), and nothing else; otherwise null. Pure.
 */
export function buildOutcomeReport(expected: readonly OutcomeTarget[], input: Pick<CompleteProgrammeInput, "results" | "narrative">): OutcomeReport | null {
  if (input.results.length !== expected.length) return null;
  const unused = [...input.results];
  const results: OutcomeReport["results"] = [];
  for (const outcome of expected) {
    const i = unused.findIndex((r) => r.metric === outcome.metric && r.target === outcome.target);
    if (i < 0) return null;
    const [reported] = unused.splice(i, 1);
    results.push({ metric: outcome.metric, target: outcome.target, description: outcome.description, achieved: reported!.achieved });
  }
  return { results, narrative: input.narrative.trim() };
}

/** The lead's owner completes an active programme with its outcome report (active → completed), not before its start date. */
export const completeProgramme = transition({
  ...programme,
  event: "complete",
  load: async (db: Database, input: CompleteProgrammeInput) => {
    const found = await programme.load(db, input);
    return found && { ...found, report: buildOutcomeReport(found.programme.outcomes, input) };
  },
  rules: ({ loaded: { programme, report }, now }) => {
    assertStarted(programme, now);
    if (!report) throw invalidFields({ results: ["programmes.lifecycle.validation.results"] });
    if (report.narrative.length < 20) throw invalidFields({ narrative: ["programmes.lifecycle.validation.narrative"] });
  },
  change: ({ loaded, now }) => ({ set: { closedAt: now, outcomeReport: loaded.report } }),
  audit: ({ loaded, from, to }) => ({
    action: "programme.complete",
    onBehalfOfInstitutionId: loaded.programme.leadInstitutionId,
    changes: { status: { before: from, after: to }, outcomeReport: { before: null, after: loaded.report } },
    context: {},
  }),
  notices: ({ loaded, to }) => statusChangedNotices(loaded.programme, to),
  result: programmeMoved,
});
