// One wave of reads that gives everything a batch needs (the proposals awaiting a panel, every
// reviewer with profile, bids, past texts, regions, the review policy), turned into the solver's input.
import type { Executor } from "@/db/client";
import { reviewPolicy } from "../reviews/queries";
import { buildMatchInput } from "./match-input";
import { countryRegionMap, matchingReviewers, openBids, panelProposals, pastReviewedTexts } from "./queries";
import { MAX_BATCH } from "./schemas";

export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** The rows of a batch, read in parallel (one round trip); `ids` names the proposals (else the oldest awaiting). */
export async function loadMatchingRows(db: Executor, ids?: readonly string[]) {
  const [reviewers, proposals, bids, pastTexts, countryRegions, policy] = await Promise.all([
    matchingReviewers(db),
    panelProposals(db, ids),
    openBids(db),
    pastReviewedTexts(db),
    countryRegionMap(db),
    reviewPolicy(db),
  ]);
  return { reviewers, proposals, bids, pastTexts, countryRegions, reviewPolicy: policy };
}
export type LoadedMatchingRows = Awaited<ReturnType<typeof loadMatchingRows>>;

/** The solver's input for the batch (oldest proposals first, at most MAX_BATCH). */
export function batchInputOf(rows: LoadedMatchingRows, excludeLeadCountry: boolean, limit = MAX_BATCH) {
  return buildMatchInput({ ...rows, excludeLeadCountry, today: todayUtc() }, limit);
}
