// A reviewer as the matching reads them, for the matching's unit tests.
import type { MatchReviewer } from "../../../server/reviews/matching/types";

type Placed = Pick<MatchReviewer, "id" | "institutionIds" | "country" | "region" | "chairEligible">;

/** A reviewer with no expertise, no known places or languages, nothing to read and five free seats; `facts` say the rest. */
export function matchReviewer(facts: Placed & Partial<MatchReviewer>): MatchReviewer {
  return {
    sectors: [],
    workingAreas: [],
    countriesKnown: [],
    regionsKnown: [],
    languages: [],
    capacity: 5,
    currentLoad: 0,
    unavailable: [],
    pastTexts: [],
    ...facts,
  };
}
