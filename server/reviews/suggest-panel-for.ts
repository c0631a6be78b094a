import { assertCan } from "../authz/permissions";
import type { UseCaseContext } from "../context";
import { notFound } from "../errors";
import { findProgramme } from "../programmes/queries";
import { conflictOf } from "./conflicts";
import { partyCountries, reviewerCandidates, reviewPolicy } from "./queries";
import { suggestPanel } from "./suggest-panel";

/** Admin: the candidate reviewers of a proposal, each with their load, regions and any conflict, plus a suggested panel. */
export async function suggestPanelFor(ctx: UseCaseContext, programmeId: string) {
  assertCan(ctx.viewer, "programme.assignPanel");
  const [found, candidates, policy, countries] = await Promise.all([
    findProgramme(ctx.db, programmeId),
    reviewerCandidates(ctx.db, programmeId),
    reviewPolicy(ctx.db),
    partyCountries(ctx.db, programmeId),
  ]);
  if (!found) throw notFound("programme");
  const { programme } = found;
  const facts = { leadInstitutionId: programme.leadInstitutionId, coLeadInstitutionIds: programme.coLeadInstitutionIds, partyCountryCodes: countries };
  // A seat that was active or ended is not offered again (the unique seat per person and panel).
  const open = candidates.filter((c) => c.standing !== "active" && c.standing !== "ended");
  const activeSeats = found.panel.filter((m) => m.status === "active");
  const missing = Math.max(0, policy.panelSize - activeSeats.filter((m) => m.role === "reviewer").length);
  const suggestion = suggestPanel(open, facts, policy, missing);
  return {
    candidates: candidates.map((c) => ({
      userId: c.userId,
      name: c.name,
      regions: c.regions,
      load: c.load,
      standing: c.standing,
      role: found.panel.find((m) => m.userId === c.userId)?.role ?? null,
      conflict: conflictOf({ ...c, declared: c.standing === "recused" }, facts, policy),
    })),
    suggestion: { reviewerIds: suggestion.reviewerIds, chairId: activeSeats.some((m) => m.role === "chair") ? null : suggestion.chairId },
    panelSize: policy.panelSize,
    hasChair: activeSeats.some((m) => m.role === "chair"),
    reviewerSeats: activeSeats.filter((m) => m.role === "reviewer").length,
  };
}
