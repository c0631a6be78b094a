// The figures of a transparency report. `ReportFigures` holds exact counts (what publishing
// stores); `PublicFigures` is the same shape after suppression (server/reports/suppress.ts),
// where a small count reads "<5" (the threshold of the report). Pages, JSON and CSV all show
// PublicFigures; only admins see the exact numbers of a draft.

/** A count as shown to the public: the number, or "<N" when below the report's threshold N. */
export type Cell = number | `<${number}`;

/** One row of a breakdown: `key` is a code (status, ISO country, sector code…), `name` its English reference name where one exists. */
export type Bucket<C = number> = { key: string; name?: string; count: C };

/**
 * Money by group and currency (amounts in different currencies are never added up); `programmes`
 * is how many programmes contribute. In public figures `amount` is null when suppressed.
 */
export type BudgetRow<C = number> = { key: string; currency: string; amount: number | null; programmes: C };

/** Cross-border flows named in agreements: agreements naming a transfer from → to. */
export type FlowRow<C = number> = { from: string; to: string; count: C };

export type FiguresOf<C> = {
  /** Format of this object; bumped when the shape changes. */
  formatVersion: 1;
  period: { start: string; end: string };
  /** When the figures were computed (ISO 8601, UTC); for a published report, its publication. */
  computedAt: string;
  threshold: number;
  programmes: {
    /** Programmes in scope (submitted at least once, created by the period's end, not closed before its start), by status at computation. */
    total: C;
    byStatus: Bucket<C>[];
    /** The following breakdowns count approved programmes (approved, open, active, completed, cancelled) in scope. */
    approvedTotal: C;
    byWorkingArea: Bucket<C>[];
    /** A programme with several sectors counts once in each. */
    bySector: Bucket<C>[];
    byMechanism: Bucket<C>[];
    /** M49 region of the hub country. */
    byRegion: Bucket<C>[];
    /** Hub country (ISO 3166-1 alpha-2). */
    byHubCountry: Bucket<C>[];
  };
  institutions: {
    /** Verified institutions registered by the period's end. */
    total: C;
    byCountry: Bucket<C>[];
    byType: Bucket<C>[];
  };
  participation: {
    /** Applications made during the period, by their status at computation. */
    applicationsTotal: C;
    applicationsByStatus: Bucket<C>[];
    /** Distinct institutions with an accepted participation decided by the period's end. */
    institutionsParticipating: C;
  };
  decisions: {
    /** Decisions on proposals taken during the period, by outcome (approve, request_changes, reject). */
    total: C;
    byOutcome: Bucket<C>[];
    /** approved ÷ (approved + rejected), 0…1: final decisions are the denominator. Null when there is none, or in public figures when suppressed. */
    approvalRate: number | null;
    approvalRateDenominator: C;
    /** Median days (one decimal) from the submission of a revision to the decision on it, over the period's decisions; n decisions. Null when n is 0, or in public figures when n is suppressed. */
    medianDaysToDecision: number | null;
    medianN: C;
  };
  reviews: {
    /** Reviewer seats given up (recused) during the period. */
    recusals: C;
  };
  agreements: {
    /** Data-sharing agreements in force on the period's last day (or today, if earlier). */
    inForce: C;
    /** Country pairs of cross-border transfers named by the agreements in force (from ≠ to). */
    flows: FlowRow<C>[];
  };
  budgets: {
    /** Total budgets of approved programmes in scope, by working area and currency. */
    byWorkingArea: BudgetRow<C>[];
    /** Their funding sources, by contributing side (lead, partners, external) and currency. */
    bySide: BudgetRow<C>[];
  };
};

/** Exact figures, as computed and as stored at publication. */
export type ReportFigures = FiguresOf<number>;
/** Figures for the public: small counts suppressed. */
export type PublicFigures = FiguresOf<Cell>;
