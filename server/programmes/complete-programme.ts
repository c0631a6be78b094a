import type { OutcomeReport, OutcomeTarget } from "@/db/schema/programmes";
import { assertCan } from "../authz/permissions";
import { afterResponse, metaContext, type UseCaseContext } from "../context";
import { conflict, invalidFields, notFound } from "../errors";
import { notifyProgrammeStatusChanged } from "../participation/notify-status-change";
import { commitAtomic } from "../workflow/commit-transition";
import { nextState } from "../workflow/state-machine";
import { findProgramme, guardedProgrammeUpdate, programmeSubject } from "./queries";
import type { CompleteProgrammeInput } from "./schemas";
import { programmeMachine } from "./transitions";

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

/** The lead's owner completes an active programme with its outcome report (active → completed). */
export async function completeProgramme(ctx: UseCaseContext, input: CompleteProgrammeInput) {
  const { db, viewer } = ctx;
  const found = await findProgramme(db, input.programmeId);
  if (!found) throw notFound("programme");
  const { programme } = found;
  assertCan(viewer, programmeMachine.transitions.complete.permission, programmeSubject(programme, found.panel));
  if (programme.version !== input.version) throw conflict("programme");
  const to = nextState(programmeMachine, programme.status, "complete");
  const report = buildOutcomeReport(programme.outcomes, input);
  if (!report) throw invalidFields({ results: ["programmes.lifecycle.validation.results"] });
  if (report.narrative.length < 20) throw invalidFields({ narrative: ["programmes.lifecycle.validation.narrative"] });
  await commitAtomic(db, [guardedProgrammeUpdate(db, programme.id, programme, { status: to, closedAt: new Date(), outcomeReport: report })], {
    actorUserId: viewer!.userId,
    onBehalfOfInstitutionId: programme.leadInstitutionId,
    action: "programme.complete",
    objectType: "programme",
    objectId: programme.id,
    changes: { status: { before: programme.status, after: to }, outcomeReport: { before: null, after: report } },
    context: metaContext(ctx.meta),
  });
  await afterResponse(ctx, () => notifyProgrammeStatusChanged(db, programme, to));
  return { programmeId: programme.id, status: to, version: programme.version + 1 };
}
