// Plain data in and out of the reviewer-matching core. Nothing here knows the database, tRPC,
// React or Next: the callers (a use case, the bench, the tests) build these objects.

/** A reviewer's bid on one proposal. `conflict` is binding: the pair is forbidden. */
export const BIDS = ["eager", "willing", "not_qualified", "conflict"] as const;
export type Bid = (typeof BIDS)[number];

/** An inclusive period of ISO dates (`YYYY-MM-DD`). */
export type Period = { from: string; to: string };

export type MatchReviewer = {
  id: string;
  /** Institutions the reviewer is an active member of. */
  institutionIds: readonly string[];
  /** ISO 3166-1 alpha-2 of the reviewer's own country. */
  country: string;
  /** UN M49 region of `country` (reference/countries.csv, `m49_region`). */
  region: string;
  /** Sector codes (reference/sectors.csv) of their expertise. */
  sectors: readonly string[];
  /** Working areas of their expertise (capacity_building, application, data_governance). */
  workingAreas: readonly string[];
  /** Countries (ISO alpha-2) and M49 regions they know well. */
  countriesKnown: readonly string[];
  regionsKnown: readonly string[];
  /** Languages they read (ISO 639-1: en, fr, es, ar, zh, ru, pt…). */
  languages: readonly string[];
  /** Most open review seats (reviewer or chair) they accept at once. */
  capacity: number;
  /** Open seats they hold now, on proposals still in review. */
  currentLoad: number;
  unavailable: readonly Period[];
  chairEligible: boolean;
  /** Title + summary of the proposals they reviewed before (for text similarity). */
  pastTexts: readonly string[];
};

export type MatchProposal = {
  id: string;
  leadInstitutionId: string;
  coLeadInstitutionIds: readonly string[];
  leadCountry: string;
  /** Countries of the lead and co-lead institutions (the same-country conflict looks at these). */
  partyCountries: readonly string[];
  hubCountry: string | null;
  spilloverCountries: readonly string[];
  sectors: readonly string[];
  workingArea: string | null;
  languages: readonly string[];
  title: string;
  summary: string;
  /** Seats already taken on this panel (kept as they are; the solver fills the rest). */
  seated?: { reviewerIds: readonly string[]; chairId: string | null };
};

export type MatchPolicy = {
  /** Reviewers per panel (the chair is extra). */
  panelSize: number;
  chairRequired: boolean;
  /** No reviewer or chair from the lead institution's country. */
  excludeLeadCountry: boolean;
  /** No reviewer or chair from the country of the lead or a co-lead (review_policy.sameCountry). */
  sameCountry: boolean;
  /** Distinct M49 regions among a panel's reviewers: 1 or 2 (see docs/MATCHING.md). */
  minRegions: 1 | 2;
  /**
   * Points each open seat a reviewer already holds costs on their next one (0 = pure affinity).
   * A convex cost, so the solver spreads load while it stays exact; see docs/MATCHING.md.
   */
  loadBalance: number;
};

export const DEFAULT_MATCH_POLICY: MatchPolicy = {
  panelSize: 3,
  chairRequired: true,
  excludeLeadCountry: false,
  sameCountry: false,
  minRegions: 2,
  loadBalance: 25,
};

export type MatchInput = {
  reviewers: readonly MatchReviewer[];
  proposals: readonly MatchProposal[];
  /** reviewerId → proposalId → bid; a missing entry is "no bid". */
  bids: ReadonlyMap<string, ReadonlyMap<string, Bid>>;
  /** Conflicts declared outside bids (recusals): reviewerId → proposal ids. */
  declaredConflicts: ReadonlyMap<string, ReadonlySet<string>>;
  /** ISO alpha-2 → M49 region, for the proposal's countries. */
  countryRegions: ReadonlyMap<string, string>;
  /** The review period: a reviewer unavailable on any day of it is not assigned. */
  window: Period | null;
  policy: MatchPolicy;
};

/** What can keep a reviewer off a panel, or keep a panel from being staffed. */
export const CONSTRAINTS = ["conflicts", "lead_country", "availability", "capacity", "regions", "chairs", "panel_size"] as const;
export type Constraint = (typeof CONSTRAINTS)[number];

export type Displaced = { reviewerId: string; seat: "reviewer" | "chair"; score: number; constraint: Constraint };

export type PanelResult = {
  proposalId: string;
  /** New reviewers, best score first (seated reviewers are not repeated here). */
  reviewerIds: string[];
  chairId: string | null;
  reviewerScores: number[];
  chairScore: number | null;
  /** Sum of the new seats' scores. */
  score: number;
  /** Regions of all the panel's reviewers (seated and new). */
  regions: string[];
  /** Constraints that kept a better-scored reviewer off this panel. */
  boundBy: Constraint[];
  /** Up to three such reviewers, best first. */
  displaced: Displaced[];
};

export type Unstaffed = {
  proposalId: string;
  /** Seats the best attempt left empty. */
  missingReviewers: number;
  missingChair: boolean;
  /** The constraint that makes the panel impossible (first entry), with the structural rule it breaks. */
  binding: Constraint[];
};

export type MatchResult = {
  status: "optimal" | "infeasible";
  /** Sum of all new seats' scores, minus the load-balance cost (the solver's objective). */
  objective: number;
  panels: PanelResult[];
  unstaffed: Unstaffed[];
  stats: { candidatePairs: number; rounds: number; relabels: number; searches: number; affinityMs: number; solveMs: number };
};
