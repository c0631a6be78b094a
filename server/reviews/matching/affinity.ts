import type { Bid, MatchProposal, MatchReviewer } from "./types";

/**
 * How well a reviewer fits a proposal, and the one score the solver maximises.
 *
 *   sector   = |reviewer sectors ∩ proposal sectors| / |proposal sectors|          (0 if none listed)
 *   area     = 1 if the proposal's working area is one of the reviewer's, else 0
 *   geo      = mean, over the proposal's countries (lead, hub, spillover; each once), of
 *              1 if the reviewer knows the country (listed, or their own),
 *              ½ if they know its M49 region (listed, or their own), else 0
 *   language = 1 if the reviewer reads one of the proposal's languages (or none is given), else 0
 *   profile  = (3·sector + 1·area + 2·geo + 2·language) / 8                          ∈ [0, 1]
 *   text     = best TF-IDF cosine between the proposal's title + summary and one of the
 *              reviewer's past reviewed texts (0 without past texts; see text-similarity.ts)
 *   affinity = profile + ½·text                                                       ∈ [0, 1.5]
 *   bid      = +½ eager, +¼ willing, 0 no bid, −½ not qualified; "conflict" forbids the pair
 *   score    = round(1000 · (affinity + bid))   integer points                        ∈ [−500, 2000]
 *
 * Text similarity only adds: a reviewer without a history is not ranked below one whose
 * history is unrelated. The score is an integer so the solver's arithmetic is exact.
 */
export const AFFINITY_WEIGHTS = { sector: 3, area: 1, geo: 2, language: 2 } as const;
export const TEXT_WEIGHT = 0.5;
export const BID_BONUS: Record<Exclude<Bid, "conflict">, number> = { eager: 0.5, willing: 0.25, not_qualified: -0.5 };
export const SCORE_SCALE = 1000;

export type ProfileOverlap = { sector: number; area: number; geo: number; language: number; profile: number };

export function proposalCountries(proposal: MatchProposal): string[] {
  return [...new Set([proposal.leadCountry, ...(proposal.hubCountry ? [proposal.hubCountry] : []), ...proposal.spilloverCountries])];
}

/** A reviewer's profile as sets, built once per batch. */
export type ReviewerProfile = { sectors: Set<string>; areas: Set<string>; countries: Set<string>; regions: Set<string>; languages: Set<string> };
/** A proposal's profile with each country's region looked up once. */
export type ProposalProfile = { sectors: readonly string[]; area: string | null; places: { country: string; region: string | undefined }[]; languages: readonly string[] };

export function reviewerProfile(reviewer: MatchReviewer): ReviewerProfile {
  return {
    sectors: new Set(reviewer.sectors),
    areas: new Set(reviewer.workingAreas),
    countries: new Set([reviewer.country, ...reviewer.countriesKnown]),
    regions: new Set([reviewer.region, ...reviewer.regionsKnown]),
    languages: new Set(reviewer.languages),
  };
}

export function proposalProfile(proposal: MatchProposal, countryRegions: ReadonlyMap<string, string>): ProposalProfile {
  return {
    sectors: proposal.sectors,
    area: proposal.workingArea,
    places: proposalCountries(proposal).map((country) => ({ country, region: countryRegions.get(country) })),
    languages: proposal.languages,
  };
}

export function overlap(reviewer: ReviewerProfile, proposal: ProposalProfile): ProfileOverlap {
  let shared = 0;
  for (const s of proposal.sectors) if (reviewer.sectors.has(s)) shared++;
  const sector = proposal.sectors.length === 0 ? 0 : shared / proposal.sectors.length;
  const area = proposal.area !== null && reviewer.areas.has(proposal.area) ? 1 : 0;
  let known = 0;
  for (const { country, region } of proposal.places) {
    if (reviewer.countries.has(country)) known += 1;
    else if (region !== undefined && reviewer.regions.has(region)) known += 0.5;
  }
  const geo = known / proposal.places.length;
  let language = proposal.languages.length === 0 ? 1 : 0;
  for (const l of proposal.languages) if (reviewer.languages.has(l)) language = 1;
  const w = AFFINITY_WEIGHTS;
  const profile = (w.sector * sector + w.area * area + w.geo * geo + w.language * language) / (w.sector + w.area + w.geo + w.language);
  return { sector, area, geo, language, profile };
}

export function profileOverlap(reviewer: MatchReviewer, proposal: MatchProposal, countryRegions: ReadonlyMap<string, string>): ProfileOverlap {
  return overlap(reviewerProfile(reviewer), proposalProfile(proposal, countryRegions));
}

/** Affinity in points (no bid): round(1000 · (profile + ½·text)). */
export function affinityPoints(profile: number, text: number): number {
  return Math.round(SCORE_SCALE * (profile + TEXT_WEIGHT * text));
}

/** The bid's bonus in points. A "conflict" bid adds nothing: it forbids the pair (eligibility.ts). */
export function bidPoints(bid: Bid | undefined): number {
  return bid === undefined || bid === "conflict" ? 0 : Math.round(SCORE_SCALE * BID_BONUS[bid]);
}
