import { affinityPoints, bidPoints, overlap, proposalProfile, reviewerProfile } from "./affinity";
import { exclusionOf, programmeFacts, reviewerFacts, type Exclusion } from "./eligibility";
import { bestTextSimilarities } from "./text-similarity";
import type { MatchInput } from "./types";

export const EXCLUSIONS: readonly Exclusion[] = ["conflicts", "lead_country", "availability"];

/**
 * Every reviewer × proposal pair of a batch, at `r * proposals + p`:
 * - `affinity`: affinity points (profile + text, no bid);
 * - `score`: affinity plus the bid bonus (a "conflict" bid adds nothing here; it is an exclusion);
 * - `exclusion`: 0, or 1 + the index in EXCLUSIONS of the rule that forbids the pair.
 */
export type ScoreMatrix = { affinity: Int32Array; score: Int32Array; exclusion: Uint8Array };

export function scoreMatrix(input: MatchInput): ScoreMatrix {
  const { reviewers, proposals } = input;
  const R = reviewers.length;
  const P = proposals.length;
  const text = bestTextSimilarities(
    proposals.map((p) => `${p.title}\n${p.summary}`),
    reviewers.map((r) => r.pastTexts),
  );
  const reviewerProfiles = reviewers.map(reviewerProfile);
  const proposalProfiles = proposals.map((p) => proposalProfile(p, input.countryRegions));
  const proposalFacts = proposals.map(programmeFacts);
  const affinity = new Int32Array(R * P);
  const score = new Int32Array(R * P);
  const exclusion = new Uint8Array(R * P);
  reviewers.forEach((reviewer, r) => {
    const bids = input.bids.get(reviewer.id);
    const facts = reviewerFacts(reviewer);
    proposals.forEach((proposal, p) => {
      const i = r * P + p;
      affinity[i] = affinityPoints(overlap(reviewerProfiles[r]!, proposalProfiles[p]!).profile, text[i]!);
      score[i] = affinity[i] + bidPoints(bids?.get(proposal.id));
      const excluded = exclusionOf(reviewer, proposal, input, { reviewer: facts, proposal: proposalFacts[p]! });
      exclusion[i] = excluded === null ? 0 : 1 + EXCLUSIONS.indexOf(excluded);
    });
  });
  return { affinity, score, exclusion };
}
