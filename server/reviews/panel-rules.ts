import { DomainError, invalidFields } from "../errors";
import type { ProgrammeRow } from "../programmes/queries";
import { conflictOf } from "./conflicts";
import type { partyCountries, reviewerCandidates, reviewPolicy } from "./queries";

export type PanelWish = { reviewerIds: string[]; chairId?: string };
type PanelFacts = {
  programme: Pick<ProgrammeRow, "leadInstitutionId" | "coLeadInstitutionIds">;
  panel: { role: string; status: string }[];
  candidates: Awaited<ReturnType<typeof reviewerCandidates>>;
  policy: Awaited<ReturnType<typeof reviewPolicy>>;
  countries: Awaited<ReturnType<typeof partyCountries>>;
  bidConflicts: ReadonlySet<string>;
};

/** The seats a panel wish asks for, reviewers first. */
export function wantedSeats(input: PanelWish) {
  return [...input.reviewerIds.map((id) => ({ id, role: "reviewer" as const })), ...(input.chairId ? [{ id: input.chairId, role: "chair" as const }] : [])];
}

/**
 * The assignment's own rule: one chair (exactly one once seated), nobody twice, and no reviewer
 * with a conflict of interest — a "conflict" bid is a declared conflict, binding here as in the
 * batch solver. Throws the refusal with its reason.
 */
export function assertPanelAllowed(input: PanelWish, facts: PanelFacts): void {
  const hasChair = facts.panel.some((m) => m.role === "chair" && m.status === "active");
  if (new Set(input.reviewerIds).size !== input.reviewerIds.length) throw invalidFields({ reviewerIds: ["validation.duplicateReviewer"] });
  if (input.chairId && input.reviewerIds.includes(input.chairId)) throw invalidFields({ chairId: ["validation.chairNotReviewer"] });
  if (input.chairId && hasChair) throw new DomainError("ALREADY_EXISTS", { what: "chair" });
  if (!input.chairId && !hasChair) throw invalidFields({ chairId: ["validation.chairRequired"] });
  if (input.reviewerIds.length === 0 && !input.chairId) throw invalidFields({ reviewerIds: ["validation.reviewersRequired"] });
  const parties = { leadInstitutionId: facts.programme.leadInstitutionId, coLeadInstitutionIds: facts.programme.coLeadInstitutionIds, partyCountryCodes: facts.countries };
  for (const w of wantedSeats(input)) {
    const candidate = facts.candidates.find((c) => c.userId === w.id);
    if (!candidate) throw new DomainError("NOT_FOUND", { what: "reviewer" });
    if (candidate.standing === "active" || candidate.standing === "ended") throw new DomainError("ALREADY_EXISTS", { what: "assignment" });
    const reason = conflictOf({ ...candidate, declared: candidate.standing === "recused" || facts.bidConflicts.has(candidate.userId) }, parties, facts.policy);
    if (reason) throw new DomainError("CONFLICT_OF_INTEREST", { reviewer: candidate.name, reason });
  }
}
