// Demo reviewer profiles and bids (issue #17), played through the real use cases as each demo
// reviewer, so the batch assignment page has expertise, languages, capacity and bids to work
// with. Idempotent: a reviewer who already has a profile is left as they are.
import { eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { programmes, reviewerProfiles, users } from "../../db/schema";
import { loadViewer } from "../../server/auth/load-viewer";
import type { UseCaseContext } from "../../server/context";
import { placeBid } from "../../server/reviewer-matching/bids";
import type { BidLevel, ReviewerProfileFields } from "../../server/reviewer-matching/schemas";
import { updateReviewerProfile } from "../../server/reviewer-matching/update-reviewer-profile";
import { DEMO_EMAIL_DOMAIN } from "./demo";

const META = { ip: null, userAgent: "demo-seed", locale: "en" };

type DemoProfile = { local: string; profile: ReviewerProfileFields; bids: readonly BidLevel[] };

/**
 * One profile per demo reviewer; `bids` go, in order, to the oldest proposals awaiting a panel.
 * The three listed on the sign-in page (reviewer, reviewer2, reviewer4) have room for one more panel
 * beyond the demo proposals already in review, so the review desk can be completed with them.
 */
export const DEMO_PROFILES: readonly DemoProfile[] = [
  {
    local: "reviewer",
    profile: { sectors: ["health", "ai_skills", "statistics_data"], workingAreas: ["application", "capacity_building"], countriesKnown: ["IN", "BD", "LK", "NP"], regionsKnown: ["Asia"], languages: ["en", "hi"], capacity: 8, unavailable: [], chairEligible: true },
    bids: ["eager", "willing", "not_qualified"],
  },
  {
    local: "reviewer2",
    profile: { sectors: ["education", "higher_education", "language_technology"], workingAreas: ["capacity_building"], countriesKnown: ["EG", "JO", "MA", "TN"], regionsKnown: ["Africa", "Asia"], languages: ["ar", "en", "fr"], capacity: 8, unavailable: [], chairEligible: true },
    bids: ["willing", "eager", "conflict"],
  },
  {
    local: "reviewer3",
    profile: { sectors: ["agriculture", "weather_climate_services", "climate_environment"], workingAreas: ["application", "data_governance"], countriesKnown: ["CL", "PE", "AR", "BR"], regionsKnown: ["Americas"], languages: ["es", "pt", "en"], capacity: 5, unavailable: [], chairEligible: false },
    bids: ["eager", "eager", "willing"],
  },
  {
    local: "reviewer4",
    profile: { sectors: ["digital_infrastructure", "statistics_data", "ai_skills"], workingAreas: ["data_governance", "application"], countriesKnown: ["CN", "LA", "KH", "VN"], regionsKnown: ["Asia"], languages: ["zh", "en"], capacity: 8, unavailable: [], chairEligible: true },
    bids: ["not_qualified", "willing", "eager"],
  },
  {
    local: "reviewer5",
    profile: { sectors: ["agriculture", "water", "disaster_risk"], workingAreas: ["application", "capacity_building"], countriesKnown: ["ET", "KE", "UG", "TZ"], regionsKnown: ["Africa"], languages: ["en", "am"], capacity: 5, unavailable: [], chairEligible: true },
    bids: ["willing", "conflict", "eager"],
  },
];

export async function seedDemoMatching(db: Database): Promise<{ summary: string }> {
  const emails = DEMO_PROFILES.map((p) => `${p.local}@${DEMO_EMAIL_DOMAIN}`);
  const [people, existing, awaiting] = await Promise.all([
    db.select({ id: users.id, email: users.email, sessionVersion: users.sessionVersion }).from(users).where(inArray(users.email, emails)),
    db.select({ userId: reviewerProfiles.userId }).from(reviewerProfiles),
    db.select({ id: programmes.id }).from(programmes).where(eq(programmes.status, "submitted")).orderBy(programmes.submittedAt, programmes.id).limit(3),
  ]);
  const done = new Set(existing.map((e) => e.userId));
  let profiles = 0;
  let bids = 0;
  for (const demo of DEMO_PROFILES) {
    const person = people.find((p) => p.email === `${demo.local}@${DEMO_EMAIL_DOMAIN}`);
    if (!person || done.has(person.id)) continue;
    const viewer = await loadViewer(db, person.id, person.sessionVersion);
    if (!viewer) continue;
    const ctx: UseCaseContext = { db, viewer, meta: META, defer: () => {} };
    await updateReviewerProfile(ctx, { ...demo.profile, version: 0 });
    profiles++;
    for (const [i, programme] of awaiting.entries()) {
      const bid = demo.bids[i];
      if (!bid) continue;
      await placeBid(ctx, { programmeId: programme.id, bid });
      bids++;
    }
  }
  return { summary: profiles ? `${profiles} reviewer profiles, ${bids} bids` : "" };
}
