import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { findProgramme } from "../programmes/queries";
import { loadMatchingRows } from "../reviewer-matching/load-matching";
import { suggestOne } from "../reviewer-matching/suggest-one";
import { conflictOf } from "./conflicts";
import { partyCountries, reviewerCandidates, reviewPolicy } from "./queries";
import { suggestPanel } from "./suggest-panel";

/** Admin: the candidate reviewers of a proposal, each with their load, regions and any conflict, plus the solver's suggested panel. */
export async function suggestPanelFor(ctx: UseCaseContext, programmeId: string) {
  assertCan(ctx.viewer, "programme.assignPanel");
  const [found, candidates, policy, countries, rows] = await Promise.all([
    findProgramme(ctx.db, programmeId),
    reviewerCandidates(ctx.db, programmeId),
    reviewPolicy(ctx.db),
    partyCountries(ctx.db, programmeId),
    loadMatchingRows(ctx.db, [programmeId]),
  ]);
  if (!found) throw notFound("programme");
  const { programme } = found;
  const facts = { leadInstitutionId: programme.leadInstitutionId, coLeadInstitutionIds: programme.coLeadInstitutionIds, partyCountryCodes: countries };
  // A seat that was active or ended is not offered again (the unique seat per person and panel).
  const bidConflicts = new Set(rows.bids.filter((b) => b.programmeId === programmeId && b.bid === "conflict").map((b) => b.reviewerUserId));
  const declared = (c: (typeof candidates)[number]) => c.standing === "recused" || bidConflicts.has(c.userId);
  const activeSeats = found.panel.filter((m) => m.status === "active");
  // The solver's optimal panel (docs/MATCHING.md); when no panel meets every rule, the greedy
  // pick of the reviewers without a conflict, with the constraint that binds.
  const solved = suggestOne(rows, programmeId);
  const open = candidates.filter((c) => c.standing !== "active" && c.standing !== "ended" && !bidConflicts.has(c.userId));
  const seated = activeSeats.filter((m) => m.role === "reviewer").length;
  const missing = Math.max(0, policy.panelSize - seated);
  const suggestion = solved?.staffed ? solved : suggestPanel(open, facts, policy, missing, Math.max(0, policy.quorum - seated));
  return {
    candidates: candidates.map((c) => ({
      userId: c.userId,
      name: c.name,
      regions: c.regions,
      load: c.load,
      standing: c.standing,
      role: found.panel.find((m) => m.userId === c.userId)?.role ?? null,
      conflict: conflictOf({ ...c, declared: declared(c) }, facts, policy),
    })),
    suggestion: { reviewerIds: suggestion.reviewerIds, chairId: activeSeats.some((m) => m.role === "chair") ? null : suggestion.chairId },
    binding: solved && !solved.staffed ? solved.binding : [],
    panelSize: policy.panelSize,
    /** Submitted reviews the chair needs before deciding; the chair's own seat does not count. */
    quorum: policy.quorum,
    hasChair: activeSeats.some((m) => m.role === "chair"),
    reviewerSeats: activeSeats.filter((m) => m.role === "reviewer").length,
  };
}
