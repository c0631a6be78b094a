import type { BidLevel } from "@/db/schema/matching";
import type { Change, EditedFields } from "../audit/changes";

/** Reviewer matching (issue #17): a reviewer's profile and bids, and the admin's batch assignment. */
export type MatchingAuditEvents = {
  /** objectId: the reviewer's user id. */
  "reviewer.update_profile": { objectType: "reviewer_profile"; changes: EditedFields; context: { created: boolean } };
  /** objectId: the programme bid on (not in the programme's timeline: bids are the reviewers' business); `after` null when withdrawn. */
  "review.bid": { objectType: "reviewer_bid"; changes: { bid: Change<BidLevel | null> }; context: object };
  /**
   * One event for the whole batch (objectId: the batch id). Keys name the programmes
   * (`programme:<id>`); each value lists the panel's active seats, before and after, as `<userId>:<role>`.
   */
  "programme.assign_batch": {
    objectType: "review_batch";
    changes: Record<`programme:${string}`, Change<string[]>>;
    context: { proposals: number; seats: number; excludeLeadCountry: boolean };
  };
};
