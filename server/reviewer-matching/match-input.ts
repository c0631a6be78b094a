// The adapter from database rows to the solver's plain input (server/reviews/matching/types.ts).
// Pure: the rows come from queries.ts, read in one wave by the use case.
import { DEFAULT_MATCH_POLICY, type Bid, type MatchInput, type MatchPolicy, type MatchProposal, type MatchReviewer, type Period } from "../reviews/matching/types";
import type { ReviewPolicy } from "../reviews/queries";
import type { MatchingReviewerRow, PanelProposalRow } from "./queries";

/** Open seats a reviewer without a profile accepts (they can raise or lower it on their profile page). */
export const DEFAULT_CAPACITY = 5;
/** The review window of a batch: the reviews are expected within four weeks of the assignment. */
export const REVIEW_WINDOW_DAYS = 28;
/** Region of a reviewer with no active institution (so no known country). */
export const NO_REGION = "—";

export type MatchingRows = {
  reviewers: readonly MatchingReviewerRow[];
  proposals: readonly PanelProposalRow[];
  bids: readonly { reviewerUserId: string; programmeId: string; bid: Bid }[];
  pastTexts: readonly { reviewerUserId: string; title: string; summary: string }[];
  countryRegions: ReadonlyMap<string, string>;
  reviewPolicy: ReviewPolicy;
  excludeLeadCountry: boolean;
  today: string;
};

export function reviewWindow(today: string, days = REVIEW_WINDOW_DAYS): Period {
  const end = new Date(`${today}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + days - 1);
  return { from: today, to: end.toISOString().slice(0, 10) };
}

export function matchPolicyOf(policy: ReviewPolicy, excludeLeadCountry: boolean): MatchPolicy {
  return { ...DEFAULT_MATCH_POLICY, panelSize: policy.panelSize, sameCountry: policy.sameCountry, excludeLeadCountry };
}

/** Active seats of a proposal, split into reviewers and chair. */
export function activeSeats(row: Pick<PanelProposalRow, "panel">) {
  const active = row.panel.filter((s) => s.status === "active");
  return { reviewerIds: active.filter((s) => s.role === "reviewer").map((s) => s.userId), chairId: active.find((s) => s.role === "chair")?.userId ?? null };
}

/**
 * Whether the proposal still needs seats the batch can fill: fewer reviewers than the panel
 * size, or no chair. A panel with more reviewers than the policy asks (an admin's choice on the
 * desk) is left to the desk.
 */
export function awaitsPanel(row: Pick<PanelProposalRow, "panel">, panelSize: number): boolean {
  const seats = activeSeats(row);
  return seats.reviewerIds.length < panelSize || (seats.reviewerIds.length === panelSize && seats.chairId === null);
}

function reviewerOf(row: MatchingReviewerRow, regions: ReadonlyMap<string, string>, pastTexts: ReadonlyMap<string, string[]>): MatchReviewer {
  const p = row.profile;
  const country = row.country ?? "";
  return {
    id: row.userId,
    institutionIds: row.institutionIds,
    country,
    region: regions.get(country) ?? NO_REGION,
    sectors: p?.sectors ?? [],
    workingAreas: p?.workingAreas ?? [],
    countriesKnown: p?.countriesKnown ?? [],
    regionsKnown: p?.regionsKnown ?? [],
    languages: p?.languages ?? [],
    capacity: p?.capacity ?? DEFAULT_CAPACITY,
    currentLoad: row.load,
    unavailable: p?.unavailable ?? [],
    chairEligible: p?.chairEligible ?? true,
    pastTexts: pastTexts.get(row.userId) ?? [],
  };
}

function proposalOf(row: PanelProposalRow, known: ReadonlySet<string>): MatchProposal {
  const seats = activeSeats(row);
  return {
    id: row.id,
    leadInstitutionId: row.leadInstitutionId,
    coLeadInstitutionIds: row.coLeadInstitutionIds,
    leadCountry: row.leadCountry,
    partyCountries: row.partyCountries,
    hubCountry: row.hubCountry,
    spilloverCountries: row.spilloverCountries,
    sectors: row.sectors,
    workingArea: row.workingArea,
    languages: row.languages,
    title: row.title,
    summary: row.summary,
    seated: { reviewerIds: seats.reviewerIds.filter((id) => known.has(id)), chairId: seats.chairId && known.has(seats.chairId) ? seats.chairId : null },
  };
}

/**
 * The solver's input for the proposals awaiting a panel (in the order read: oldest submitted
 * first, at most `limit`). A recused or ended seat is a declared conflict (nobody takes a seat
 * twice on one panel); a "conflict" bid forbids the pair in the solver itself.
 */
export function buildMatchInput(rows: MatchingRows, limit = Number.POSITIVE_INFINITY): MatchInput {
  const texts = new Map<string, string[]>();
  for (const t of rows.pastTexts) {
    const list = texts.get(t.reviewerUserId) ?? [];
    list.push(`${t.title}\n${t.summary}`);
    texts.set(t.reviewerUserId, list);
  }
  const reviewers = rows.reviewers.map((r) => reviewerOf(r, rows.countryRegions, texts));
  const known = new Set(reviewers.map((r) => r.id));
  const awaiting = rows.proposals.filter((p) => awaitsPanel(p, rows.reviewPolicy.panelSize)).slice(0, limit);
  const ids = new Set(awaiting.map((p) => p.id));
  const bids = new Map<string, Map<string, Bid>>();
  for (const b of rows.bids) {
    if (!ids.has(b.programmeId)) continue;
    const mine = bids.get(b.reviewerUserId) ?? new Map<string, Bid>();
    mine.set(b.programmeId, b.bid);
    bids.set(b.reviewerUserId, mine);
  }
  const declaredConflicts = new Map<string, Set<string>>();
  for (const p of awaiting) {
    for (const seat of p.panel) {
      if (seat.status === "active") continue;
      const set = declaredConflicts.get(seat.userId) ?? new Set<string>();
      set.add(p.id);
      declaredConflicts.set(seat.userId, set);
    }
  }
  return {
    reviewers,
    proposals: awaiting.map((p) => proposalOf(p, known)),
    bids,
    declaredConflicts,
    countryRegions: rows.countryRegions,
    window: reviewWindow(rows.today),
    policy: matchPolicyOf(rows.reviewPolicy, rows.excludeLeadCountry),
  };
}
