// The "compare revisions" parts of the proposal page and the review sheet: which two revisions,
// and their diff (programmes.revisionDiff), read with the rest of the page.
import type { PageContext } from "../page-read";

type Diff = Awaited<ReturnType<PageContext["api"]["programmes"]["revisionDiff"]>>;

/** A revision number from the query string: a whole number of at most four digits, from 1. */
export function revisionNumber(value: string | undefined): number | undefined {
  const n = value !== undefined && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  return n >= 1 ? n : undefined;
}

/**
 * The proposal page (?from=&to=): both must be revisions of the programme; the same one twice, or
 * one that does not exist (for this reader), is a problem to show instead of a diff.
 */
export async function proposalComparison(ctx: PageContext, programmeId: string, revisions: readonly { number: number }[], fromParam?: string, toParam?: string) {
  const from = revisionNumber(fromParam);
  const to = revisionNumber(toParam);
  const exists = (n?: number) => n !== undefined && revisions.some((r) => r.number === n);
  let diff: Diff | null = null;
  let problem: "same" | "missing" | null = null;
  if (from !== undefined && to !== undefined) {
    if (from === to) problem = "same";
    else if (!exists(from) || !exists(to)) problem = "missing";
    else {
      diff = await ctx.api.programmes.revisionDiff({ programmeId, from, to }).catch((error: unknown) => {
        if ((error as { code?: string }).code !== "NOT_FOUND") throw error;
        problem = "missing";
        return null;
      });
    }
  }
  return { from, to, diff, problem };
}

/** A revision number from the review sheet's query string, 1 … the current revision, else null. */
function sheetRevision(value: string | undefined, max: number): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
}

/**
 * The review sheet: the two revisions default to the last two; the diff is read only when the
 * reader asked (?from= or ?to=); any refusal reads as "unavailable".
 */
export async function sheetComparison(ctx: PageContext, programmeId: string, currentRevision: number, fromParam?: string, toParam?: string) {
  const from = sheetRevision(fromParam, currentRevision) ?? currentRevision - 1;
  const to = sheetRevision(toParam, currentRevision) ?? currentRevision;
  const requested = currentRevision >= 2 && (fromParam !== undefined || toParam !== undefined);
  let diff: Diff | null = null;
  let problem: "same" | "unavailable" | null = null;
  if (requested) {
    if (from === to) problem = "same";
    else diff = await ctx.api.programmes.revisionDiff({ programmeId, from, to }).catch(() => ((problem = "unavailable"), null));
  }
  return { currentRevision, from, to, diff, problem };
}

export type ProposalComparison = Awaited<ReturnType<typeof proposalComparison>>;
export type SheetComparison = Awaited<ReturnType<typeof sheetComparison>>;
