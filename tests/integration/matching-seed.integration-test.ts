// The demo seed's reviewer profiles and bids (scripts/seed/demo-matching.ts): written through the
// real use cases as each demo reviewer, and left as they are on a second run.
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, reviewerBids, reviewerProfiles, users } from "../../db/schema";
import { DEMO_EMAIL_DOMAIN, seedDemoData } from "../../scripts/seed/demo";
import { DEMO_PROFILES, seedDemoMatching } from "../../scripts/seed/demo-matching";
import { seedDemoProgrammes } from "../../scripts/seed/demo-programmes";
import { openTestDb } from "./support/db";

const handle = openTestDb();
const { db } = handle;
let second: { summary: string };

beforeAll(async () => {
  await seedDemoData(db);
  await seedDemoProgrammes(db);
  await seedDemoMatching(db);
  second = await seedDemoMatching(db);
}, 120_000);

afterAll(async () => {
  await handle.close();
});

describe("the demo reviewer profiles and bids", () => {
  it("give every demo reviewer their profile, audited as their own act, and leave them alone on a second run", async () => {
    const reviewers = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, DEMO_PROFILES.map((p) => `${p.local}@${DEMO_EMAIL_DOMAIN}`)));
    expect(reviewers).toHaveLength(DEMO_PROFILES.length);
    const profiles = await db.select().from(reviewerProfiles).where(inArray(reviewerProfiles.userId, reviewers.map((r) => r.id)));
    expect(profiles).toHaveLength(DEMO_PROFILES.length);
    for (const r of reviewers) {
      const demo = DEMO_PROFILES.find((p) => `${p.local}@${DEMO_EMAIL_DOMAIN}` === r.email)!;
      expect(profiles.find((p) => p.userId === r.id)).toMatchObject({ ...demo.profile, version: 1 });
      const events = await db.select().from(auditLog).where(eq(auditLog.objectId, r.id));
      expect(events.filter((e) => e.action === "reviewer.update_profile")).toHaveLength(1);
    }
    expect(second.summary).toBe("");
  });

  it("places the demo reviewers' bids on the proposals awaiting a panel", async () => {
    const reviewers = await db.select({ id: users.id }).from(users).where(inArray(users.email, DEMO_PROFILES.map((p) => `${p.local}@${DEMO_EMAIL_DOMAIN}`)));
    const bids = await db.select().from(reviewerBids).where(inArray(reviewerBids.reviewerUserId, reviewers.map((r) => r.id)));
    expect(bids.length).toBeGreaterThan(0);
    expect(bids.map((b) => b.bid)).toContain("eager");
  });
});
